package org.zhengwen;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page that held an article.
 *
 * @param article the clean article
 * @param inputKind what the input was read as: HTML or a text dump (the extractor never reports
 *     {@link InputKind#AUTO})
 * @param removed every block that was not kept as body text, in page order, with its reason
 * @param confidence how sure the extractor is that {@link Article#paragraphs()} is the page's main
 *     text, in [0, 1]: low when the kept text is short, holds a small share of the page's prose, or
 *     no headline was found; callers that must not see doubtful pages can drop those under a
 *     threshold (see {@code BENCHMARKS.md} for how mean accuracy varies with it)
 * @param decisions how the main text was chosen, in order, as sentences for people (which view of
 *     the page won and why); empty when there was nothing to choose
 */
public record Extracted(
    Article article,
    InputKind inputKind,
    List<RemovedBlock> removed,
    double confidence,
    List<String> decisions)
    implements ExtractionResult {

  /** Checks that no component is null, that the confidence is in [0, 1], and copies the lists. */
  public Extracted {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(inputKind, "inputKind");
    removed = List.copyOf(removed);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
    decisions = List.copyOf(decisions);
  }

  /** A result built by a caller (a test, an adapter), with full confidence and no decisions. */
  public Extracted(Article article, InputKind inputKind, List<RemovedBlock> removed) {
    this(article, inputKind, removed, 1, List.of());
  }

  @Override
  public Optional<Encoding> encoding() {
    return article.encoding();
  }
}
