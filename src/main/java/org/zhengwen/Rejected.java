package org.zhengwen;

import java.util.Objects;
import java.util.Optional;

/**
 * An input that yielded no article, and why.
 *
 * @param reason the kind of failure
 * @param message a sentence for people: what was seen
 * @param encoding how the bytes were decoded, if decoding got that far
 */
public record Rejected(RejectionReason reason, String message, Optional<Encoding> encoding)
    implements ExtractionResult {
  /** Checks that no component is null. */
  public Rejected {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(encoding, "encoding");
  }

  /** A rejection made before any decoding (an adapter's, a test's): no encoding. */
  public Rejected(RejectionReason reason, String message) {
    this(reason, message, Optional.empty());
  }
}
