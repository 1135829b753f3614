package org.zhengwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output order and content do not depend on the thread count; --output and --threads validation.
 */
class ThreadsTest {
  @TempDir Path dir;

  /** 50 pages, every seventh one empty (an error line), in a nested folder. */
  private Path folder() throws IOException {
    Path root = dir.resolve("pages");
    for (int i = 0; i < 50; i++) {
      Path sub = Files.createDirectories(root.resolve("part" + (i % 3)));
      String body = i % 7 == 0 ? "" : TestPages.numbered(i);
      Files.writeString(sub.resolve(String.format("%03d.html", i)), body, StandardCharsets.UTF_8);
    }
    return root;
  }

  @Test
  void oneAndFourThreadsWriteTheSameLines() throws IOException {
    Path root = folder();
    Cli.Run one = Cli.run("--threads", "1", root.toString());
    Cli.Run four = Cli.run("--threads", "4", root.toString());

    assertEquals(50, one.lines().size());
    assertEquals(one.rawLines(), four.rawLines());
    assertEquals(one.status(), four.status());
    assertEquals(8, one.count("error"));
    assertEquals(8, four.count("error"));
    assertEquals(42, four.count("ok"));
    List<String> inputs = four.lines().stream().map(l -> l.get("input").asText()).toList();
    assertEquals(inputs.stream().sorted().toList(), inputs, "folders are read in name order");
  }

  @Test
  void outputFileGetsTheLinesInUtf8() throws IOException {
    Path root = folder();
    Path out = dir.resolve("out.jsonl");
    Cli.Run toFile = Cli.run("--threads", "2", "--output", out.toString(), root.toString());
    Cli.Run toStdout = Cli.run("--threads", "2", root.toString());
    assertEquals(List.of(), toFile.rawLines());
    assertEquals(toStdout.rawLines(), Files.readAllLines(out, StandardCharsets.UTF_8));
  }

  @Test
  void unwritableOutputIsAUsageError() {
    Cli.Run r = Cli.run("--output", dir.resolve("no/such/folder/out.jsonl").toString(), "seeds");
    assertEquals(2, r.status());
    assertEquals(List.of(), r.rawLines());
  }

  @Test
  void threadsBelowOneIsAUsageError() {
    assertEquals(2, Cli.run("--threads", "0", "seeds").status());
  }
}
