package org.zhengwen.golden;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Golden checks as assertions, for any test framework: each method returns quietly when every page
 * matches and otherwise throws an {@link AssertionError} whose message is the readable report, with the
 * field-level diff of every page that differs. JUnit, TestNG and others report it as a test failure.
 *
 * <pre>{@code
 * @Test
 * void pagesStillExtractTheSame() {
 *   GoldenAssertions.assertMatches(Path.of("src/test/pages"), Path.of("src/test/expected"));
 * }
 * }</pre>
 */
public final class GoldenAssertions {
  private GoldenAssertions() {}

  /**
   * Asserts that every page in a folder matches the expected file beside it.
   *
   * @param dir the folder of pages and their {@code .json} files
   * @throws AssertionError if a page differs, has no expected file, yields no article, or the folder holds
   *     no pages or cannot be read
   */
  public static void assertMatches(Path dir) {
    assertMatches(dir, dir);
  }

  /**
   * Asserts that every page in {@code pagesDir} matches its expected file in {@code expectedDir}.
   *
   * @param pagesDir the folder of pages
   * @param expectedDir the folder of expected files
   * @throws AssertionError if a page differs, has no expected file, yields no article, or the folder holds
   *     no pages or cannot be read
   */
  public static void assertMatches(Path pagesDir, Path expectedDir) {
    GoldenReport report;
    try {
      report = GoldenCheck.standard().check(pagesDir, expectedDir);
    } catch (IOException e) {
      throw new AssertionError("cannot list the pages in " + pagesDir + ": " + e, e);
    }
    assertPassed(report);
  }

  /**
   * Asserts that a report passed.
   *
   * @param report a report from {@link GoldenCheck}
   * @throws AssertionError with the formatted report if it did not pass
   */
  public static void assertPassed(GoldenReport report) {
    if (!report.passed()) {
      throw new AssertionError(report.format());
    }
  }

  /**
   * Asserts that one page's entry is {@link GoldenReport.Status#OK}.
   *
   * @param entry an entry from {@link GoldenCheck#checkPage}
   * @throws AssertionError with the entry's diff if it is not
   */
  public static void assertPassed(GoldenReport.Entry entry) {
    if (!entry.ok()) {
      throw new AssertionError(entry.format());
    }
  }
}
