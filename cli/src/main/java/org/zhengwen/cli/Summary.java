package org.zhengwen.cli;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counts of one run. Every page written is {@code ok} or {@code error}, so {@code pages = ok +
 * error}; skipped records were never pages. Used from one thread only (the one that writes the
 * output).
 */
final class Summary {
  private final long startNanos = System.nanoTime();
  private final Map<Skip, Long> skipped = new EnumMap<>(Skip.class);
  private long ok;
  private long errors;
  private long bytes;

  /** A line was written for a page: an article when {@code article}, an error record otherwise. */
  void written(boolean article) {
    if (article) {
      ok++;
    } else {
      errors++;
    }
  }

  /** Page bytes read (after gunzip and HTTP decoding). */
  void addBytes(long n) {
    bytes += n;
  }

  void skipped(Skip why) {
    skipped.merge(why, 1L, Long::sum);
  }

  long pages() {
    return ok + errors;
  }

  long errors() {
    return errors;
  }

  long bytes() {
    return bytes;
  }

  double seconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /**
   * {@code pages=N ok=N error=N skipped=N (requests=…, metadata=…, non-html=…, hidden=…,
   * excluded=…, other=…) bytes=… seconds=… pages/s=…}.
   */
  String line() {
    double s = seconds();
    long skippedTotal = skipped.values().stream().mapToLong(Long::longValue).sum();
    return String.format(
        Locale.ROOT,
        "pages=%d ok=%d error=%d skipped=%d (requests=%d, metadata=%d, non-html=%d, hidden=%d, excluded=%d, other=%d)"
            + " bytes=%d seconds=%.2f pages/s=%.1f",
        pages(),
        ok,
        errors,
        skippedTotal,
        count(Skip.REQUEST),
        count(Skip.METADATA),
        count(Skip.NON_HTML),
        count(Skip.HIDDEN),
        count(Skip.EXCLUDED),
        count(Skip.OTHER),
        bytes,
        s,
        s > 0 ? pages() / s : 0.0);
  }

  private long count(Skip why) {
    return skipped.getOrDefault(why, 0L);
  }
}
