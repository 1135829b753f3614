package org.zhengwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengwen.json.ArticleJson;

class MainTest {
  @TempDir Path dir;

  private record Run(int status, List<JsonNode> lines) {}

  private static Run run(String... args) {
    StringWriter buf = new StringWriter();
    int status = Main.run(new PrintWriter(buf), args);
    List<JsonNode> lines = buf.toString().lines().map(ArticleJson::parse).toList();
    return new Run(status, lines);
  }

  @Test
  void seedsFolderGivesOneOkRecordPerPage() {
    Run r = run("seeds");
    assertEquals(0, r.status());
    assertEquals(5, r.lines().size());
    for (JsonNode line : r.lines()) {
      assertEquals("ok", line.get("status").asText(), line.toString());
      assertTrue(line.get("paragraphs").size() > 0);
      assertTrue(line.get("title").isTextual());
    }
  }

  @Test
  void badInputYieldsAnErrorLineAndTheRunGoesOn() throws IOException {
    Path empty = Files.write(dir.resolve("a-empty.html"), new byte[0]);
    Path page =
        Files.writeString(
            dir.resolve("b-page.txt"),
            "标题在这里\n2024-01-02 10:00 来源：某报\n这是一段正文，讲了一件事。这是第二句话，内容充实。\n",
            StandardCharsets.UTF_8);
    Files.createSymbolicLink(dir.resolve("c-gone.html"), dir.resolve("missing.html"));
    Run r = run(dir.toString());
    assertEquals(1, r.status());
    assertEquals(3, r.lines().size());
    assertEquals(empty.toString(), r.lines().get(0).get("input").asText());
    assertEquals("error", r.lines().get(0).get("status").asText());
    assertEquals("EMPTY", r.lines().get(0).get("reason").asText());
    assertEquals(page.toString(), r.lines().get(1).get("input").asText());
    assertEquals("ok", r.lines().get(1).get("status").asText());
    assertEquals("2024-01-02T10:00", r.lines().get(1).get("published").asText());
    assertEquals("error", r.lines().get(2).get("status").asText());
    assertEquals("IO_ERROR", r.lines().get(2).get("reason").asText());
  }

  @Test
  void explainAddsRemovedBlocksWithReasons() {
    Run r = run("--explain", "seeds/003_7338b84b37e44bba.txt");
    JsonNode removed = r.lines().get(0).get("removed");
    assertTrue(removed.size() > 0);
    boolean sawBreadcrumb = false;
    for (JsonNode b : removed) {
      assertTrue(b.get("reason").isTextual() && b.get("text").isTextual());
      sawBreadcrumb |= "BREADCRUMB".equals(b.get("reason").asText());
    }
    assertTrue(sawBreadcrumb);
  }

  /**
   * A stand-in for a subcommand such as {@code golden}: Main's PATH must not be required for it to
   * run.
   */
  @picocli.CommandLine.Command(name = "probe")
  static final class Probe implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      return 42;
    }
  }

  @Test
  void subcommandsCanBeRegistered() {
    picocli.CommandLine cl = Main.commandLine(new Main(new PrintWriter(new StringWriter())));
    cl.addSubcommand(new Probe());
    assertEquals(42, cl.execute("probe"));
  }

  @Test
  void usageErrorExitsWithTwo() {
    assertEquals(2, run().status());
    assertEquals(2, run("--no-such-option", "seeds").status());
  }
}
