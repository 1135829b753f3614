package org.zhengwen.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zhengwen.bench.Corpus.Entry;
import org.zhengwen.bench.Peer.Output;

/**
 * The accuracy gate: scores zhengwen alone on every corpus and fails when a corpus's mean F1, or its
 * title match rate by the site-name rule where the corpus has reference titles, drops more than
 * {@link #TOLERANCE} below the committed baseline file.
 *
 * <pre>
 * Gate --baseline bench/baseline.tsv [--update] [corpus-folder ...]
 * </pre>
 *
 * <p>Exit status: 0 when no corpus dropped (or after {@code --update} rewrote the baseline), 1 when
 * one did, 2 on bad arguments or an unreadable corpus or baseline. A corpus with no baseline row, a
 * baseline row whose corpus is absent, and a page count that differs from the baseline's are
 * reported but do not fail: the corpora live outside the repository and may grow; raise or rewrite
 * the baseline deliberately with {@code --update}.
 */
public final class Gate {
  /** How far below its baseline a corpus's figure may fall before the gate fails. */
  static final double TOLERANCE = 0.005;

  private Gate() {}

  /** One corpus's figures: pages, mean F1, and the site-rule title rate (NaN without reference titles). */
  record Figures(String corpus, int pages, double f1, int titled, double titleRate) {}

  /** One row of the comparison with the baseline. */
  record Check(String corpus, Figures now, Figures base, List<String> failures, List<String> notes) {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path baseline = null;
    boolean update = false;
    List<Path> folders = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--update" -> update = true;
        case "--baseline" -> baseline = i + 1 < args.length ? Paths.get(args[++i]) : null;
        default -> folders.add(Paths.get(args[i]));
      }
    }
    if (baseline == null) {
      System.err.println("usage: Gate --baseline FILE [--update] [corpus-folder ...]");
      System.exit(2);
    }
    try {
      System.exit(run(folders, baseline, update, out));
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("accuracy gate: error: " + e.getMessage());
      System.exit(2);
    }
  }

  /** Scores, compares (or rewrites the baseline) and prints the table; returns the exit status. */
  static int run(List<Path> folders, Path baseline, boolean update, PrintStream out) throws IOException {
    long t0 = System.nanoTime();
    List<Figures> now = new ArrayList<>();
    for (Path f : Corpus.corpusFolders(folders)) {
      now.add(score(f));
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    Map<String, Figures> base = Files.isRegularFile(baseline)
        ? Baseline.parse(Files.readString(baseline, StandardCharsets.UTF_8)) : Map.of();
    List<Check> checks = compare(now, base);
    if (update) {
      out.print(table(checks));
      Files.writeString(baseline, Baseline.format(now), StandardCharsets.UTF_8);
      out.println("accuracy gate: wrote " + now.size() + " corpora to " + baseline + " (" + ms
          + " ms); the table shows the figures it replaced");
      return 0;
    }
    out.print(table(checks));
    for (String corpus : base.keySet()) {
      if (now.stream().noneMatch(f -> f.corpus().equals(corpus))) {
        out.println("note: baseline corpus " + corpus + " was not scored (folder absent)");
      }
    }
    long failed = checks.stream().filter(c -> !c.failures().isEmpty()).count();
    out.printf(Locale.ROOT, "accuracy gate: %d corpora, %d below baseline - %.3f (%d ms); baseline %s%n",
        checks.size(), failed, TOLERANCE, ms, baseline);
    if (failed > 0) {
      out.println("accuracy gate: FAILED. Fix the drop, or if it is deliberate, rewrite the baseline with"
          + " bench/gate.sh --update and commit it saying why.");
      return 1;
    }
    return 0;
  }

  /** zhengwen's mean F1 and title rate on one corpus folder. */
  static Figures score(Path folder) throws IOException {
    Evaluate.Mean mean = new Evaluate.Mean();
    Evaluate.Titles titles = new Evaluate.Titles();
    List<Entry> entries = Corpus.entries(folder);
    for (Entry e : entries) {
      Output o = Evaluate.call(Peer.ZHENGWEN, Corpus.load(e)).output();
      mean.add(Scoring.score(Scoring.bag(o.text()), Scoring.bag(e.body())));
      e.title().ifPresent(t -> titles.add(TitleMatch.match(o.title().orElse(null), t)));
    }
    double f1 = mean.n == 0 ? Double.NaN : mean.f1 / mean.n;
    return new Figures(folder.getFileName().toString(), entries.size(), f1, titles.total, titles.siteRate());
  }

  static List<Check> compare(List<Figures> now, Map<String, Figures> base) {
    List<Check> out = new ArrayList<>();
    for (Figures n : now) {
      Figures b = base.get(n.corpus());
      List<String> failures = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      if (b == null) {
        notes.add("no baseline");
      } else {
        if (b.pages() != n.pages()) {
          notes.add("pages " + b.pages() + " -> " + n.pages());
        }
        dropped("F1", n.f1(), b.f1(), failures);
        dropped("title", n.titleRate(), b.titleRate(), failures);
      }
      out.add(new Check(n.corpus(), n, b, failures, notes));
    }
    return out;
  }

  private static void dropped(String what, double now, double base, List<String> failures) {
    if (Double.isNaN(base)) {
      return;
    }
    if (Double.isNaN(now) || now < base - TOLERANCE) {
      failures.add(String.format(Locale.ROOT, "%s %.3f < %.3f - %.3f", what, now, base, TOLERANCE));
    }
  }

  static String table(List<Check> checks) {
    Table t = new Table("corpus", ">pages", ">F1", ">baseline", ">title", ">baseline", "status");
    for (Check c : checks) {
      Figures b = c.base();
      String status = !c.failures().isEmpty() ? "FAIL: " + String.join("; ", c.failures()) : "ok";
      if (!c.notes().isEmpty()) {
        status += " (" + String.join("; ", c.notes()) + ")";
      }
      t.row(c.corpus(), String.valueOf(c.now().pages()), f(c.now().f1()), b == null ? "—" : f(b.f1()),
          f(c.now().titleRate()), b == null ? "—" : f(b.titleRate()), status);
    }
    return t.render(false);
  }

  private static String f(double d) {
    return Double.isNaN(d) ? "—" : String.format(Locale.ROOT, "%.3f", d);
  }

  /** The baseline file: tab-separated {@code corpus pages f1 titled title_site_rule}, {@code #} comments. */
  static final class Baseline {
    private static final String HEADER = """
        # Accuracy gate baseline (bench/gate.sh): zhengwen's mean F1 per corpus of ../shared/bench, and its
        # title match rate by the site-name rule over pages with a reference title ("-" where none).
        # The gate fails when a figure drops more than 0.005 below this. Rewrite it only on purpose:
        # bench/gate.sh --update, then commit this file saying why the figures moved.
        corpus\tpages\tf1\ttitled\ttitle_site_rule
        """;

    private Baseline() {}

    static String format(List<Figures> figures) {
      StringBuilder sb = new StringBuilder(HEADER);
      for (Figures f : figures) {
        sb.append(String.format(Locale.ROOT, "%s\t%d\t%.4f\t%d\t%s%n", f.corpus(), f.pages(), f.f1(), f.titled(),
            Double.isNaN(f.titleRate()) ? "-" : String.format(Locale.ROOT, "%.4f", f.titleRate())));
      }
      return sb.toString();
    }

    static Map<String, Figures> parse(String text) {
      Map<String, Figures> out = new LinkedHashMap<>();
      for (String line : text.split("\n")) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#") || l.startsWith("corpus\t")) {
          continue;
        }
        String[] c = l.split("\t");
        if (c.length != 5) {
          throw new IllegalArgumentException("baseline line needs 5 tab-separated fields: " + l);
        }
        try {
          out.put(c[0], new Figures(c[0], Integer.parseInt(c[1]), Double.parseDouble(c[2]), Integer.parseInt(c[3]),
              c[4].equals("-") ? Double.NaN : Double.parseDouble(c[4])));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("baseline line has a bad number: " + l);
        }
      }
      return out;
    }
  }
}
