package org.zhengwen.golden;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden checks as assertions, for any test framework: each method returns quietly when every page
 * matches and otherwise throws an {@link AssertionError} whose message is the readable report, with
 * the field-level diff of every page that differs. JUnit, TestNG and others report it as a test
 * failure.
 *
 * <pre>{@code
 * @Test
 * void pagesStillExtractTheSame() {
 *   GoldenAssertions.assertMatches(Path.of("src/test/pages"), Path.of("src/test/expected"));
 * }
 * }</pre>
 *
 * <p><b>Update mode.</b> Run the same test with {@code -Dgolden.update=true} ({@code mvn test
 * -Dgolden.update=true}) or with the environment variable {@code ZHENGWEN_GOLDEN_UPDATE=true}, and
 * the {@code assertMatches} methods first write every missing expected file and rewrite every
 * changed one, log what they wrote (logger {@code org.zhengwen.golden}), and then check as usual:
 * the test passes unless a page yields no article. Review the written files before committing them.
 */
public final class GoldenAssertions {
  /** The system property that turns on update mode when {@code true}. */
  public static final String UPDATE_PROPERTY = "golden.update";

  /** The environment variable that turns on update mode when {@code true} or {@code 1}. */
  public static final String UPDATE_ENV = "ZHENGWEN_GOLDEN_UPDATE";

  private static final System.Logger LOG = System.getLogger("org.zhengwen.golden");
  private static final String HOW_TO_UPDATE =
      "To accept the current output, run the test again with -D"
          + UPDATE_PROPERTY
          + "=true (or "
          + UPDATE_ENV
          + "=true), review the written files and commit them.";

  private GoldenAssertions() {}

  /**
   * Whether update mode is on: the system property {@value #UPDATE_PROPERTY} is {@code true}, or
   * the environment variable {@value #UPDATE_ENV} is {@code true} or {@code 1}.
   *
   * @return true in update mode
   */
  public static boolean updateRequested() {
    String env = System.getenv(UPDATE_ENV);
    return Boolean.getBoolean(UPDATE_PROPERTY) || "1".equals(env) || "true".equalsIgnoreCase(env);
  }

  /**
   * Asserts that every page in a folder matches the expected file beside it; in update mode, writes
   * the expected files first.
   *
   * @param dir the folder of pages and their {@code .json} files
   * @throws AssertionError if a page differs, has no expected file, yields no article, or the
   *     folder holds no pages or cannot be read
   */
  public static void assertMatches(Path dir) {
    assertMatches(dir, dir);
  }

  /**
   * Asserts that every page in {@code pagesDir} matches its expected file in {@code expectedDir};
   * in update mode ({@link #updateRequested()}), writes missing and changed expected files first
   * and logs them.
   *
   * @param pagesDir the folder of pages
   * @param expectedDir the folder of expected files
   * @throws AssertionError if a page differs, has no expected file, yields no article, or the
   *     folder holds no pages or cannot be read
   */
  public static void assertMatches(Path pagesDir, Path expectedDir) {
    GoldenCheck golden = GoldenCheck.standard();
    GoldenReport report;
    try {
      if (updateRequested()) {
        LOG.log(System.Logger.Level.WARNING, golden.update(pagesDir, expectedDir).formatUpdate());
      }
      report = golden.check(pagesDir, expectedDir);
    } catch (IOException e) {
      throw new AssertionError(
          "cannot read or write the golden files in " + pagesDir + ": " + e, e);
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
      throw new AssertionError(report.format() + hint(report.failures()));
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
      throw new AssertionError(entry.format() + hint(List.of(entry)));
    }
  }

  /** How to accept the output, when some failure is one that an update resolves. */
  private static String hint(List<GoldenReport.Entry> failures) {
    boolean updatable =
        failures.stream()
            .anyMatch(
                e ->
                    e.status() == GoldenReport.Status.DIFFERS
                        || e.status() == GoldenReport.Status.MISSING_EXPECTED);
    return updatable ? "\n" + HOW_TO_UPDATE : "";
  }
}
