package org.zhengwen.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link GoldenAssertions} in a user's test: red without expected files, green after an update run,
 * and the update report.
 */
class GoldenUpdateModeTest {
  @TempDir Path tmp;

  @AfterEach
  void leaveUpdateModeOff() {
    System.clearProperty(GoldenAssertions.UPDATE_PROPERTY);
  }

  @Test
  void updateModeWritesMissingExpectedFilesAndThenPasses() throws IOException {
    Path pages = tmp.resolve("pages");
    Path expected = tmp.resolve("expected");
    GoldenCheckTest.copyFolder(GoldenCheckTest.SEEDS, pages);

    AssertionError first =
        assertThrows(AssertionError.class, () -> GoldenAssertions.assertMatches(pages, expected));
    assertTrue(first.getMessage().contains("MISSING_EXPECTED"), first::getMessage);
    assertTrue(
        first.getMessage().contains("-Dgolden.update=true"),
        "the failure says how to accept: " + first.getMessage());

    System.setProperty(GoldenAssertions.UPDATE_PROPERTY, "true");
    assertTrue(GoldenAssertions.updateRequested());
    GoldenAssertions.assertMatches(pages, expected);
    assertEquals(
        Files.readString(
            GoldenCheckTest.TESTDATA.resolve(GoldenCheckTest.FIRST + ".json"),
            StandardCharsets.UTF_8),
        Files.readString(
            expected.resolve(GoldenCheckTest.FIRST + ".json"), StandardCharsets.UTF_8));

    System.clearProperty(GoldenAssertions.UPDATE_PROPERTY);
    GoldenAssertions.assertMatches(pages, expected); // green without update mode too
  }

  @Test
  void updateModeStillFailsForAPageWithNoArticle() throws IOException {
    Files.createDirectories(tmp);
    Files.write(tmp.resolve("empty.html"), new byte[0]);
    System.setProperty(GoldenAssertions.UPDATE_PROPERTY, "true");
    AssertionError e =
        assertThrows(AssertionError.class, () -> GoldenAssertions.assertMatches(tmp));
    assertTrue(e.getMessage().contains("REJECTED"), e::getMessage);
    assertFalse(
        e.getMessage().contains("-Dgolden.update"),
        "an update cannot fix it, so it is not suggested");
  }

  @Test
  void theUpdateReportHasNoFailureHeadline() throws IOException {
    Path root = GoldenCheckTest.copyProjectGoldens(tmp);
    Path pages = root.resolve("pages");
    Path expected = root.resolve("expected");
    Files.delete(expected.resolve(GoldenCheckTest.FIRST + ".json"));
    GoldenCheckTest.editTitle(expected.resolve("001_533b4dedcd3154d9.txt.json"));
    String text = GoldenCheck.standard().update(pages, expected).formatUpdate();
    assertTrue(text.startsWith("golden update: wrote 2 files, 3 already up to date"), text);
    assertFalse(text.contains("pages match"), text);
    assertTrue(
        text.contains("wrote " + expected.resolve(GoldenCheckTest.FIRST + ".json") + " (new)"),
        text);
    assertTrue(
        text.contains(
            "wrote " + expected.resolve("001_533b4dedcd3154d9.txt.json") + " (changed)\n  title:"),
        text);
  }
}
