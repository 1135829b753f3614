package org.zhengwen.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Speed: one full extraction of every page of the corpus per operation, per extractor. Pages are
 * read and decoded once in the setup; like {@link Evaluate}, every extractor gets the decoded text
 * except {@code zhengwen-bytes}, which decodes the raw bytes itself.
 *
 * <pre>
 * bench/evaluate.sh jmh ExtractionBenchmark -p corpus=/path/to/shared/bench/chinese-wced -p extractor=zhengwen,crux
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ExtractionBenchmark {
  /** Corpus folder(s), comma-separated, as for {@link Evaluate}; empty means every corpus under the default root. */
  @Param({""})
  public String corpus;

  /** The extractor, by its {@code --only} name. */
  @Param({"zhengwen", "zhengwen-bytes", "boilerpipe", "readability4j", "crux", "jsoup-text"})
  public String extractor;

  private Peer peer;
  private List<Peer.Page> pages;

  @Setup(Level.Trial)
  public void load() throws IOException {
    peer = Peer.byLabel(extractor);
    List<Path> given = new ArrayList<>();
    for (String s : corpus.split(",")) {
      if (!s.isBlank()) {
        given.add(Paths.get(s.trim()));
      }
    }
    pages = new ArrayList<>();
    for (Path folder : Corpus.corpusFolders(given)) {
      for (Corpus.Entry e : Corpus.htmlEntries(folder)) {
        pages.add(Corpus.load(e));
      }
    }
  }

  /** Extracts every page once; returns the total extracted length so nothing is dead code. */
  @Benchmark
  public long allPages() {
    long chars = 0;
    for (Peer.Page page : pages) {
      chars += Evaluate.call(peer, page).output().text().length();
    }
    return chars;
  }
}
