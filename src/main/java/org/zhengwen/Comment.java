package org.zhengwen;

import java.util.Objects;
import java.util.Optional;

/**
 * A reader's comment below an article, returned when the extractor is built with
 * {@link Extractor.Builder#comments(boolean)}. Comments are never part of {@link Article#paragraphs()}.
 *
 * @param author who wrote it, when the page names them
 * @param published when it was written, when the page gives a date
 * @param text what it says, paragraphs separated by {@code '\n'}
 */
public record Comment(Optional<String> author, Optional<PublishedDate> published, String text) {
  /** Checks that no component is null. */
  public Comment {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(text, "text");
  }
}
