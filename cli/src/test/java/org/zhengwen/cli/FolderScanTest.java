package org.zhengwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folder scanning: pages by extension or content, everything else skipped by kind, unreadable
 * entries one line each.
 */
class FolderScanTest {
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };
  private static final byte[] ELF = {
    0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0
  };

  @TempDir Path dir;

  @BeforeEach
  void aBenchLikeFolder() throws IOException {
    write("001.html", TestPages.numbered(1));
    write("001.json", "{\"id\": \"001\", \"title\": \"第1号新闻标题\", \"body\": \"…\"}");
    write("002.htm", TestPages.numbered(2));
    write("002.json", "{\"id\": \"002\"}");
    write("003", TestPages.numbered(3)); // no extension: text, so a page
    write("robots.txt", "User-agent: *\nDisallow: /private/\n");
    Files.write(dir.resolve("logo.png"), PNG);
    Files.write(dir.resolve("tool"), ELF); // no extension: binary, so skipped
    write(".draft.html", TestPages.numbered(9));
    Files.createDirectories(dir.resolve(".git"));
    write(".git/HEAD.html", TestPages.numbered(10));
    Files.createSymbolicLink(dir.resolve("004.html"), dir.resolve("gone.html"));
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void onePerPagePlusOnePerUnreadableEntryAndTheRestSkippedByKind() {
    Cli.Run r = Cli.run(dir.toString());
    List<String> inputs = r.lines().stream().map(l -> l.get("input").asText()).toList();
    assertEquals(
        List.of(
            dir.resolve("001.html").toString(),
            dir.resolve("002.htm").toString(),
            dir.resolve("003").toString(),
            dir.resolve("004.html").toString()),
        inputs,
        r.err());
    for (int i = 0; i < 3; i++) {
      assertEquals("ok", r.lines().get(i).get("status").asText(), r.lines().get(i).toString());
    }
    assertEquals("IO_ERROR", r.lines().get(3).get("reason").asText());
    assertTrue(
        r.lines().get(3).get("error").asText().contains("dangling link"),
        r.lines().get(3).toString());
    assertEquals(1, r.status(), "an unreadable entry is an error: exit 1");
    assertEquals(3, r.count("ok"));
    assertEquals(1, r.count("error"));
    assertEquals(
        5,
        r.count("non-html"),
        "two answer files, robots.txt, the image and the binary: " + r.err());
    assertEquals(2, r.count("hidden"), "the hidden file and the hidden folder: " + r.err());
    assertEquals(7, r.count("skipped"));
  }

  @Test
  void excludingTheBrokenLinkGivesExitZero() {
    Cli.Run r = Cli.run("--exclude", "004.html", dir.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(3, r.lines().size());
    assertEquals(1, r.count("excluded"));
  }

  @Test
  void includeNarrowsTheScanByNameOrPath() throws IOException {
    Files.createDirectories(dir.resolve("news/2024"));
    write("news/2024/005.html", TestPages.numbered(5));
    Cli.Run byName = Cli.run("--include", "*.htm", dir.toString());
    assertEquals(
        List.of(dir.resolve("002.htm").toString()),
        byName.lines().stream().map(l -> l.get("input").asText()).toList(),
        byName.err());
    Cli.Run byPath = Cli.run("--include", "news/**", dir.toString());
    assertEquals(
        List.of(dir.resolve("news/2024/005.html").toString()),
        byPath.lines().stream().map(l -> l.get("input").asText()).toList(),
        byPath.err());
    assertEquals(0, byPath.status());
  }

  @Test
  void aFileNamedOnTheCommandLineIsReadWhateverItsName() throws IOException {
    Path answer = dir.resolve("001.json");
    Cli.Run r = Cli.run(answer.toString());
    assertEquals(1, r.lines().size(), "named explicitly, it is a page, as the user asked");
  }

  @Test
  void pageFileNamesAreData() {
    assertEquals(PageFiles.ByName.PAGE, PageFiles.byName("a.HTML"));
    assertEquals(PageFiles.ByName.PAGE, PageFiles.byName("crawl.warc.gz"));
    assertEquals(PageFiles.ByName.SNIFF, PageFiles.byName("index"));
    assertEquals(PageFiles.ByName.NOT_A_PAGE, PageFiles.byName("a.json"));
    assertEquals(PageFiles.ByName.NOT_A_PAGE, PageFiles.byName("ROBOTS.TXT"));
  }
}
