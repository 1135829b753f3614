package org.zhengwen;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A reader's comment below an article, returned when the extractor is built with {@link
 * Extractor.Builder#comments(boolean)}. Comments are never part of {@link Article#paragraphs()}.
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

  /**
   * A comment without wrapping its fields in {@code Optional}s.
   *
   * @param author who wrote it, or {@code null} when the page does not say
   * @param published when it was written, or {@code null} when the page does not say
   * @param text what it says
   */
  public static Comment of(
      @Nullable String author, @Nullable PublishedDate published, String text) {
    return new Comment(Optional.ofNullable(author), Optional.ofNullable(published), text);
  }
}
