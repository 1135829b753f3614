package org.zhengwen.spark.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.zhengwen.Extractor;
import org.zhengwen.PageHints;
import org.zhengwen.spark.WarcToArticles;

/**
 * Steady-state scaling in one JVM, after warm-up: the extractor on 1 and 2 threads over pages in memory, then
 * the Spark job end to end on {@code local[1]} and {@code local[2]} over the same pages wrapped into WARC.gz
 * files. Pages come from {@code ../shared/bench/*}{@code /*.html}, repeated until there are enough.
 *
 * <pre>
 * java [--add-opens …] -cp … org.zhengwen.spark.bench.SparkScaling BENCH_DIR PAGES FILES WORK_DIR
 * </pre>
 * Only meaningful on a quiet machine: it measures wall time.
 */
public final class SparkScaling {
  private static final int ROUNDS = 3;

  private SparkScaling() {}

  public static void main(String[] args) throws Exception {
    Path bench = Path.of(args[0]);
    int pages = Integer.parseInt(args[1]);
    int files = Integer.parseInt(args[2]);
    Path work = Files.createDirectories(Path.of(args[3]));
    List<byte[]> corpus = corpus(bench, pages);
    System.out.printf(Locale.ROOT, "pages: %d (from %s), WARC.gz files: %d, cores: %d, java %s%n", corpus.size(), bench,
        files, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    threads(corpus);
    Path warcs = writeWarcs(corpus, files, Files.createDirectories(work.resolve("warcs")));
    spark(warcs, work.resolve("out"), corpus.size());
  }

  /** The bench pages, cycled to {@code n}. */
  static List<byte[]> corpus(Path bench, int n) throws IOException {
    List<Path> html;
    try (Stream<Path> all = Files.walk(bench, 2)) {
      html = all.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
    }
    if (html.isEmpty()) {
      throw new IOException("no .html pages under " + bench);
    }
    // Each file is read once and cycled by reference: 10,000 copies of the bench pages do not fit a 2 GB heap.
    List<byte[]> distinct = new ArrayList<>();
    for (int i = 0; i < Math.min(n, html.size()); i++) {
      distinct.add(Files.readAllBytes(html.get(i)));
    }
    List<byte[]> pages = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      pages.add(distinct.get(i % distinct.size()));
    }
    return pages;
  }

  /** The extractor alone: pages/s on 1 and 2 threads, after a warm-up round on each. */
  static void threads(List<byte[]> corpus) throws Exception {
    for (int t : new int[] {1, 2}) {
      extractAll(corpus, t); // warm-up
    }
    double[] one = new double[ROUNDS];
    double[] two = new double[ROUNDS];
    for (int r = 0; r < ROUNDS; r++) { // alternated, so drift in machine load hits both alike
      one[r] = extractAll(corpus, 1);
      two[r] = extractAll(corpus, 2);
    }
    double m1 = median(one);
    double m2 = median(two);
    System.out.printf(Locale.ROOT, "extractor, 1 thread: %.0f pages/s (rounds %s)%n", m1, Arrays.toString(round(one)));
    System.out.printf(Locale.ROOT, "extractor, 2 threads: %.0f pages/s (rounds %s)%n", m2, Arrays.toString(round(two)));
    System.out.printf(Locale.ROOT, "extractor scaling, 2 threads / 1 thread: %.2fx%n", m2 / m1);
  }

  /** Pages per second extracting every page once on {@code threads} threads. */
  static double extractAll(List<byte[]> corpus, int threads) throws Exception {
    Extractor extractor = Extractor.standard();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        parts.add(pool.submit(() -> {
          for (int i = first; i < corpus.size(); i += threads) {
            extractor.extract(corpus.get(i), PageHints.none().withContentType("text/html"));
          }
        }));
      }
      for (Future<?> f : parts) {
        f.get();
      }
      return corpus.size() / ((System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdown();
    }
  }

  /** Wraps the pages into {@code files} WARC.gz files of response records, round robin. */
  static Path writeWarcs(List<byte[]> corpus, int files, Path dir) throws IOException {
    List<WarcWriter> writers = new ArrayList<>();
    try {
      for (int f = 0; f < files; f++) {
        writers.add(new WarcWriter(FileChannel.open(dir.resolve(String.format(Locale.ROOT, "bench-%03d.warc.gz", f)),
            StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP));
      }
      for (int i = 0; i < corpus.size(); i++) {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html"), corpus.get(i)).build();
        writers.get(i % files).write(new WarcResponse.Builder(URI.create("http://bench.invalid/" + i)).body(http).build());
      }
    } finally {
      for (WarcWriter w : writers) {
        w.close();
      }
    }
    return dir;
  }

  /** The job end to end on local[1] and local[2]: one warm-up run, then the median of the timed runs. */
  static void spark(Path warcs, Path out, int pages) throws IOException {
    for (String master : new String[] {"local[1]", "local[2]"}) {
      SparkSession spark = SparkSession.builder().master(master).appName("zhengwen-scaling")
          .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
      try {
        WarcToArticles.Options options = new WarcToArticles.Options(List.of(warcs + "/*.warc.gz"), null,
            out.toString(), "parquet");
        WarcToArticles.run(spark, options); // warm-up
        double[] rates = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
          long start = System.nanoTime();
          WarcToArticles.Result result = WarcToArticles.run(spark, options);
          rates[r] = result.counts().get("pages") / ((System.nanoTime() - start) / 1e9);
        }
        System.out.printf(Locale.ROOT, "spark %s end to end: %.0f pages/s (rounds %s, %d pages)%n", master, median(rates),
            Arrays.toString(round(rates)), pages);
      } finally {
        spark.stop();
      }
    }
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v[v.length / 2];
  }

  private static long[] round(double[] values) {
    return Arrays.stream(values).mapToLong(Math::round).toArray();
  }
}
