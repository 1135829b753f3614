package org.zhengwen.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.zhengwen.Extractor;
import org.zhengwen.InputKind;
import org.zhengwen.PageHints;
import org.zhengwen.Zhengwen;

/**
 * Regression tests for what fuzzing found, one per finding, each with its input. Inputs of findings
 * that are fixed also live in the fuzz targets' {@code <TestClass>Inputs/<method>/} folders, where
 * a plain {@code mvn test} replays them; inputs of findings still open live in {@code
 * fuzz/findings/} (a failing input in an inputs folder would fail every build) until the fix lands.
 */
class FuzzFindingsTest {

  /**
   * Finding 1 (ExtractFuzzTest#extractBytes, fuzzing round 2): a line that starts with {@code |} or
   * {@code ｜} and has four or more items makes {@code LineRules.isMenuLine} call {@code charAt(0)}
   * on the empty first item of {@code MENU_SPLIT.split(...)}: StringIndexOutOfBoundsException, so
   * the whole page came back as INTERNAL_ERROR (fixed: empty items are skipped). Lines like {@code
   * | 首页 | 新闻 | 体育 | 娱乐 |} are common in text dumps.
   */
  @Test
  void lineStartingWithAPipeIsNotAnInternalError() throws IOException {
    ResultInvariants.check(Zhengwen.extractText("|首页|新闻|体育|娱乐\n"));
    ResultInvariants.check(
        Zhengwen.extractText("标题在这里\n| 首页 | 新闻 | 体育 | 娱乐 |\n这是一段正文，讲了一件事。这是第二句话，内容充实。\n"));
    ResultInvariants.check(Zhengwen.extractText("｜首页｜新闻｜体育｜娱乐\n"));
    byte[] crash =
        resource("/org/zhengwen/fuzz/ExtractFuzzTestInputs/extractBytes/leading-pipe-menu-line");
    for (InputKind kind : InputKind.values()) {
      PageHints hints = PageHints.none().withKind(kind);
      ResultInvariants.check(Extractor.standard().extract(crash, hints));
      ResultInvariants.check(
          Extractor.standard().extract(crash, hints.withContentType("text/html")));
    }
  }

  /**
   * Finding 0 (seed corpus, before fuzzing): {@code &#xD800;} reached the output as an unpaired
   * surrogate.
   */
  @Test
  void characterReferencesToSurrogatesAreNotLeaked() throws IOException {
    byte[] page =
        resource("/org/zhengwen/fuzz/ExtractFuzzTestInputs/extractBytes/html-ncr-surrogates.html");
    for (InputKind kind : InputKind.values()) {
      ResultInvariants.check(Zhengwen.extract(page, PageHints.none().withKind(kind)));
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = FuzzFindingsTest.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      return in.readAllBytes();
    }
  }
}
