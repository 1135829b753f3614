package org.zhengwen.api;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhengwen.api.HostilePages.P1;
import static org.zhengwen.api.HostilePages.P2;
import static org.zhengwen.api.HostilePages.utf8;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.zhengwen.Extracted;
import org.zhengwen.ExtractionResult;
import org.zhengwen.InputKind;
import org.zhengwen.PageHints;
import org.zhengwen.Rejected;
import org.zhengwen.RejectionReason;
import org.zhengwen.Zhengwen;
import org.zhengwen.fuzz.ResultInvariants;

/**
 * Inputs shaped to hit worst cases: backtracking regular expressions, quadratic loops, deep
 * recursion (in the manner of commonmark-java's PathologicalTest). Each must finish well within its
 * limit with an article or a typed rejection; the limits are generous so that only a real blow-up
 * fails.
 */
class PathologicalTest {
  private static final Duration LIMIT = Duration.ofSeconds(20);

  /** Runs bytes through every input kind under the time limit and checks the results. */
  private static void survives(byte[] page) {
    survives(page, InputKind.values());
  }

  /** Runs bytes as the given input kinds, each under the time limit; returns the last result. */
  private static ExtractionResult survives(byte[] page, InputKind... kinds) {
    ExtractionResult last = null;
    for (InputKind kind : kinds) {
      last =
          assertTimeoutPreemptively(
              LIMIT,
              () -> {
                ExtractionResult r =
                    ResultInvariants.check(Zhengwen.extract(page, PageHints.none().withKind(kind)));
                if (r instanceof Rejected rej) {
                  assertNotEquals(RejectionReason.INTERNAL_ERROR, rej.reason(), rej::message);
                }
                return r;
              },
              () -> "as " + kind);
    }
    return last;
  }

  @Test
  void fiveMegabyteLineWithoutWhitespace() {
    survives(utf8("abcdefghij".repeat(500_000)));
    survives(utf8("<p>" + "正文没有空白".repeat(280_000) + "</p>"));
  }

  @Test
  void hundredThousandLinks() {
    StringBuilder b =
        new StringBuilder("<html><head><title>链接</title></head><body><div class=\"list\">");
    for (int i = 0; i < 100_000; i++) {
      b.append("<a href=\"/news/").append(i).append(".html\">新闻标题").append(i).append("</a> ");
    }
    b.append("</div><div class=\"content\"><p>")
        .append(P1)
        .append("</p><p>")
        .append(P2)
        .append("</p></div></body></html>");
    survives(utf8(b.toString()));
  }

  @Test
  void fiftyThousandParagraphs() {
    StringBuilder b =
        new StringBuilder(
            "<html><head><title>长文</title></head><body><h1>长文</h1><div class=\"content\">");
    for (int i = 0; i < 50_000; i++) {
      b.append("<p>").append(i % 2 == 0 ? P1 : P2).append(i).append("</p>");
    }
    b.append("</div></body></html>");
    // About 5 MB of HTML: a text-dump reading of the source adds nothing, so HTML and AUTO only.
    ExtractionResult r = survives(utf8(b.toString()), InputKind.HTML, InputKind.AUTO);
    assertTrue(
        r instanceof Extracted e && e.article().paragraphs().size() > 1000,
        () -> "an article: " + r);
  }

  @Test
  void oneMegabyteOfLessThanSigns() {
    survives(utf8("<".repeat(1 << 20)));
    survives(utf8("<html><body><p>" + "<".repeat(1 << 20) + "</p></body></html>"));
    survives(utf8("<!--" + "<!-".repeat(300_000)));
  }

  @Test
  void twoMegabyteDateLikeDigitRunInATextDump() {
    String head = "标题在这里\n";
    survives(utf8(head + "2020".repeat(1 << 19) + "\n" + P1 + "\n"));
    survives(utf8(head + "2020-02-07 ".repeat(190_000) + "\n" + P1 + "\n"));
    survives(utf8(head + "发布时间：" + "2020年02月07日".repeat(200_000) + "\n" + P1 + "\n"));
    survives(utf8(head + "来源:" + "12:".repeat(700_000) + "\n" + P1 + "\n"));
  }

  @Test
  void scriptsAndStylesOfEveryShape() {
    String article = "<div class=\"content\"><p>" + P1 + "</p><p>" + P2 + "</p></div>";
    // 100,000 small scripts, one 5 MB script, near-miss end tags: the script scan must stay linear.
    survives(
        utf8(
            "<html><body>"
                + "<script>var a = 1;</script>".repeat(100_000)
                + article
                + "</body></html>"));
    survives(
        utf8(
            "<html><body><script>"
                + "x = '</scrip';".repeat(400_000)
                + "</script>"
                + article
                + "</body></html>"));
    survives(
        utf8("<html><body>" + "<style>p{}</styl".repeat(200_000) + article + "</body></html>"));
    // Never closed: a script, a comment inside one, a quoted attribute value, a title.
    survives(utf8("<html><body>" + article + "<script>" + "<!--".repeat(300_000)));
    survives(utf8("<html><body>" + article + "<a title=\"" + "<script>".repeat(200_000)));
    survives(utf8("<html><head><title>" + "<script>a</script>".repeat(100_000)));
    ExtractionResult r =
        survives(
            utf8(
                "<html><body>"
                    + "<script>var s = '<p>not text</p>';</script>".repeat(50_000)
                    + article
                    + "</body></html>"),
            InputKind.HTML);
    assertTrue(
        r instanceof Extracted e && e.article().paragraphs().size() == 2,
        () -> "the article alone: " + r);
  }

  @Test
  void manyShortLinesOfChrome() {
    survives(utf8("首页 > 新闻 > 正文\n上一篇：没有了\n相关新闻\n".repeat(40_000)));
  }
}
