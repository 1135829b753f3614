package org.zhengwen.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhengwen.Extracted;
import org.zhengwen.Extractor;
import org.zhengwen.PageHints;

/**
 * Thread CPU time of extracting a list of pages, round after round in one JVM: a plain A/B between two
 * library jars without JMH (put either jar on the class path with this class). Prints one line per round.
 *
 * <pre>{@code java -cp bench/target/classes:LIBRARY.jar org.zhengwen.bench.CpuLoop PAGE_LIST_FILE ROUNDS}</pre>
 */
public final class CpuLoop {
  private CpuLoop() {}

  /** Args: a file naming one page path per line, and the number of rounds. */
  public static void main(String[] args) throws Exception {
    List<byte[]> pages = new ArrayList<>();
    for (String f : Files.readAllLines(Path.of(args[0]))) {
      pages.add(Files.readAllBytes(Path.of(f)));
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    int rounds = Integer.parseInt(args[1]);
    for (int r = 0; r < rounds; r++) {
      long start = mx.getCurrentThreadCpuTime();
      int ok = 0;
      for (byte[] p : pages) {
        ok += Extractor.standard().extract(p, PageHints.none()) instanceof Extracted ? 1 : 0;
      }
      System.out.printf("round %d cpu %.0f ms ok %d%n", r, (mx.getCurrentThreadCpuTime() - start) / 1e6, ok);
    }
  }
}
