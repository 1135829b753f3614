package org.zhengwen.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.zhengwen.Extracted;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Extractor;
import org.zhengwen.json.ArticleJson;

/**
 * Extracts pages on a pool of threads and writes one JSON line per page in input order.
 *
 * <p>The reading thread submits each page and queues its future; once {@code 4 × threads} are in
 * flight it waits for the oldest and writes it before reading on. So output order is the input
 * order whatever the thread count, and memory holds at most that many pages. With one thread there
 * is no pool: pages are extracted on the reading thread, which keeps {@code --threads 1} a true
 * single-threaded baseline.
 */
final class BatchRunner implements PageSink, AutoCloseable {
  /** A rendered output line and whether it is an article. */
  private record Line(String json, boolean article) {}

  private final Extractor extractor;
  private final boolean explain;
  private final PrintWriter out;
  private final Summary summary;
  private final Progress progress;

  /** Null for one thread: pages are then extracted on the reading thread. */
  private final @Nullable ExecutorService pool;

  private final ArrayDeque<Future<Line>> inFlight = new ArrayDeque<>();
  private final int maxInFlight;

  /** Where articles are written one file each ({@code --format}), or null for JSON Lines only. */
  private @Nullable ArticleFiles files;

  BatchRunner(
      Extractor extractor,
      boolean explain,
      int threads,
      PrintWriter out,
      Summary summary,
      Progress progress) {
    this.extractor = extractor;
    this.explain = explain;
    this.out = out;
    this.summary = summary;
    this.progress = progress;
    this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, BatchRunner::daemon) : null;
    this.maxInFlight = pool == null ? 1 : 4 * threads;
  }

  /** As the other constructor; with {@code files}, each article is also written to a file. */
  BatchRunner(
      Extractor extractor,
      boolean explain,
      int threads,
      PrintWriter out,
      Summary summary,
      Progress progress,
      @Nullable ArticleFiles files) {
    this(extractor, explain, threads, out, summary, progress);
    this.files = files;
  }

  @Override
  public void page(Page page) {
    summary.addBytes(page.bytes().length);
    String file = files == null ? null : files.claim(page);
    enqueue(
        pool == null
            ? CompletableFuture.completedFuture(render(page, file))
            : pool.submit(() -> render(page, file)));
  }

  @Override
  public void unreadable(Unreadable u) {
    ObjectNode node = ArticleJson.errorNode(u.input(), u.reason(), u.message());
    enqueue(
        CompletableFuture.completedFuture(new Line(withProvenance(node, u.provenance()), false)));
  }

  @Override
  public void skipped(Skip why) {
    summary.skipped(why);
  }

  /** Writes every line still in flight; call once reading is done. */
  void finish() {
    while (!inFlight.isEmpty()) {
      write(await(inFlight.removeFirst()));
    }
    out.flush();
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  private void enqueue(Future<Line> line) {
    inFlight.addLast(line);
    while (inFlight.size() >= maxInFlight) {
      write(await(inFlight.removeFirst()));
    }
  }

  /**
   * Runs on a worker: extraction never throws for bad input, and JSON is built here to keep the
   * writer light.
   */
  private Line render(Page page, @Nullable String file) {
    ExtractionResult result = extractor.extract(page.bytes(), page.hints());
    ObjectNode node = ArticleJson.toNode(page.input(), result, explain);
    boolean ok = result.isArticle();
    ArticleFiles to = files;
    if (to != null && file != null && result instanceof Extracted e) {
      try {
        node.put("output_file", to.write(file, e.article()).toString());
      } catch (IOException | RuntimeException failure) {
        node.put("output_error", String.valueOf(failure.getMessage()));
        ok = false;
      }
    }
    return new Line(withProvenance(node, page.provenance()), ok);
  }

  private void write(Line line) {
    out.println(line.json());
    summary.written(line.article());
    progress.tick(summary);
  }

  private Line await(Future<Line> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting", e);
    } catch (ExecutionException e) {
      // render() does not throw for any page; an Error (say, out of memory) ends the run loudly.
      throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
    }
  }

  /** The existing line shape with the provenance fields appended. */
  private static String withProvenance(ObjectNode node, Map<String, Object> provenance) {
    provenance.forEach(
        (k, v) -> {
          if (v instanceof Long n) {
            node.put(k, n);
          } else {
            node.put(k, v.toString());
          }
        });
    return ArticleJson.toLine(node);
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "zhengwen-extract");
    t.setDaemon(true);
    return t;
  }
}
