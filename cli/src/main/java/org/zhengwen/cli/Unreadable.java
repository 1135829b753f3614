package org.zhengwen.cli;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A page (or a damaged stretch of an input that should have held pages) that could not be read. It
 * still yields one output line, an error record, so that nothing is lost silently.
 *
 * @param input the path, as the user named it
 * @param provenance where in the input, as far as known (see {@link Page#provenance()})
 * @param reason a code: {@code IO_ERROR}, {@code CORRUPT_INPUT}, {@code TOO_LARGE}
 * @param message a sentence for people
 */
record Unreadable(String input, Map<String, Object> provenance, String reason, String message) {
  /**
   * Reason for bytes that are not what their container format promises (bad gzip, cut WARC record).
   */
  static final String CORRUPT_INPUT = "CORRUPT_INPUT";

  /** Reason for an input that the file system would not give. */
  static final String IO_ERROR = "IO_ERROR";

  /**
   * Reason for a page over the extractor's input limit; matches {@code RejectionReason.TOO_LARGE}.
   */
  static final String TOO_LARGE = "TOO_LARGE";

  /**
   * Every reason of an unreadable input; with {@code RejectionReason}, all the CLI writes (README
   * "Error reasons").
   */
  static final List<String> REASONS = List.of(CORRUPT_INPUT, IO_ERROR, TOO_LARGE);

  /** Checks that no component is null and copies the map. */
  Unreadable {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    provenance = Provenance.copy(provenance);
  }
}
