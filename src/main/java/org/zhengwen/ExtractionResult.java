package org.zhengwen;

import java.util.Optional;

/**
 * The outcome of extracting one page: {@link Extracted} or {@link Rejected}, never null.
 *
 * <pre>{@code
 * switch (result) {
 *   case Extracted e -> store(e.article());
 *   case Rejected r -> log(r.reason(), r.message());
 * }
 * }</pre>
 *
 * (pattern matching for switch needs Java 21; on 17 use {@code instanceof}.)
 */
public sealed interface ExtractionResult permits Extracted, Rejected {
  /** How the bytes were decoded, when the input was bytes and decoding got that far. */
  Optional<Encoding> encoding();

  /** True for {@link Extracted}. */
  default boolean isArticle() {
    return this instanceof Extracted;
  }
}
