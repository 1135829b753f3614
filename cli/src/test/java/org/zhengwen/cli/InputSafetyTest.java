package org.zhengwen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output file is never an input: each data-loss case of issue 12, with the input bytes checked
 * after the run.
 */
class InputSafetyTest {
  @TempDir Path dir;

  private Path page(String name, int i) throws IOException {
    return Files.writeString(dir.resolve(name), TestPages.numbered(i), StandardCharsets.UTF_8);
  }

  @Test
  void outputNamingAnInputIsRefusedBeforeAnyWork() throws IOException {
    Path a = page("a.html", 1);
    byte[] before = Files.readAllBytes(a);
    Cli.Run r = Cli.run(a.toString(), "--output", a.toString());
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().contains("is also an input"), r.err());
    assertEquals(List.of(), r.rawLines());
    assertArrayEquals(before, Files.readAllBytes(a), "the page is untouched");
  }

  @Test
  void outputNamingAnInputByAnotherPathOrALinkIsRefused() throws IOException {
    Path a = page("a.html", 1);
    byte[] before = Files.readAllBytes(a);
    Path link = Files.createSymbolicLink(dir.resolve("link.html"), a);
    assertEquals(
        2, Cli.run(a.toString(), "--output", dir.resolve("sub/../a.html").toString()).status());
    Files.createDirectories(dir.resolve("sub"));
    assertEquals(
        2, Cli.run(a.toString(), "--output", dir.resolve("sub/../a.html").toString()).status());
    assertEquals(2, Cli.run(link.toString(), "--output", a.toString()).status());
    assertArrayEquals(before, Files.readAllBytes(a));
  }

  @Test
  void outputInsideAScannedFolderIsNotReadBackOnTheNextRun() throws IOException {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Path a =
        Files.writeString(pages.resolve("a.html"), TestPages.numbered(1), StandardCharsets.UTF_8);
    Files.writeString(pages.resolve("b.html"), TestPages.numbered(2), StandardCharsets.UTF_8);
    byte[] before = Files.readAllBytes(a);
    Path out =
        pages.resolve("out.html"); // a page's extension, so only the output check keeps it out
    for (int run = 0; run < 2; run++) {
      Cli.Run r = Cli.run(pages.toString(), "--output", out.toString());
      assertEquals(0, r.status(), r.err());
      List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
      assertEquals(2, lines.size(), "run " + run + ": " + lines);
      assertTrue(lines.stream().noneMatch(l -> l.contains("\"error\"")), lines::toString);
    }
    assertArrayEquals(before, Files.readAllBytes(a));
  }

  @Test
  void anInterruptedRunLeavesTheOldOutputAndNoHalfFile() throws IOException {
    Path out = Files.writeString(dir.resolve("out.jsonl"), "old\n", StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(new StringWriter());
    assertThrows(
        IllegalStateException.class,
        () ->
            OutputFile.write(
                out,
                err,
                w -> {
                  w.println("{\"half\":");
                  w.flush();
                  throw new IllegalStateException("killed mid-run");
                }));
    assertEquals("old\n", Files.readString(out, StandardCharsets.UTF_8));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(List.of(out), s.toList(), "no temporary file left behind");
    }
    assertEquals(
        0,
        OutputFile.write(
            out,
            err,
            w -> {
              w.println("new");
              return 0;
            }));
    assertEquals("new\n", Files.readString(out, StandardCharsets.UTF_8));
  }

  @Test
  void outputInAMissingFolderOrOnAFolderIsAUsageError() throws IOException {
    Path a = page("a.html", 1);
    Cli.Run r = Cli.run(a.toString(), "--output", dir.resolve("no/such/out.jsonl").toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains("no such folder"), r.err());
    assertEquals(2, Cli.run(a.toString(), "--output", dir.toString()).status());
  }
}
