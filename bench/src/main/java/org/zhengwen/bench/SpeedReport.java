package org.zhengwen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link SpeedBenchmark} (every benchmark, one fork unless --forks says more, one thread, {@code -prof gc}) through JMH's
 * Runner API, then prints one summary table: for each benchmark ms/op, MB/s of raw HTML per thread,
 * pages/s, ms/page, allocation per page ({@code gc.alloc.rate.norm} / pages), and ratios to the jsoup
 * parse+text baseline, boilerpipe, Readability4J and Crux (speed ratio = their time / this time, so
 * &gt; 1 means faster than them) and allocation relative to jsoup parse alone.
 *
 * <pre>
 * bench/speed.sh [corpus-folder ...] [--wi N] [--i N] [--time S] [--forks N] [--include REGEX] [--json FILE]
 * </pre>
 *
 * MB = 10^6 bytes of the raw {@code .html} files. One JMH op = every page of the corpus once.
 */
public final class SpeedReport {
  private SpeedReport() {}

  /** Benchmark method → row label, in display order. */
  private static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    LABELS.put("decode", "decode only (PageDecoder)");
    LABELS.put("jsoupParse", "jsoup parse only");
    LABELS.put("jsoupParseText", "jsoup parse + body().text()");
    LABELS.put("zhengwenBytes", "zhengwen bytes → Article");
    LABELS.put("zhengwenText", "zhengwen decoded text → Article");
    LABELS.put("boilerpipe", "boilerpipe ArticleExtractor");
    LABELS.put("readability4j", "Readability4J");
    LABELS.put("crux", "Crux");
  }

  public static void main(String[] args) throws IOException, RunnerException {
    List<Path> folders = new ArrayList<>();
    Integer wi = null;
    Integer iters = null;
    Integer time = null;
    int forks = 1;
    String include = null;
    Path json = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--wi" -> wi = Integer.parseInt(args[++i]);
        case "--i" -> iters = Integer.parseInt(args[++i]);
        case "--time" -> time = Integer.parseInt(args[++i]);
        case "--forks" -> forks = Integer.parseInt(args[++i]);
        case "--include" -> include = args[++i];
        case "--json" -> json = Paths.get(args[++i]);
        default -> folders.add(Paths.get(args[i]).toAbsolutePath().normalize());
      }
    }
    // Resolve the corpus here (absolute paths) so the forked JVM needs no system property.
    List<Path> corpora = Corpus.corpusFolders(folders);
    long pages = 0;
    long bytes = 0;
    for (Path c : corpora) {
      for (Corpus.Entry e : Corpus.htmlEntries(c)) {
        pages++;
        bytes += Files.size(e.page());
      }
    }
    StringBuilder corpusParam = new StringBuilder();
    for (Path c : corpora) {
      corpusParam.append(corpusParam.length() == 0 ? "" : ",").append(c.toAbsolutePath().normalize());
    }
    System.out.printf(Locale.ROOT, "corpus: %d pages, %,d bytes of raw HTML (%d folders)%n", pages, bytes,
        corpora.size());

    ChainedOptionsBuilder ob = new OptionsBuilder()
        .include(SpeedBenchmark.class.getName() + "\\." + (include == null ? "" : include))
        .param("corpus", corpusParam.toString())
        .addProfiler(GCProfiler.class)
        // More than one fork averages over the JIT's per-JVM choices, which move a benchmark by up to 20%.
        .forks(forks)
        .threads(1);
    if (wi != null) {
      ob.warmupIterations(wi);
    }
    if (iters != null) {
      ob.measurementIterations(iters);
    }
    if (time != null) {
      ob.warmupTime(TimeValue.seconds(time)).measurementTime(TimeValue.seconds(time));
    }
    if (json != null) {
      ob.resultFormat(ResultFormatType.JSON).result(json.toString());
    }
    long start = System.nanoTime();
    Collection<RunResult> results = new Runner(ob.build()).run();
    long wallS = (System.nanoTime() - start) / 1_000_000_000L;

    Map<String, double[]> byName = new LinkedHashMap<>(); // name → {ms/op, error, alloc bytes/op}
    for (RunResult r : results) {
      String full = r.getParams().getBenchmark();
      String name = full.substring(full.lastIndexOf('.') + 1);
      double alloc = Double.NaN;
      var secondary = r.getSecondaryResults(); // JMH declares it with the raw Result type
      for (String key : secondary.keySet()) {
        if (key.endsWith("gc.alloc.rate.norm")) {
          alloc = secondary.get(key).getScore();
        }
      }
      byName.put(name, new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError(), alloc});
    }

    System.out.println();
    System.out.printf(Locale.ROOT, "== Speed summary (%s UTC; JMH run took %d s; %d pages, %.2f MB raw HTML; "
        + "1 thread; MB = 10^6 bytes)%n%n", ZonedDateTime.now(ZoneOffset.UTC).format(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), wallS, pages, bytes / 1e6);
    Table t = new Table("benchmark", ">ms/op (corpus)", ">±99.9%", ">MB/s", ">pages/s", ">ms/page",
        ">alloc/page", ">alloc ÷ jsoup parse", ">speed × jsoup parse+text", ">× boilerpipe", ">× readability4j",
        ">× crux");
    for (String name : order(byName.keySet())) {
      double[] v = byName.get(name);
      double ms = v[0];
      double mbs = bytes / 1e6 / (ms / 1000);
      double pps = pages / (ms / 1000);
      double allocPage = v[2] / pages;
      t.row(LABELS.getOrDefault(name, name), fmt(ms, 1), fmt(v[1], 1), fmt(mbs, 2), fmt(pps, 1),
          fmt(ms / pages, 3), mib(allocPage), ratio(v[2], byName, "jsoupParse", false),
          ratio(ms, byName, "jsoupParseText", true), ratio(ms, byName, "boilerpipe", true),
          ratio(ms, byName, "readability4j", true), ratio(ms, byName, "crux", true));
    }
    System.out.println(t.render(false));
    System.out.println(t.render(true));
    System.out.println("speed × X = X's ms/op ÷ this ms/op (> 1: faster than X); alloc ÷ jsoup parse = "
        + "gc.alloc.rate.norm ÷ jsoup parse's; alloc/page = gc.alloc.rate.norm ÷ pages (MiB).");
  }

  private static List<String> order(Collection<String> names) {
    List<String> out = new ArrayList<>();
    for (String k : LABELS.keySet()) {
      if (names.contains(k)) {
        out.add(k);
      }
    }
    for (String n : names) {
      if (!out.contains(n)) {
        out.add(n);
      }
    }
    return out;
  }

  /** Speed: other's time / this time. Allocation: this / other's. */
  private static String ratio(double mine, Map<String, double[]> byName, String other, boolean speed) {
    double[] o = byName.get(other);
    if (o == null) {
      return "–";
    }
    double r = speed ? o[0] / mine : mine / o[2];
    return Double.isNaN(r) ? "–" : fmt(r, 2) + "×";
  }

  private static String mib(double b) {
    return Double.isNaN(b) ? "–" : fmt(b / (1 << 20), 2) + " MiB";
  }

  private static String fmt(double d, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", d);
  }
}
