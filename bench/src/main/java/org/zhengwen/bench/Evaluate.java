package org.zhengwen.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.zhengwen.bench.Corpus.Entry;
import org.zhengwen.bench.Peer.Output;
import org.zhengwen.bench.Peer.Page;
import org.zhengwen.bench.Scoring.Score;

/**
 * Accuracy evaluation of zhengwen and peer extractors on benchmark corpora.
 *
 * <pre>
 * Evaluate [corpus-folder ...] [--worst N] [--only zhengwen,boilerpipe,...] [--markdown] [--warmup K]
 *          [--title-misses]
 * </pre>
 *
 * <p>Each page is decoded once with zhengwen's {@code PageDecoder}; every extractor gets that same
 * string. A page given as a text dump ({@code <id>.txt}) goes to zhengwen as text and to the
 * whole-dump baseline; the HTML extractors skip it ({@link Peer#accepts}). Extracted bodies are scored against the reference with {@link Scoring}. An exception, a
 * null, or (for zhengwen) a rejection counts as an empty output. {@code --title-misses} lists every page
 * where zhengwen's title is not the reference title, with the page's {@code <title>}, og:title, JSON-LD
 * headline and {@code <h1>} texts.
 */
public final class Evaluate {
  private static final int SNIPPET = 100;
  private static final Pattern HEADLINE = Pattern.compile("\"headline\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  private Evaluate() {}

  record Options(List<Path> folders, int worst, List<Peer> peers, boolean markdown, int warmup,
      boolean titleMisses) {}

  /** A page where zhengwen's title differs from the reference title. */
  record TitleMiss(String dataset, String id, String expected, String ours, Page page) {}

  /** Running means of P, R and F1. */
  static final class Mean {
    double p;
    double r;
    double f1;
    int n;

    void add(Score s) {
      p += s.precision();
      r += s.recall();
      f1 += s.f1();
      n++;
    }

    String cell() {
      return n == 0 ? "—" : f(p / n) + " / " + f(r / n) + " / " + f(f1 / n);
    }
  }

  /** Everything recorded for one extractor. */
  static final class PeerStats {
    final Mean all = new Mean();
    final Map<String, Mean> byDataset = new TreeMap<>();
    final Map<String, Mean> byLang = new TreeMap<>();
    long nanos;
    int pages;
    int skipped;
    int failures;
    int empty;
    int rejected;
    final Map<String, Integer> failureKinds = new TreeMap<>();
    String firstFailure;
    final Titles titles = new Titles();
    final Map<String, Titles> titlesByDataset = new TreeMap<>();
  }

  /** Title counts over pages with a reference title: exact matches and matches by the site-name rule. */
  static final class Titles {
    int total;
    int exact;
    int site;

    void add(TitleMatch.Kind k) {
      total++;
      exact += k == TitleMatch.Kind.EXACT ? 1 : 0;
      site += k.bySiteRule() ? 1 : 0;
    }

    /** Exact-match rate, or NaN with no reference titles. */
    double exactRate() {
      return total == 0 ? Double.NaN : (double) exact / total;
    }

    /** Site-name-rule match rate (exact matches included), or NaN with no reference titles. */
    double siteRate() {
      return total == 0 ? Double.NaN : (double) site / total;
    }
  }

  /** One zhengwen page result, for the worst-pages list. */
  record PageResult(String dataset, String id, String lang, Score score, String snippet) {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Options opt;
    try {
      opt = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    if (opt == null) {
      out.println(usage());
      return;
    }
    try {
      run(opt, out);
    } catch (IOException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(2);
    }
  }

  static String usage() {
    return "usage: Evaluate [corpus-folder ...] [--worst N] [--only " + Peer.labels() + "] [--markdown] [--warmup K] [--title-misses]\n"
        + "  corpus-folder: holds <id>.html + <id>.json, or holds such folders; default "
        + Corpus.defaultRoot();
  }

  static Options parse(String[] args) {
    List<Path> folders = new ArrayList<>();
    int worst = 10;
    int warmup = 0;
    boolean markdown = false;
    boolean titleMisses = false;
    List<Peer> peers = List.of(Peer.values());
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        value = a.substring(eq + 1);
        a = a.substring(0, eq);
      }
      switch (a) {
        case "-h", "--help" -> {
          return null;
        }
        case "--markdown" -> markdown = true;
        case "--title-misses" -> titleMisses = true;
        case "--worst", "--only", "--warmup" -> {
          if (value == null) {
            if (i + 1 >= args.length) {
              throw new IllegalArgumentException(a + " needs a value");
            }
            value = args[++i];
          }
          if (a.equals("--only")) {
            List<Peer> chosen = new ArrayList<>();
            for (String name : value.split(",")) {
              if (!name.isBlank()) {
                Peer p = Peer.byLabel(name);
                if (!chosen.contains(p)) {
                  chosen.add(p);
                }
              }
            }
            if (chosen.isEmpty()) {
              throw new IllegalArgumentException("--only names no extractor");
            }
            chosen.sort(Comparator.naturalOrder());
            peers = chosen;
          } else {
            int n;
            try {
              n = Integer.parseInt(value);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException(a + " needs a number: " + value);
            }
            if (n < 0) {
              throw new IllegalArgumentException(a + " must not be negative");
            }
            if (a.equals("--worst")) {
              worst = n;
            } else {
              warmup = n;
            }
          }
        }
        default -> {
          if (a.startsWith("-")) {
            throw new IllegalArgumentException("unknown option " + a);
          }
          folders.add(Paths.get(a));
        }
      }
    }
    return new Options(folders, worst, peers, markdown, warmup, titleMisses);
  }

  static void run(Options opt, PrintStream out) throws IOException {
    List<Path> folders = Corpus.corpusFolders(opt.folders());
    Map<String, List<Entry>> corpora = new LinkedHashMap<>();
    int total = 0;
    for (Path f : folders) {
      List<Entry> entries = Corpus.entries(f);
      corpora.put(f.getFileName().toString(), entries);
      total += entries.size();
    }

    for (int pass = 0; pass < opt.warmup(); pass++) {
      System.err.println("warm-up pass " + (pass + 1) + "/" + opt.warmup() + " …");
      for (List<Entry> entries : corpora.values()) {
        for (Entry e : entries) {
          Page page = Corpus.load(e);
          for (Peer p : opt.peers()) {
            if (p.accepts(page)) {
              call(p, page);
            }
          }
        }
      }
    }

    Map<Peer, PeerStats> stats = new EnumMap<>(Peer.class);
    for (Peer p : opt.peers()) {
      stats.put(p, new PeerStats());
    }
    Peer worstPeer = opt.peers().contains(Peer.ZHENGWEN) ? Peer.ZHENGWEN
        : opt.peers().contains(Peer.ZHENGWEN_BYTES) ? Peer.ZHENGWEN_BYTES : null;
    List<PageResult> zhengwenPages = new ArrayList<>();
    List<TitleMiss> titleMisses = new ArrayList<>();
    Map<String, Integer> langPages = new TreeMap<>();
    Map<String, Integer> datasetPages = new LinkedHashMap<>();
    long decodeNanos = 0;

    for (Map.Entry<String, List<Entry>> c : corpora.entrySet()) {
      System.err.println("evaluating " + c.getKey() + " (" + c.getValue().size() + " pages) …");
      for (Entry e : c.getValue()) {
        long t0 = System.nanoTime();
        Page page = Corpus.load(e);
        decodeNanos += System.nanoTime() - t0;
        langPages.merge(e.lang(), 1, Integer::sum);
        datasetPages.merge(e.dataset(), 1, Integer::sum);
        Map<String, Integer> truthBag = Scoring.bag(e.body());
        for (Peer p : opt.peers()) {
          PeerStats s = stats.get(p);
          if (!p.accepts(page)) {
            s.skipped++;
            continue;
          }
          long t1 = System.nanoTime();
          Result r = call(p, page);
          s.nanos += System.nanoTime() - t1;
          s.pages++;
          Output o = r.output();
          if (r.failure() != null) {
            s.failures++;
            String kind = r.failure().getClass().getSimpleName();
            s.failureKinds.merge(kind, 1, Integer::sum);
            if (s.firstFailure == null) {
              s.firstFailure = e.dataset() + "/" + e.id() + ": " + r.failure();
            }
          } else if (o.rejection().isPresent()) {
            s.rejected++;
          }
          Map<String, Integer> bag = Scoring.bag(o.text());
          if (bag.isEmpty()) {
            s.empty++;
          }
          Score score = Scoring.score(bag, truthBag);
          s.all.add(score);
          s.byDataset.computeIfAbsent(e.dataset(), k -> new Mean()).add(score);
          s.byLang.computeIfAbsent(e.lang(), k -> new Mean()).add(score);
          if (e.title().isPresent()) {
            TitleMatch.Kind k = TitleMatch.match(o.title().orElse(null), e.title().get());
            s.titles.add(k);
            s.titlesByDataset.computeIfAbsent(e.dataset(), x -> new Titles()).add(k);
            if (k != TitleMatch.Kind.EXACT && p == worstPeer && opt.titleMisses()) {
              titleMisses.add(new TitleMiss(e.dataset(), e.id(), e.title().get(), o.title().orElse(null), page));
            }
          }
          if (p == worstPeer) {
            String snippet = o.rejection().map(m -> "[rejected " + m + "]")
                .orElseGet(() -> r.failure() != null ? "[exception " + r.failure() + "]" : o.text());
            zhengwenPages.add(new PageResult(e.dataset(), e.id(), e.lang(), score, snippet(snippet)));
          }
        }
      }
    }

    report(opt, out, stats, datasetPages, langPages, zhengwenPages, worstPeer, total, decodeNanos);
    if (opt.titleMisses() && worstPeer != null) {
      reportTitleMisses(out, titleMisses, worstPeer);
    }
  }

  private static void reportTitleMisses(PrintStream out, List<TitleMiss> misses, Peer peer) {
    out.println();
    out.println("== Title misses of " + peer.label() + " (" + misses.size() + ")");
    for (TitleMiss m : misses) {
      Document d = Jsoup.parse(m.page().decoded());
      out.println();
      out.println(m.dataset() + "/" + m.id());
      out.println("  expected: " + m.expected());
      out.println("  ours:     " + m.ours());
      out.println("  <title>:  " + normalize(d.title()));
      for (Element meta : d.select("meta[property=og:title], meta[name=og:title]")) {
        out.println("  og:title: " + normalize(meta.attr("content")));
      }
      for (Element s : d.select("script[type=application/ld+json]")) {
        Matcher h = HEADLINE.matcher(s.data());
        while (h.find()) {
          out.println("  ld:headline: " + normalize(h.group(1)));
        }
      }
      int n = 0;
      for (Element h1 : d.getElementsByTag("h1")) {
        if (n++ == 5) {
          out.println("  <h1>:     …");
          break;
        }
        out.println("  <h1>:     " + oneLine(normalize(h1.text()), 200));
      }
    }
  }

  record Result(Output output, Throwable failure) {}

  static Result call(Peer p, Page page) {
    try {
      Output o = p.run(page);
      return new Result(o == null ? Output.of(null, null) : o, null);
    } catch (Exception | LinkageError | StackOverflowError e) {
      return new Result(Output.of(null, null), e);
    }
  }

  private static void report(Options opt, PrintStream out, Map<Peer, PeerStats> stats,
      Map<String, Integer> datasetPages, Map<String, Integer> langPages, List<PageResult> zhengwenPages,
      Peer worstPeer, int total, long decodeNanos) {
    boolean md = opt.markdown();
    String h = md ? "### " : "== ";
    StringBuilder corpusList = new StringBuilder();
    datasetPages.forEach((d, n) -> corpusList.append(corpusList.length() == 0 ? "" : ", ").append(d).append(' ').append(n));
    out.println(total + " pages (" + corpusList + "); decoded once with zhengwen's PageDecoder in "
        + ms(decodeNanos) + " ms; bag-of-tokens P / R / F1, mean over pages"
        + (opt.warmup() > 0 ? "; " + opt.warmup() + " warm-up pass(es) before timing" : "; single cold pass") + ".");
    out.println();

    out.println(h + "Overall");
    out.println();
    Table overall = new Table("extractor", ">pages", ">skipped", ">P", ">R", ">F1", ">empty", ">failed", ">title exact", ">title site rule",
        ">total ms", ">ms/page");
    for (Map.Entry<Peer, PeerStats> en : stats.entrySet()) {
      PeerStats s = en.getValue();
      Mean m = s.all;
      String failed = String.valueOf(s.failures) + (s.rejected > 0 ? " (+" + s.rejected + " rejected)" : "");
      overall.row(en.getKey().label(), String.valueOf(s.pages), String.valueOf(s.skipped),
          f(m.p / m.n), f(m.r / m.n), f(m.f1 / m.n),
          String.valueOf(s.empty), failed, titleCell(en.getKey(), s.titles, false),
          titleCell(en.getKey(), s.titles, true), ms(s.nanos),
          String.format(Locale.ROOT, "%.1f", s.nanos / 1e6 / Math.max(1, s.pages)));
    }
    out.print(overall.render(md));
    out.println();
    out.println("empty = pages where the output had no tokens (failures and rejections included); "
        + "title exact = exact match after trimming and collapsing whitespace, over pages with a reference title; "
        + "title site rule = exact, or equal but for one site-name segment split off by a separator "
        + "(| - _ — · : and full-width forms) at either end of either title (TitleMatch); "
        + "zhengwen(bytes) time includes its own decoding, the other rows start from the decoded text; "
        + "skipped = pages an extractor is not run on: the HTML extractors skip page-text dumps (.txt), "
        + "which zhengwen reads as text and whole-dump keeps whole (the no-extraction baseline); "
        + "means are over the pages run.");
    for (Map.Entry<Peer, PeerStats> en : stats.entrySet()) {
      PeerStats s = en.getValue();
      if (s.failures > 0) {
        out.println("failures of " + en.getKey().label() + ": " + s.failureKinds + "; first: "
            + oneLine(s.firstFailure, 300));
      }
    }
    out.println();

    out.println(h + "By dataset (P / R / F1)");
    out.println();
    out.print(groupTable("dataset", datasetPages, stats, true).render(md));
    out.println();

    Table titles = titleTable(datasetPages, stats);
    if (titles.size() > 0) {
      out.println(h + "Titles by dataset (exact / site rule)");
      out.println();
      out.print(titles.render(md));
      out.println();
    }

    out.println(h + "By language (P / R / F1)");
    out.println();
    Map<String, Integer> langsBySize = new LinkedHashMap<>();
    langPages.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(en -> langsBySize.put(en.getKey(), en.getValue()));
    out.print(groupTable("lang", langsBySize, stats, false).render(md));
    out.println();

    if (worstPeer != null && opt.worst() > 0) {
      out.println(h + "Worst " + Math.min(opt.worst(), zhengwenPages.size()) + " pages for " + worstPeer.label()
          + " (by F1)");
      out.println();
      Table w = new Table("dataset/id", "lang", ">P", ">R", ">F1", "extracted (first " + SNIPPET + " chars)");
      zhengwenPages.stream()
          .sorted(Comparator.comparingDouble((PageResult r) -> r.score().f1())
              .thenComparing(PageResult::dataset).thenComparing(PageResult::id))
          .limit(opt.worst())
          .forEach(r -> w.row(r.dataset() + "/" + r.id(), r.lang(), f(r.score().precision()),
              f(r.score().recall()), f(r.score().f1()), md ? "`" + r.snippet().replace("`", "'") + "`" : r.snippet()));
      out.print(w.render(md));
    }
  }

  private static Table groupTable(String what, Map<String, Integer> groups, Map<Peer, PeerStats> stats,
      boolean dataset) {
    List<String> headers = new ArrayList<>(List.of(what, ">pages"));
    for (Peer p : stats.keySet()) {
      headers.add(">" + p.label());
    }
    Table t = new Table(headers.toArray(String[]::new));
    for (Map.Entry<String, Integer> g : groups.entrySet()) {
      List<String> row = new ArrayList<>(List.of(g.getKey(), String.valueOf(g.getValue())));
      for (PeerStats s : stats.values()) {
        Mean m = (dataset ? s.byDataset : s.byLang).get(g.getKey());
        row.add(m == null ? "—" : m.cell());
      }
      t.row(row.toArray(String[]::new));
    }
    return t;
  }

  private static String titleCell(Peer p, Titles t, boolean siteRule) {
    if (!givesTitle(p) || t.total == 0) {
      return "—";
    }
    int n = siteRule ? t.site : t.exact;
    return String.format(Locale.ROOT, "%.3f (%d/%d)", (double) n / t.total, n, t.total);
  }

  /** boilerpipe and the whole-dump baseline return no title: a title column would only show zeros. */
  private static boolean givesTitle(Peer p) {
    return p != Peer.BOILERPIPE && p != Peer.WHOLE_DUMP;
  }

  /** Per dataset with reference titles: each extractor's exact and site-rule title match rates. */
  private static Table titleTable(Map<String, Integer> datasets, Map<Peer, PeerStats> stats) {
    List<String> headers = new ArrayList<>(List.of("dataset", ">with title"));
    for (Peer p : stats.keySet()) {
      if (givesTitle(p)) {
        headers.add(">" + p.label());
      }
    }
    Table t = new Table(headers.toArray(String[]::new));
    for (String d : datasets.keySet()) {
      int withTitle = stats.values().stream().mapToInt(s -> s.titlesByDataset.getOrDefault(d, new Titles()).total)
          .max().orElse(0);
      if (withTitle == 0) {
        continue;
      }
      List<String> row = new ArrayList<>(List.of(d, String.valueOf(withTitle)));
      for (Map.Entry<Peer, PeerStats> en : stats.entrySet()) {
        if (givesTitle(en.getKey())) {
          Titles x = en.getValue().titlesByDataset.get(d);
          row.add(x == null ? "—" : f(x.exactRate()) + " / " + f(x.siteRate()));
        }
      }
      t.row(row.toArray(String[]::new));
    }
    return t;
  }

  static String normalize(String title) {
    return TitleMatch.normalize(title);
  }

  private static String snippet(String text) {
    String one = text.replaceAll("[\\s\\p{Z}]+", " ").strip();
    int end = one.offsetByCodePoints(0, Math.min(SNIPPET, one.codePointCount(0, one.length())));
    return one.substring(0, end);
  }

  private static String oneLine(String s, int max) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= max ? one : one.substring(0, max) + "…";
  }

  private static String f(double d) {
    return Double.isNaN(d) ? "—" : String.format(Locale.ROOT, "%.3f", d);
  }

  private static String ms(long nanos) {
    return String.valueOf(Math.round(nanos / 1e6));
  }
}
