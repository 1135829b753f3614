package org.zhengwen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengwen.Extracted;
import org.zhengwen.Extractor;
import org.zhengwen.PageHints;
import org.zhengwen.RemovedBlock;

/**
 * The explain view's content and safety, without a browser (see {@link ExplainViewBrowserTest} for
 * rendering).
 */
class ExplainViewTest {
  static final Path SEED_004 = Path.of("seeds/004_e3e6cc0eb7aaefdc.txt");

  @TempDir Path tmp;

  static Document explain(Path page, Path html) throws IOException {
    Cli.Run r = Cli.run("explain", page.toString(), "-o", html.toString());
    assertEquals(0, r.status(), r.err());
    return Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
  }

  @Test
  void seed004ShowsEveryBlockInReadingOrderWithRemovedReasons() throws IOException {
    Document doc = explain(SEED_004, tmp.resolve("004.html"));
    Extracted e =
        (Extracted) Extractor.standard().extract(Files.readAllBytes(SEED_004), PageHints.none());
    List<String> reasons = doc.select(".removed").eachAttr("data-reason");
    assertEquals(e.removed().stream().map(r -> r.reason().name()).toList(), reasons);
    assertEquals(e.article().paragraphs(), doc.select(".kept").eachText());
    Element stub = doc.selectFirst("#blocks > .block");
    assertEquals(
        "ERROR_STUB", stub.attr("data-reason"), "the 404 stub comes first, before the region");
    assertTrue(
        doc.select("#region .removed").isEmpty(), "the region holds kept blocks only on this page");
    Element duplicate = doc.selectFirst("[data-reason=DUPLICATE_TITLE]");
    assertTrue(
        duplicate.previousElementSiblings().is("#region"),
        "the repeated title comes after the region");
    assertEquals(
        "党员干部下沉一线:争做战疫“急先锋”,当好寒冬“点灯人”",
        doc.select("#metadata tr:contains(title) td").first().text());
    assertTrue(
        doc.select("#trail li").text().contains("removed 9 blocks"), doc.select("#trail").text());
  }

  @Test
  void pageTextIsEscapedAndTheFileHasNoScriptOrRemoteResource() throws IOException {
    Path page =
        Files.writeString(
            tmp.resolve("evil.html"),
            "<html><head><title>标题</title>"
                + "<link rel=stylesheet href=http://127.0.0.1:1/x.css><script>alert('page')</script></head><body>"
                + "<div class=article><h1>一个标题在这里</h1><p>2024-03-05 10:00 来源：某某日报</p>"
                + "<p>正文第一段说明 &lt;script&gt;alert(1)&lt;/script&gt; 这样的文字只是文字，绝不会被执行，读者看到的就是原样的尖括号。</p>"
                + "<p>正文第二段也很长，讲述了事情的经过和结果，市民可以通过官方网站查询全文，&lt;img src=x onerror=alert(2)&gt; 也一样。</p>"
                + "</div></body></html>",
            StandardCharsets.UTF_8);
    Path html = tmp.resolve("evil.explain.html");
    Document doc = explain(page, html);
    assertTrue(
        doc.select("script, img, link, iframe, object, embed, [src], [href]").isEmpty(),
        doc.html());
    assertTrue(doc.text().contains("<script>alert(1)</script>"), "shown as text: " + doc.text());
    assertTrue(
        doc.select("meta[http-equiv=Content-Security-Policy]")
            .attr("content")
            .contains("default-src 'none'"));
    String raw = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(!raw.contains("<script") && !raw.contains("http://"), raw);
  }

  @Test
  void theOutputMayNotBeThePageAndMissingPagesAreUsageErrors() throws IOException {
    Path copy = Files.copy(SEED_004, tmp.resolve("page.txt"));
    byte[] before = Files.readAllBytes(copy);
    assertEquals(2, Cli.run("explain", copy.toString(), "-o", copy.toString()).status());
    assertArrayEquals(before, Files.readAllBytes(copy), "the page is untouched");
    assertEquals(2, Cli.run("explain", tmp.resolve("none.html").toString()).status());
  }

  @Test
  void aRejectedPageShowsWhy() throws IOException {
    Path empty = Files.write(tmp.resolve("empty.html"), new byte[0]);
    Cli.Run r = Cli.run("explain", empty.toString(), "-o", tmp.resolve("e.html").toString());
    assertEquals(1, r.status());
    Document doc = Jsoup.parse(Files.readString(tmp.resolve("e.html"), StandardCharsets.UTF_8));
    assertEquals("EMPTY", doc.selectFirst(".rejected").attr("data-reason"));
  }

  @Test
  void readingOrderInterleavesByPositionAndFindsRepeatsAtTheirNextOccurrence() {
    RemovedBlock title = new RemovedBlock(org.zhengwen.ChromeKind.TITLE, "title", "Headline");
    RemovedBlock again =
        new RemovedBlock(org.zhengwen.ChromeKind.DUPLICATE_TITLE, "same", "Headline");
    List<ReadingOrder.Block> blocks =
        ReadingOrder.of(
            "Headline\nFirst para.\nSecond para.\nHeadline\n",
            List.of("First para.", "Second para."),
            List.of(title, again));
    assertEquals(
        List.of("Headline", "First para.", "Second para.", "Headline"),
        blocks.stream().map(ReadingOrder.Block::text).toList());
    assertEquals(again, blocks.get(3).removed());
  }
}
