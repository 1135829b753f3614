package org.zhengwen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A progress line on stderr, rewritten in place at most twice a second: pages, pages/s, MB/s,
 * errors and an ETA from the share of input bytes read. Silent unless stderr is a terminal
 * (whatever stdout is: {@code zhengwen pages/ > out.jsonl} still shows progress), so logs and tests
 * only get the final summary.
 */
final class Progress {
  private static final long INTERVAL_NANOS = 500_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final InputProgress input;
  private long lastNanos = System.nanoTime();
  private boolean shown;

  Progress(PrintWriter err, boolean enabled, InputProgress input) {
    this.err = err;
    this.enabled = enabled;
    this.input = input;
  }

  /**
   * Whether stderr is a terminal. Java 17 cannot ask about stderr alone ({@code System.console()}
   * is null as soon as stdin or stdout is redirected), so on Linux the descriptor's target is read
   * from /proc; elsewhere {@code System.console()} is the best guess.
   */
  static boolean terminal() {
    try {
      return isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString());
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /**
   * Whether a file descriptor's target is a terminal device: {@code /dev/pts/3}, {@code /dev/tty1},
   * …
   */
  static boolean isTerminalDevice(String target) {
    return target.startsWith("/dev/pts/")
        || target.startsWith("/dev/tty")
        || target.equals("/dev/console");
  }

  /** Redraws the line if it is time to. */
  void tick(Summary s) {
    long now = System.nanoTime();
    if (!enabled || now - lastNanos < INTERVAL_NANOS) {
      return;
    }
    lastNanos = now;
    err.print("\r" + line(s) + "   ");
    err.flush();
    shown = true;
  }

  /** Clears the progress line so the summary starts on a clean line. */
  void clear() {
    if (shown) {
      err.print("\r" + " ".repeat(100) + "\r");
      err.flush();
    }
  }

  private String line(Summary s) {
    double secs = Math.max(s.seconds(), 1e-9);
    double fraction = input.fraction();
    String eta =
        fraction > 0
            ? String.format(Locale.ROOT, " ETA %ds", Math.round(secs * (1 - fraction) / fraction))
            : "";
    return String.format(
        Locale.ROOT,
        "pages=%d %.1f pages/s %.2f MB/s errors=%d%s",
        s.pages(),
        s.pages() / secs,
        s.bytes() / 1e6 / secs,
        s.errors(),
        eta);
  }
}
