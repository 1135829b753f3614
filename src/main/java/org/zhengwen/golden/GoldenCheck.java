package org.zhengwen.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.zhengwen.Extracted;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Extractor;
import org.zhengwen.PageHints;
import org.zhengwen.Rejected;
import org.zhengwen.json.ArticleJson;
import org.zhengwen.json.FieldDiff;

/**
 * Checks pages against expected Article JSON files ("golden files") and rewrites those files after
 * a deliberate change.
 *
 * <p>Each page {@code NAME} in a folder is paired with {@code NAME.json} (see {@link
 * #expectedFileName}), either in the same folder ({@link #check(Path)}) or in a separate one
 * ({@link #check(Path, Path)}). Pages are the regular files directly in the folder, in name order,
 * except hidden files and, when the expected files live beside them, {@code .json} files.
 * Comparison is field by field over {@link ArticleJson#ARTICLE_FIELDS} with {@link FieldDiff}.
 *
 * <pre>{@code
 * GoldenReport report = GoldenCheck.standard().check(Path.of("pages"), Path.of("expected"));
 * if (!report.passed()) {
 *   System.err.println(report.format());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class GoldenCheck {
  private static final String SUFFIX = ".json";

  private final Extractor extractor;
  private final PageHints hints;

  private GoldenCheck(Extractor extractor, PageHints hints) {
    this.extractor = extractor;
    this.hints = hints;
  }

  /**
   * A check that extracts with {@link Extractor#standard()} and no hints.
   *
   * @return the check
   */
  public static GoldenCheck standard() {
    return new GoldenCheck(Extractor.standard(), PageHints.none());
  }

  /**
   * A check that extracts with the given extractor and hints (the same hints for every page).
   *
   * @param extractor the extractor, configured as in production
   * @param hints the hints passed with every page
   * @return the check
   */
  public static GoldenCheck using(Extractor extractor, PageHints hints) {
    return new GoldenCheck(
        Objects.requireNonNull(extractor, "extractor"), Objects.requireNonNull(hints, "hints"));
  }

  /**
   * The name of a page's expected file: the page's file name with {@code .json} appended ({@code
   * 001.html} → {@code 001.html.json}).
   *
   * @param page the page file
   * @return the expected file's name
   */
  public static String expectedFileName(Path page) {
    return page.getFileName() + SUFFIX;
  }

  /**
   * Checks every page in a folder whose expected files lie beside the pages.
   *
   * @param dir the folder of pages and their {@code .json} files
   * @return one entry per page
   * @throws IOException if the folder cannot be listed
   */
  public GoldenReport check(Path dir) throws IOException {
    return check(dir, dir);
  }

  /**
   * Checks every page in {@code pagesDir} against its expected file in {@code expectedDir}.
   *
   * @param pagesDir the folder of pages
   * @param expectedDir the folder of expected files (may be the same folder)
   * @return one entry per page
   * @throws IOException if the pages folder cannot be listed
   */
  public GoldenReport check(Path pagesDir, Path expectedDir) throws IOException {
    List<GoldenReport.Entry> entries = new ArrayList<>();
    for (Path page : pages(pagesDir, expectedDir)) {
      entries.add(checkPage(page, expectedDir.resolve(expectedFileName(page))));
    }
    return new GoldenReport(entries, List.of());
  }

  /**
   * Rewrites the expected file of every page in a folder whose expected files lie beside the pages.
   *
   * @param dir the folder of pages and their {@code .json} files
   * @return what a check found before the rewrite, and the files written
   * @throws IOException if the folder cannot be listed or a file cannot be written
   */
  public GoldenReport update(Path dir) throws IOException {
    return update(dir, dir);
  }

  /**
   * Rewrites the expected file, in {@code expectedDir}, of every page in {@code pagesDir} that
   * yields an article and does not already match (creating {@code expectedDir} if needed). Pages
   * that yield no article are reported as {@link GoldenReport.Status#REJECTED} and their files left
   * alone. Read the report (or the version-control diff) before committing the new files.
   *
   * @param pagesDir the folder of pages
   * @param expectedDir the folder of expected files (may be the same folder)
   * @return what a check found before the rewrite, and the files written
   * @throws IOException if the pages folder cannot be listed or a file cannot be written
   */
  public GoldenReport update(Path pagesDir, Path expectedDir) throws IOException {
    List<GoldenReport.Entry> entries = new ArrayList<>();
    List<Path> written = new ArrayList<>();
    for (Path page : pages(pagesDir, expectedDir)) {
      Path expected = expectedDir.resolve(expectedFileName(page));
      GoldenReport.Entry entry = checkPage(page, expected);
      entries.add(entry);
      if (updatePage(page, expected)) {
        written.add(expected);
      }
    }
    return new GoldenReport(entries, written);
  }

  /**
   * Checks one page against one expected file.
   *
   * @param page the page file
   * @param expected its expected Article JSON file
   * @return the page's entry; never throws for unreadable files (they are {@link
   *     GoldenReport.Status#ERROR})
   */
  public GoldenReport.Entry checkPage(Path page, Path expected) {
    JsonNode actual;
    try {
      ExtractionResult result = extractor.extract(page, hints);
      if (result instanceof Rejected r) {
        return entry(
            page,
            expected,
            GoldenReport.Status.REJECTED,
            "extraction rejected the page: " + r.reason() + ": " + r.message());
      }
      actual = ArticleJson.toNode(((Extracted) result).article());
    } catch (IOException e) {
      return entry(page, expected, GoldenReport.Status.ERROR, "cannot read the page: " + e);
    }
    if (!Files.exists(expected)) {
      return entry(
          page,
          expected,
          GoldenReport.Status.MISSING_EXPECTED,
          "no expected file yet: "
              + expected
              + " (an update writes it; review it before committing)");
    }
    JsonNode want;
    try {
      want = ArticleJson.parse(Files.readString(expected, StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      return entry(
          page,
          expected,
          GoldenReport.Status.ERROR,
          "cannot read the expected file: " + e.getMessage());
    }
    List<String> diff = FieldDiff.diff(want, actual);
    return new GoldenReport.Entry(
        page,
        expected,
        diff.isEmpty() ? GoldenReport.Status.OK : GoldenReport.Status.DIFFERS,
        diff);
  }

  /**
   * Writes a page's extracted article to its expected file, unless the file already holds exactly
   * that text or the page yields no article.
   *
   * @param page the page file
   * @param expected its expected Article JSON file; its folder is created if missing
   * @return whether the file was written
   * @throws IOException if the page cannot be read or the file cannot be written
   */
  public boolean updatePage(Path page, Path expected) throws IOException {
    ExtractionResult result = extractor.extract(page, hints);
    if (!(result instanceof Extracted e)) {
      return false;
    }
    String json = ArticleJson.toPrettyString(ArticleJson.toNode(e.article()));
    if (Files.exists(expected) && Files.readString(expected, StandardCharsets.UTF_8).equals(json)) {
      return false;
    }
    Path parent = expected.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(expected, json, StandardCharsets.UTF_8);
    return true;
  }

  /**
   * Regular, non-hidden files directly in the folder, by name; {@code .json} files skipped when
   * expected files live there.
   */
  private static List<Path> pages(Path pagesDir, Path expectedDir) throws IOException {
    boolean beside = sameFolder(pagesDir, expectedDir);
    try (Stream<Path> s = Files.list(pagesDir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> !(beside && p.getFileName().toString().endsWith(SUFFIX)))
          .sorted()
          .toList();
    }
  }

  private static boolean sameFolder(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }

  private static GoldenReport.Entry entry(
      Path page, Path expected, GoldenReport.Status status, String detail) {
    return new GoldenReport.Entry(page, expected, status, List.of(detail));
  }
}
