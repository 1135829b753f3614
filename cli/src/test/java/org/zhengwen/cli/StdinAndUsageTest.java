package org.zhengwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.zhengwen.RejectionReason;

/**
 * {@code -} for standard input, usage errors found before any work, progress and the documented
 * reason codes.
 */
class StdinAndUsageTest {
  @Test
  void dashReadsOnePageFromStandardInput() throws IOException {
    byte[] seed = Files.readAllBytes(Path.of("seeds/004_e3e6cc0eb7aaefdc.txt"));
    Cli.Run r = Cli.runWithStdin(seed, "-");
    assertEquals(0, r.status(), r.err());
    assertEquals(1, r.lines().size());
    assertEquals("-", r.lines().get(0).get("input").asText());
    assertEquals("ok", r.lines().get(0).get("status").asText());
  }

  @Test
  void gzippedStandardInputIsGunzipped() throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(buf)) {
      gz.write(TestPages.numbered(4).getBytes(StandardCharsets.UTF_8));
    }
    Cli.Run r = Cli.runWithStdin(buf.toByteArray(), "-");
    assertEquals("第4号新闻标题", r.lines().get(0).get("title").asText());
  }

  @Test
  void emptyStandardInputIsOneErrorLine() {
    Cli.Run r = Cli.runWithStdin(new byte[0], "-");
    assertEquals(1, r.status());
    assertEquals("EMPTY", r.lines().get(0).get("reason").asText());
  }

  @Test
  void aMissingPathExitsTwoBeforeAnyOutput() {
    Cli.Run r = Cli.run("seeds", "no/such/page.html");
    assertEquals(2, r.status());
    assertEquals(List.of(), r.rawLines(), "no page of seeds/ was extracted either");
    assertTrue(r.err().contains("no such file or folder: no/such/page.html"), r.err());
    assertFalse(r.err().contains("pages="), "no summary: nothing ran");
  }

  @Test
  void standardInputTwiceIsAUsageError() {
    assertEquals(2, Cli.run("-", "-").status());
  }

  @Test
  void progressFollowsStderrAloneAndQuietIsAnOption() {
    assertTrue(Progress.isTerminalDevice("/dev/pts/3"));
    assertTrue(Progress.isTerminalDevice("/dev/tty1"));
    assertFalse(Progress.isTerminalDevice("/tmp/out.log"));
    assertFalse(Progress.isTerminalDevice("pipe:[12345]"));
    Cli.Run r = Cli.run("--quiet", "seeds/000_80aec37026caf1fe.txt");
    assertEquals(0, r.status(), r.err());
  }

  /**
   * Every reason the CLI can write (rejections and unreadable inputs) is in the README's one list.
   */
  @Test
  void everyReasonCodeIsDocumented() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("### Error reasons");
    assertTrue(start >= 0, "README has an 'Error reasons' section");
    String section = readme.substring(start, readme.indexOf("\n## ", start));
    Set<String> documented = new LinkedHashSet<>();
    Matcher m = Pattern.compile("^\\| `([A-Z_]+)` \\|", Pattern.MULTILINE).matcher(section);
    while (m.find()) {
      documented.add(m.group(1));
    }
    Set<String> emitted = new LinkedHashSet<>(Unreadable.REASONS);
    for (RejectionReason r : RejectionReason.values()) {
      emitted.add(r.name());
    }
    assertEquals(emitted, documented);
  }
}
