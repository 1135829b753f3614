package org.zhengwen.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhengwen.Article;
import org.zhengwen.CharsetSource;
import org.zhengwen.ChromeKind;
import org.zhengwen.Comment;
import org.zhengwen.Encoding;
import org.zhengwen.InputKind;
import org.zhengwen.PageHints;
import org.zhengwen.PageType;
import org.zhengwen.PublishedDate;
import org.zhengwen.Rejected;
import org.zhengwen.RejectionReason;
import org.zhengwen.Zhengwen;
import org.zhengwen.decode.DecodedPage;
import org.zhengwen.decode.PageDecoder;

/**
 * The API's small contracts: null-tolerant hints, the article builder, named date factories, decode
 * overloads.
 */
class ApiShapeTest {
  @Test
  void nullHintsMeanNone() {
    PageHints hints = PageHints.none().withUrl(null).withContentType(null);
    assertEquals(PageHints.none(), hints);
    assertEquals(
        Optional.of("https://example.com/a"), hints.withUrl("https://example.com/a").url());
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> PageHints.none().withKind(null));
    assertTrue(e.getMessage().contains("AUTO"), e.getMessage());
  }

  @Test
  void builderNamesEveryFieldAndAbsentMeansEmpty() {
    Article a = Article.builder().title("标题").url(null).paragraphs(List.of("正文。")).build();
    assertEquals(Optional.of("标题"), a.title());
    assertEquals(Optional.empty(), a.url());
    assertEquals(List.of("正文。"), a.paragraphs());
    assertEquals(PageType.ARTICLE, a.pageType());
    assertEquals(a, a.toBuilder().build());
    assertEquals(Optional.of("乙"), a.toBuilder().editor("乙").build().editor());
  }

  @Test
  void dateFactoriesSayTheirPrecision() {
    LocalDateTime t = LocalDateTime.of(2020, 1, 28, 11, 21, 31, 5);
    assertEquals("2020-01-28T11:21", PublishedDate.ofMinute(t).toString());
    assertEquals("2020-01-28T11:21:31", PublishedDate.ofSecond(t).toString());
    assertEquals(PublishedDate.ofSecond(t), PublishedDate.parse("2020-01-28T11:21:31"));
    assertEquals(PublishedDate.ofMinute(t), PublishedDate.parse("2020-01-28T11:21"));
  }

  @Test
  void recordsHaveFactoriesWithoutOptionalParameters() {
    assertEquals(
        new Rejected(RejectionReason.EMPTY, "no bytes", Optional.empty()),
        new Rejected(RejectionReason.EMPTY, "no bytes"));
    assertEquals(
        Optional.empty(), Encoding.of(StandardCharsets.UTF_8, CharsetSource.BOM, null).declared());
    assertEquals(
        Optional.of("gbk"),
        Encoding.of(StandardCharsets.UTF_8, CharsetSource.META, "gbk").declared());
    Comment c = Comment.of(null, null, "好");
    assertEquals(Optional.empty(), c.author());
    assertEquals("好", c.text());
  }

  @Test
  void metadataAndTitleAreMovedNotChrome() {
    assertFalse(ChromeKind.METADATA.isChrome());
    assertFalse(ChromeKind.TITLE.isChrome());
    assertTrue(ChromeKind.RELATED.isChrome());
  }

  @Test
  void decodeTakesAPlainHeaderOrNone() {
    byte[] gbk = "<p>中文</p>".getBytes(java.nio.charset.Charset.forName("GBK"));
    DecodedPage withHeader = PageDecoder.standard().decode(gbk, "text/html; charset=gbk");
    assertEquals(CharsetSource.HEADER, withHeader.encoding().source());
    DecodedPage without =
        PageDecoder.standard().decode("<p>abc</p>".getBytes(StandardCharsets.UTF_8));
    assertEquals("<p>abc</p>", without.text());
  }

  @Test
  void inputKindNamesWhatTheInputWasReadAs() {
    var result =
        Zhengwen.extractText(
            "<html><body><h1>标题</h1><p>" + "这是一段足够长的正文内容。".repeat(20) + "</p></body></html>");
    assertTrue(result instanceof org.zhengwen.Extracted, result.toString());
    assertEquals(InputKind.HTML, ((org.zhengwen.Extracted) result).inputKind());
  }

  @Test
  void onlyAnUnreadableFileThrows() {
    assertThrows(NoSuchFileException.class, () -> Zhengwen.extract(Path.of("no/such/page.html")));
  }
}
