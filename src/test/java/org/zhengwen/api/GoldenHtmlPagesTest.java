package org.zhengwen.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhengwen.Extracted;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Extractor;
import org.zhengwen.PageHints;
import org.zhengwen.Rejected;
import org.zhengwen.golden.GoldenAssertions;
import org.zhengwen.golden.GoldenCheck;

/**
 * Golden pages for the HTML road: every folder {@code testdata/html/NAME/} holds a page, {@code
 * source.html} (raw bytes, in whatever charset the page declares or does not), and what it must
 * give: either {@code expected.json} (the Article record, compared field by field with the
 * golden-test kit, as for the seeds) and {@code expected.md} (the article's Markdown, which covers
 * the typed body blocks), or {@code expected-rejection.txt} (the {@link
 * org.zhengwen.RejectionReason} name, for pages that must not yield an article).
 *
 * <p>Update mode, as for {@link GoldenSeedsTest}: {@code mvn test -Dtest=GoldenHtmlPagesTest
 * -Dgolden.update=true} rewrites every expected file from the current extraction. Read the diff
 * before committing it.
 */
class GoldenHtmlPagesTest {
  private static final Path PAGES = Paths.get("testdata", "html");
  private static final String SOURCE = "source.html";
  private static final String EXPECTED_JSON = "expected.json";
  private static final String EXPECTED_MARKDOWN = "expected.md";
  private static final String EXPECTED_REJECTION = "expected-rejection.txt";
  private static final Extractor EXTRACTOR = Extractor.standard();
  private static final GoldenCheck GOLDEN = GoldenCheck.using(EXTRACTOR, PageHints.none());

  static Stream<Path> pages() throws IOException {
    try (Stream<Path> s = Files.list(PAGES)) {
      List<Path> dirs = s.filter(d -> Files.isRegularFile(d.resolve(SOURCE))).sorted().toList();
      assertFalse(dirs.isEmpty(), "no golden pages in " + PAGES.toAbsolutePath());
      return dirs.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void pageMatchesExpectedFiles(Path dir) throws IOException {
    ExtractionResult result = EXTRACTOR.extract(dir.resolve(SOURCE), PageHints.none());
    if (GoldenAssertions.updateRequested()) {
      update(dir, result);
    }
    if (Files.exists(dir.resolve(EXPECTED_REJECTION))) {
      String reason = Files.readString(dir.resolve(EXPECTED_REJECTION), StandardCharsets.UTF_8);
      Rejected rejected = assertInstanceOf(Rejected.class, result, "the page must be rejected");
      assertEquals(reason.strip(), rejected.reason().name(), rejected.message());
      return;
    }
    GoldenAssertions.assertPassed(
        GOLDEN.checkPage(dir.resolve(SOURCE), dir.resolve(EXPECTED_JSON)));
    Path markdown = dir.resolve(EXPECTED_MARKDOWN);
    assertTrue(Files.exists(markdown), "no " + markdown + " (an update writes it)");
    assertEquals(
        Files.readString(markdown, StandardCharsets.UTF_8),
        ((Extracted) result).article().toMarkdown(),
        "Markdown of " + dir);
  }

  /** Rewrites the page's expected files from the current extraction, one kind only. */
  private static void update(Path dir, ExtractionResult result) throws IOException {
    if (result instanceof Rejected r) {
      write(dir.resolve(EXPECTED_REJECTION), r.reason().name() + "\n");
      Files.deleteIfExists(dir.resolve(EXPECTED_JSON));
      Files.deleteIfExists(dir.resolve(EXPECTED_MARKDOWN));
      return;
    }
    Files.deleteIfExists(dir.resolve(EXPECTED_REJECTION));
    GOLDEN.updatePage(dir.resolve(SOURCE), dir.resolve(EXPECTED_JSON));
    write(dir.resolve(EXPECTED_MARKDOWN), ((Extracted) result).article().toMarkdown());
  }

  private static void write(Path file, String text) throws IOException {
    if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }
  }
}
