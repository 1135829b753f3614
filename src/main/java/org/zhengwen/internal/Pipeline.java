package org.zhengwen.internal;

import java.util.List;
import java.util.Optional;
import org.zhengwen.Article;
import org.zhengwen.Encoding;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Extracted;
import org.zhengwen.InputKind;
import org.zhengwen.PageHints;
import org.zhengwen.Rejected;

/** STUB: the pipeline decode → blocks → classify → assemble. */
public final class Pipeline {
  private Pipeline() {}

  /** Thrown when a page exceeds its time budget. */
  public static final class TimeBudgetExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A budget failure with its message. */
    public TimeBudgetExceeded(String message) {
      super(message);
    }
  }

  /** Rejects bytes that cannot hold an article before decoding. */
  public static Optional<Rejected> screenBytes(byte[] page) {
    return Optional.empty();
  }

  /** Runs the pipeline on decoded text. */
  public static ExtractionResult run(String text, Optional<Encoding> encoding, PageHints hints, long deadline) {
    Article a = new Article(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
        Optional.empty(), Optional.empty(), Optional.empty(), encoding, List.of(text));
    return new Extracted(a, InputKind.TEXT, List.of());
  }
}
