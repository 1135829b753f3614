package org.zhengwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format} and {@code --output-dir}: one file per article, every input still a record. */
class FormatOptionTest {
  private static final String PROSE =
      "The council met on Tuesday evening to discuss the budget, and the vote was close. "
          + "Members argued for hours about the new library, the roads and the school buses. ";

  @TempDir Path dir;

  private int run(StringWriter out, StringWriter err, String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private Path pages() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("budget.html"),
        "<html><head><title>Budget</title></head><body><h1>Budget</h1><p>"
            + PROSE.repeat(3)
            + "</p><ul><li>Roads &amp; <script>x()</script>bridges</li><li>Library</li></ul><p>"
            + PROSE.repeat(2)
            + "</p></body></html>",
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("empty.html"), "<html><body></body></html>");
    return in;
  }

  @Test
  void markdownFilesAndARecordPerInput() throws IOException {
    Path in = pages();
    Path outDir = dir.resolve("md");
    StringWriter out = new StringWriter();
    int status =
        run(
            out,
            new StringWriter(),
            "-q",
            "--format",
            "markdown",
            "--output-dir",
            outDir.toString(),
            in.toString());
    assertEquals(1, status, "one input is no article");
    String[] records = out.toString().split("\n");
    assertEquals(2, records.length, out.toString());
    try (var files = Files.list(outDir)) {
      Path md = files.findFirst().orElseThrow();
      assertTrue(md.getFileName().toString().endsWith("budget.md"), md.toString());
      String text = Files.readString(md);
      assertTrue(text.startsWith("# Budget\n"), text);
      assertTrue(text.contains("\n- Roads \\& bridges\n- Library\n"), text);
      assertTrue(out.toString().contains("\"output_file\""), out.toString());
    }
  }

  @Test
  void htmlFilesAreSafeDocuments() throws IOException {
    Path in = pages();
    Path outDir = dir.resolve("html");
    run(
        new StringWriter(),
        new StringWriter(),
        "-q",
        "--format",
        "HTML",
        "--output-dir",
        outDir.toString(),
        in.toString());
    try (var files = Files.list(outDir)) {
      String html = Files.readString(files.findFirst().orElseThrow());
      assertTrue(html.contains("<li>Roads &amp; bridges</li>"), html);
      assertTrue(!html.contains("<script"), html);
    }
  }

  @Test
  void formatAndFolderGoTogether() throws IOException {
    Path in = pages();
    StringWriter err = new StringWriter();
    assertEquals(2, run(new StringWriter(), err, "--format", "text", in.toString()));
    assertTrue(err.toString().contains("needs --output-dir"), err.toString());
    assertEquals(
        2,
        run(new StringWriter(), new StringWriter(), "--output-dir", dir.toString(), in.toString()));
  }
}
