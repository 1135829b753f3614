package org.zhengwen;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page that held an article.
 *
 * @param article the clean article
 * @param kind what the input was taken to be (HTML or a text dump)
 * @param removed every block that was not kept as body text, in page order, with its reason
 */
public record Extracted(Article article, InputKind kind, List<RemovedBlock> removed) implements ExtractionResult {
  /** Checks that no component is null and copies the list. */
  public Extracted {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(kind, "kind");
    removed = List.copyOf(removed);
  }

  @Override
  public Optional<Encoding> encoding() {
    return article.encoding();
  }
}
