package org.zhengwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --figures}: a figure's caption and credit are kept, as text and as a Figure block. */
class FiguresOptionTest {
  private static final String PROSE =
      "The council met on Tuesday evening to discuss the budget, and the vote was close. "
          + "Members argued for hours about the new library, the roads and the school buses. ";

  @TempDir Path dir;

  private Path page() throws IOException {
    Path page = dir.resolve("budget.html");
    Files.writeString(
        page,
        "<html><head><title>Budget</title></head><body><article><h1>Budget</h1><p>"
            + PROSE.repeat(3)
            + "</p><figure><img src='https://img.example.com/library.jpg' alt='The library'>"
            + "<figcaption>The library will be rebuilt. <span class=credit>Photo: Ann Lee</span>"
            + "</figcaption></figure><p>"
            + PROSE.repeat(2)
            + "</p></article></body></html>",
        StandardCharsets.UTF_8);
    return page;
  }

  @Test
  void figuresAreKeptOnlyWhenAskedFor() throws IOException {
    Path page = page();
    Cli.Run plain = Cli.run("-q", page.toString());
    Cli.Run asked = Cli.run("-q", "--figures", page.toString());
    assertEquals(0, asked.status(), asked.err());
    assertFalse(plain.rawLines().get(0).contains("Ann Lee"), plain.rawLines().get(0));
    String paragraphs = asked.lines().get(0).get("paragraphs").toString();
    assertTrue(
        paragraphs.contains("\"The library will be rebuilt.\",\"Photo: Ann Lee\""), paragraphs);
  }

  @Test
  void figuresShowInTheArticleFiles() throws IOException {
    Path page = page();
    Path out = dir.resolve("md");
    Cli.Run r =
        Cli.run(
            "-q",
            "--figures",
            "--format",
            "markdown",
            "--output-dir",
            out.toString(),
            page.toString());
    assertEquals(0, r.status(), r.err());
    String md = Files.readString(out.resolve("budget.md"));
    assertTrue(
        md.contains(
            "![The library](<https://img.example.com/library.jpg>)\n\n"
                + "The library will be rebuilt.\n\nPhoto: Ann Lee\n"),
        md);
  }
}
