package org.zhengwen.bench;

import com.chimbori.crux.articles.Article;
import com.chimbori.crux.articles.ArticleExtractor;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Extractor;
import org.zhengwen.PageHints;
import org.zhengwen.decode.PageDecoder;

/**
 * Speed of every stage and every extractor on the same pages in the same JVM: one operation is the
 * whole corpus (every page once), so time per op converts directly into MB/s of raw HTML and pages/s
 * ({@link SpeedReport} does that and prints the table).
 *
 * <p>Stages: {@link #decode} (bytes → characters, zhengwen's decoder), {@link #jsoupParse} (decoded String
 * → jsoup Document), {@link #jsoupParseText} (the same + {@code body().text()}, the baseline),
 * {@link #zhengwenBytes} (the public entry point, bytes → Article, decoding included) and
 * {@link #zhengwenText} (decoded String → Article). Peers on the decoded String: {@link #boilerpipe},
 * {@link #readability4j}, {@link #crux} — called as in {@link Peer}. Pages are read and decoded once
 * in the setup; the PageHints carry no URL (peers that need one get the same placeholder as in
 * {@link Evaluate}), so every extractor sees exactly the same input.
 *
 * <pre>
 * bench/speed.sh                      # SpeedReport: all benchmarks + -prof gc + summary table
 * bench/evaluate.sh jmh SpeedBenchmark -prof gc -p corpus=/abs/path/shared/bench
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
@Threads(1)
public class SpeedBenchmark {
  /** Corpus folder(s), comma-separated, as for {@link Evaluate}; empty = every corpus under the default root. */
  @Param({""})
  public String corpus;

  private static final String DUMMY_URL = "http://example.com/";

  private byte[][] bytes;
  private String[] decoded;

  @Setup(Level.Trial)
  public void load() throws IOException {
    List<Peer.Page> pages = loadPages(corpus);
    bytes = new byte[pages.size()][];
    decoded = new String[pages.size()];
    for (int i = 0; i < pages.size(); i++) {
      bytes[i] = pages.get(i).bytes();
      decoded[i] = pages.get(i).decoded();
    }
  }

  /** The pages of the corpus folders named (comma-separated; empty = default root), in a fixed order. */
  static List<Peer.Page> loadPages(String corpus) throws IOException {
    List<Path> given = new ArrayList<>();
    for (String s : corpus.split(",")) {
      if (!s.isBlank()) {
        given.add(Paths.get(s.trim()));
      }
    }
    List<Peer.Page> pages = new ArrayList<>();
    for (Path folder : Corpus.corpusFolders(given)) {
      for (Corpus.Entry e : Corpus.htmlEntries(folder)) {
        pages.add(Corpus.load(e));
      }
    }
    return pages;
  }

  /**
   * Raw bytes → characters with zhengwen's {@code PageDecoder} (BOM, declarations, sniffing, validation),
   * streamed through the page's reader in pieces the size jsoup reads, as extraction does.
   */
  @Benchmark
  public void decode(Blackhole bh) throws IOException {
    PageDecoder d = PageDecoder.standard();
    char[] piece = new char[1024];
    for (byte[] b : bytes) {
      try (Reader r = d.decode(b).reader()) {
        int n;
        while ((n = r.read(piece, 0, piece.length)) > 0) {
          bh.consume(piece[n - 1]);
        }
      }
    }
  }

  /** Decoded String → jsoup Document (jsoup's HTML5 tree builder alone). */
  @Benchmark
  public void jsoupParse(Blackhole bh) {
    for (String s : decoded) {
      bh.consume(Jsoup.parse(s));
    }
  }

  /** Baseline: jsoup parse + {@code body().text()} — all the text, no extraction. */
  @Benchmark
  public void jsoupParseText(Blackhole bh) {
    for (String s : decoded) {
      bh.consume(Jsoup.parse(s).body().text());
    }
  }

  /** zhengwen's public entry point: raw bytes → Article (decoding included). */
  @Benchmark
  public void zhengwenBytes(Blackhole bh) {
    Extractor x = Extractor.standard();
    for (byte[] b : bytes) {
      bh.consume(x.extract(b, PageHints.none()));
    }
  }

  /** zhengwen on the already-decoded String: {@code extractText}. */
  @Benchmark
  public void zhengwenText(Blackhole bh) {
    Extractor x = Extractor.standard();
    for (String s : decoded) {
      ExtractionResult r = x.extractText(s, PageHints.none());
      bh.consume(r);
    }
  }

  /** boilerpipe 1.2 {@code ArticleExtractor} (nekohtml parser) on the decoded String. */
  @Benchmark
  public void boilerpipe(Blackhole bh) {
    for (String s : decoded) {
      try {
        bh.consume(de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(s));
      } catch (Exception | StackOverflowError e) {
        bh.consume(e);
      }
    }
  }

  /** Readability4J 1.0.8 on the decoded String. */
  @Benchmark
  public void readability4j(Blackhole bh) {
    for (String s : decoded) {
      try {
        net.dankito.readability4j.Article a = new Readability4J(DUMMY_URL, s).parse();
        bh.consume(a.getTextContent());
      } catch (RuntimeException | StackOverflowError e) {
        bh.consume(e);
      }
    }
  }

  /** Crux 2.1.0 (metadata + content) on the decoded String, body text as in {@link Peer#CRUX}. */
  @Benchmark
  public void crux(Blackhole bh) {
    for (String s : decoded) {
      try {
        Article a = ArticleExtractor.with(DUMMY_URL, s).extractMetadata().extractContent().article();
        Document d = a.document;
        bh.consume(d == null ? null : d.text());
      } catch (RuntimeException | StackOverflowError e) {
        bh.consume(e);
      }
    }
  }
}
