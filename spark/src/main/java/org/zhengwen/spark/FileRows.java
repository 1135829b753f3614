package org.zhengwen.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.util.TaskCompletionListener;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Extractor;
import org.zhengwen.Rejected;
import org.zhengwen.cli.WarcScan;

/**
 * The rows of one WARC file, produced lazily: a reader thread walks the file with {@link WarcScan} (the
 * command line's record rules) and hands what it finds over a small bounded queue; the task's own thread
 * extracts each page and builds its row. Memory stays bounded however large the file is.
 *
 * <p>The rows are a pure function of the file's bytes, so a retried task writes the same rows, and Spark's
 * output committer keeps only one attempt's files.
 */
final class FileRows implements Iterator<Row> {
  /** Test hook: when set to N, a task's first attempt fails after N rows (see the fault test). */
  static final String FAIL_FIRST_ATTEMPT_AFTER = "zhengwen.spark.test.failFirstAttemptAfterRows";
  /** How many failures the test hook has injected in this JVM (local mode: the test's JVM). */
  static final AtomicInteger INJECTED_FAILURES = new AtomicInteger();
  private static final Object END = new Object();
  private static final int QUEUE = 16;

  private final String file;
  private final Counts counts;
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
  private final Thread reader;
  private volatile boolean cancelled;
  private Object next;
  private long emitted;

  private FileRows(String file, Counts counts) {
    this.file = file;
    this.counts = counts;
    this.reader = new Thread(this::readAll, "zhengwen-warc-reader");
    reader.setDaemon(true);
  }

  /** Starts reading {@code file} (a Hadoop path or URI) and returns its rows. */
  static Iterator<Row> of(String file, Counts counts) {
    FileRows rows = new FileRows(file, counts);
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((TaskCompletionListener) context -> rows.cancel()); // cast: Scala overload
    }
    rows.reader.start();
    return rows;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = take();
    }
    return next != END;
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Object item = next;
    next = null;
    failFirstAttemptIfAsked();
    emitted++;
    return toRow(item);
  }

  private Row toRow(Object item) {
    if (item instanceof WarcScan.FoundPage page) {
      // Extractor.standard() is one shared, thread-safe instance per JVM: one per executor.
      ExtractionResult result = Extractor.standard().extract(page.bytes(), page.hints());
      if (result.isArticle()) {
        counts.article();
      } else {
        counts.error(((Rejected) result).reason().name());
      }
      return OutputRows.page(file, page, result);
    }
    if (item instanceof WarcScan.Problem problem) {
      counts.error(problem.reason());
      return OutputRows.problem(file, problem);
    }
    WarcScan.SkippedRecord skipped = (WarcScan.SkippedRecord) item;
    counts.skipped(skipped.kind());
    return OutputRows.skipped(file, skipped);
  }

  private Object take() {
    try {
      Object item = queue.take();
      if (item instanceof Throwable t) {
        throw new IllegalStateException("reading " + file + " failed", t);
      }
      return item;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + file, e);
    }
  }

  private void failFirstAttemptIfAsked() {
    String after = System.getProperty(FAIL_FIRST_ATTEMPT_AFTER);
    TaskContext task = TaskContext.get();
    if (after != null && task != null && task.attemptNumber() == 0 && emitted == Long.parseLong(after)) {
      INJECTED_FAILURES.incrementAndGet();
      throw new IllegalStateException("injected failure of the first attempt of " + file + " after " + after + " rows");
    }
  }

  private void cancel() {
    cancelled = true;
    reader.interrupt();
  }

  /** The reader thread: every record of the file into the queue, then {@link #END} (or the failure). */
  private void readAll() {
    try {
      try {
        readFile();
      } catch (IOException e) {
        // The file could not be read (at all, or from some point on): a dead letter, not a silent loss.
        put(new WarcScan.Problem("IO_ERROR", "cannot read the file: " + e, Optional.empty(), Optional.empty(),
            OptionalLong.empty()));
      }
      put(END);
    } catch (Cancelled e) {
      // The task is over; nobody reads the queue any more.
    } catch (RuntimeException | Error e) {
      try {
        put(e);
      } catch (Cancelled c) {
        // As above.
      }
    }
  }

  private void readFile() throws IOException {
    WarcScan.Listener listener = new WarcScan.Listener() {
      @Override
      public void page(WarcScan.FoundPage page) {
        put(page);
      }

      @Override
      public void problem(WarcScan.Problem problem) {
        put(problem);
      }

      @Override
      public void skipped(WarcScan.SkippedRecord record) {
        put(record);
      }
    };
    URI uri = new org.apache.hadoop.fs.Path(file).toUri();
    if (uri.getScheme() == null || uri.getScheme().equals("file")) {
      WarcScan.read(Path.of(uri.getPath()), Extractor.DEFAULT_MAX_INPUT_BYTES, listener);
      return;
    }
    // WARC reading seeks to resynchronise after damage, so a remote file is copied to local disk first.
    Path local = Files.createTempFile("zhengwen-", ".warc");
    try {
      org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(uri);
      FileSystem fs = remote.getFileSystem(new Configuration());
      fs.copyToLocalFile(false, remote, new org.apache.hadoop.fs.Path(local.toUri()), true);
      WarcScan.read(local, Extractor.DEFAULT_MAX_INPUT_BYTES, listener);
    } finally {
      Files.deleteIfExists(local);
    }
  }

  /** Waits for room in the queue; once the task is over (done, killed or failed), stops the reading. */
  private void put(Object item) {
    while (!cancelled) {
      try {
        if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
          return;
        }
      } catch (InterruptedException e) {
        cancelled = true;
      }
    }
    throw new Cancelled();
  }

  /**
   * Ends the reader thread from inside {@link WarcScan#read}. An {@link Error}, because the WARC reading
   * takes any exception from a record as damage and goes on with the next record.
   */
  private static final class Cancelled extends Error {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("task over", null, false, false);
    }
  }
}
