package org.zhengwen.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengwen.json.ArticleJson;

/** The golden-test kit on the project's own seeds and on edited copies of their expected files. */
class GoldenCheckTest {
  static final Path SEEDS = Paths.get("seeds");
  static final Path TESTDATA = Paths.get("testdata");
  static final String FIRST = "000_80aec37026caf1fe.txt";

  @TempDir Path tmp;

  /** Copies seeds/ to tmp/pages and testdata/ to tmp/expected; returns tmp. */
  static Path copyProjectGoldens(Path tmp) throws IOException {
    copyFolder(SEEDS, tmp.resolve("pages"));
    copyFolder(TESTDATA, tmp.resolve("expected"));
    return tmp;
  }

  static void copyFolder(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> s = Files.list(from)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Files.copy(p, to.resolve(p.getFileName()));
      }
    }
  }

  /** Replaces the title in an expected file with a wrong one. */
  static void editTitle(Path expectedFile) throws IOException {
    String json = Files.readString(expectedFile, StandardCharsets.UTF_8);
    String title = ArticleJson.text(ArticleJson.parse(json), "title").orElseThrow();
    Files.writeString(expectedFile, json.replace(title, "一个错误的标题"), StandardCharsets.UTF_8);
  }

  @Test
  void projectSeedsMatchTestdata() throws IOException {
    GoldenReport report = GoldenCheck.standard().check(SEEDS, TESTDATA);
    assertTrue(report.passed(), report::format);
    assertEquals(5, report.entries().size());
    assertTrue(report.format().startsWith("golden check: 5 of 5 pages match"), report::format);
    GoldenAssertions.assertMatches(SEEDS, TESTDATA);
  }

  @Test
  void anEditedExpectedFileFailsWithAFieldDiffAndUpdateRewritesIt() throws IOException {
    Path root = copyProjectGoldens(tmp);
    Path pages = root.resolve("pages");
    Path expected = root.resolve("expected");
    Path edited = expected.resolve(FIRST + ".json");
    String original = Files.readString(edited, StandardCharsets.UTF_8);
    editTitle(edited);

    GoldenReport report = GoldenCheck.standard().check(pages, expected);
    assertFalse(report.passed());
    assertEquals(1, report.failures().size());
    GoldenReport.Entry bad = report.failures().get(0);
    assertEquals(GoldenReport.Status.DIFFERS, bad.status());
    assertEquals(pages.resolve(FIRST), bad.page());
    assertEquals(1, bad.details().size(), bad::format);
    assertTrue(bad.details().get(0).startsWith("title:"), bad::format);
    assertTrue(report.format().contains("expected: \"一个错误的标题\""), report::format);
    assertTrue(report.format().contains("疫情在哪里"), report::format);

    AssertionError error =
        assertThrows(AssertionError.class, () -> GoldenAssertions.assertMatches(pages, expected));
    assertTrue(
        error.getMessage().contains("DIFFERS") && error.getMessage().contains("title:"),
        error::getMessage);

    GoldenReport updated = GoldenCheck.standard().update(pages, expected);
    assertEquals(List.of(edited), updated.written());
    assertEquals(original, Files.readString(edited, StandardCharsets.UTF_8));
    assertTrue(GoldenCheck.standard().check(pages, expected).passed());
  }

  @Test
  void expectedFilesBesideThePages() throws IOException {
    copyFolder(SEEDS, tmp);
    copyFolder(TESTDATA, tmp);
    Files.writeString(tmp.resolve(".hidden"), "not a page", StandardCharsets.UTF_8);
    GoldenReport report = GoldenCheck.standard().check(tmp);
    assertTrue(report.passed(), report::format);
    assertEquals(5, report.entries().size(), "the .json files and hidden files are not pages");
    GoldenAssertions.assertMatches(tmp);
  }

  @Test
  void missingExpectedFileIsReportedAndUpdateCreatesIt() throws IOException {
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    Files.copy(SEEDS.resolve(FIRST), pages.resolve(FIRST));
    Path expected = tmp.resolve("expected-not-yet");

    GoldenReport report = GoldenCheck.standard().check(pages, expected);
    assertEquals(GoldenReport.Status.MISSING_EXPECTED, report.entries().get(0).status());
    assertFalse(report.passed());

    GoldenReport updated = GoldenCheck.standard().update(pages, expected);
    assertEquals(List.of(expected.resolve(FIRST + ".json")), updated.written());
    assertEquals(
        Files.readString(TESTDATA.resolve(FIRST + ".json"), StandardCharsets.UTF_8),
        Files.readString(expected.resolve(FIRST + ".json"), StandardCharsets.UTF_8));
    assertTrue(GoldenCheck.standard().check(pages, expected).passed());
    assertEquals(
        List.of(),
        GoldenCheck.standard().update(pages, expected).written(),
        "nothing left to write");
  }

  @Test
  void rejectedPagesAndBrokenExpectedFilesAreReported() throws IOException {
    Files.write(tmp.resolve("empty.html"), new byte[0]);
    Files.copy(SEEDS.resolve(FIRST), tmp.resolve(FIRST));
    Files.writeString(tmp.resolve(FIRST + ".json"), "{ not json", StandardCharsets.UTF_8);

    GoldenReport report = GoldenCheck.standard().check(tmp);
    assertEquals(GoldenReport.Status.ERROR, report.entries().get(0).status(), report::format);
    assertEquals(GoldenReport.Status.REJECTED, report.entries().get(1).status(), report::format);
    assertTrue(report.entries().get(1).details().get(0).contains("EMPTY"), report::format);

    GoldenReport updated = GoldenCheck.standard().update(tmp);
    assertEquals(
        List.of(tmp.resolve(FIRST + ".json")), updated.written(), "a rejected page gets no file");
    assertFalse(Files.exists(tmp.resolve("empty.html.json")));
  }

  @Test
  void anEmptyFolderDoesNotPass() throws IOException {
    GoldenReport report = GoldenCheck.standard().check(tmp);
    assertFalse(report.passed());
    assertTrue(report.format().contains("no pages found"));
    assertThrows(
        AssertionError.class, () -> GoldenAssertions.assertMatches(tmp.resolve("no-such-folder")));
  }
}
