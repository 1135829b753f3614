package org.zhengwen.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.zhengwen.Article;
import org.zhengwen.CharsetSource;
import org.zhengwen.ChromeKind;
import org.zhengwen.Extracted;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Extractor;
import org.zhengwen.InputKind;
import org.zhengwen.PageHints;
import org.zhengwen.Rejected;
import org.zhengwen.RejectionReason;
import org.zhengwen.RemovedBlock;
import org.zhengwen.Zhengwen;

/** The public API, used from outside the library's packages as a caller would. */
class ExtractionApiTest {

  /** A page-text dump of an invented portal, with one block of each common chrome kind. */
  static final String PORTAL_DUMP =
      """
      首页 新闻 体育 娱乐 财经 科技 汽车 房产
      网站首页 > 本地新闻 > 正文
      春运首日全市客流平稳有序
      2023-01-07 09:15:20  来源：某某晚报
      记者 王小明 通讯员 李华
      　　记者从市交通运输局获悉，春运首日全市共发送旅客十二万人次，同比增长两成，各站秩序平稳。
      　　为应对客流高峰，市交通部门提前增开了夜间公交线路，并在火车站设置了临时候车区。
      一站式服务
      　　今年起，旅客可以在站内自助机上办理改签和退票，平均办理时间缩短到两分钟以内。
      责任编辑：赵敏
      分享到：
      上一篇：市区新增三条公交线路
      下一篇：没有了
      相关新闻
      市区新增三条公交线路
      高速公路春运期间免费通行时间公布
      网友评论
      免责声明：本网转载内容仅供参考，不代表本网观点。
      Copyright © 2023 某某网 版权所有 京ICP备00000000号
      """;

  @Test
  void portalDumpComesOutClean() {
    Extracted e =
        assertInstanceOf(
            Extracted.class, Zhengwen.extract(PORTAL_DUMP.getBytes(StandardCharsets.UTF_8)));
    Article a = e.article();
    assertEquals(InputKind.TEXT, e.inputKind());
    assertEquals("春运首日全市客流平稳有序", a.title().orElseThrow());
    assertEquals("2023-01-07T09:15:20", a.published().orElseThrow().toString());
    assertEquals("某某晚报", a.source().orElseThrow());
    assertEquals(List.of("王小明", "李华"), a.authors());
    assertEquals("赵敏", a.editor().orElseThrow());
    assertEquals("zh-Hans", a.language().orElseThrow());
    assertEquals("UTF-8", a.encoding().orElseThrow().name());
    assertEquals(
        List.of(
            "记者从市交通运输局获悉，春运首日全市共发送旅客十二万人次，同比增长两成，各站秩序平稳。",
            "为应对客流高峰，市交通部门提前增开了夜间公交线路，并在火车站设置了临时候车区。",
            "一站式服务",
            "今年起，旅客可以在站内自助机上办理改签和退票，平均办理时间缩短到两分钟以内。"),
        a.paragraphs());

    Set<ChromeKind> reasons =
        e.removed().stream().map(RemovedBlock::reason).collect(Collectors.toSet());
    assertTrue(
        reasons.containsAll(
            Set.of(
                ChromeKind.NAVIGATION,
                ChromeKind.BREADCRUMB,
                ChromeKind.METADATA,
                ChromeKind.SHARE,
                ChromeKind.PAGER,
                ChromeKind.RELATED,
                ChromeKind.COMMENT,
                ChromeKind.DISCLAIMER,
                ChromeKind.COPYRIGHT)),
        () -> "reasons seen: " + reasons);
  }

  @Test
  void everyRemovedBlockSaysWhy() {
    Extracted e = (Extracted) Zhengwen.extractText(PORTAL_DUMP);
    for (RemovedBlock r : e.removed()) {
      assertFalse(r.detail().isBlank(), () -> "no detail for " + r);
      assertFalse(r.text().isBlank(), () -> "no text for " + r);
    }
  }

  @Test
  void gbkBytesUnderGb2312LabelInHtml() {
    String html =
        "<html><head><meta charset=\"gb2312\"><title>朱镕基与王喆的故事_新闻中心_某网</title></head><body>"
            + "<h1>朱镕基与王喆的故事</h1><div class=\"content\"><p>"
            + "这是一段用于测试的正文，讲述了两个人的故事。".repeat(8)
            + "</p><p>"
            + "第二段正文也足够长，包含句号和逗号，读起来像文章。".repeat(6)
            + "</p></div></body></html>";
    ExtractionResult r = Zhengwen.extract(html.getBytes(Charset.forName("GBK")));
    Extracted e = assertInstanceOf(Extracted.class, r, () -> r.toString());
    assertEquals("GB18030", e.article().encoding().orElseThrow().name());
    assertEquals(CharsetSource.META, e.article().encoding().orElseThrow().source());
    assertEquals(InputKind.HTML, e.inputKind());
    assertTrue(e.article().text().contains("两个人的故事"));
  }

  @Test
  void emptyInputIsRejected() {
    assertRejected(RejectionReason.EMPTY, Zhengwen.extract(new byte[0]));
    assertRejected(
        RejectionReason.EMPTY, Zhengwen.extract(" \n\t\r\n".getBytes(StandardCharsets.US_ASCII)));
    assertRejected(RejectionReason.EMPTY, Zhengwen.extractText("\u3000\u00a0\n"));
  }

  @Test
  void binaryInputIsRejected() {
    byte[] png = {
      (byte) 0x89,
      'P',
      'N',
      'G',
      '\r',
      '\n',
      0x1a,
      '\n',
      0,
      0,
      0,
      13,
      'I',
      'H',
      'D',
      'R',
      0,
      0,
      1,
      0
    };
    assertRejected(RejectionReason.BINARY, Zhengwen.extract(png));
    assertRejected(
        RejectionReason.BINARY,
        Zhengwen.extract("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)));
  }

  @Test
  void bareErrorPageIsRejected() {
    assertRejected(RejectionReason.ERROR_PAGE, Zhengwen.extractText("404 Not Found\n\nnginx\n"));
    String html =
        "<html><head><title>404 Not Found</title></head><body><center><h1>404 Not Found</h1></center>"
            + "<hr><center>nginx/1.20.1</center></body></html>";
    ExtractionResult r = Zhengwen.extract(html.getBytes(StandardCharsets.US_ASCII));
    assertTrue(
        r instanceof Rejected rej
            && (rej.reason() == RejectionReason.ERROR_PAGE
                || rej.reason() == RejectionReason.NO_ARTICLE),
        () -> "got " + r);
  }

  @Test
  void pageOfOnlyChromeHasNoArticle() {
    String dump = "首页 新闻 体育 娱乐 财经 科技\n首页 > 新闻 > 正文\n相关推荐\n版权所有 某某网\n";
    assertRejected(RejectionReason.NO_ARTICLE, Zhengwen.extractText(dump));
  }

  @Test
  void sizeLimitIsATypedRejection() {
    Extractor small = Extractor.builder().maxInputBytes(100).build();
    assertRejected(RejectionReason.TOO_LARGE, small.extract(new byte[101], PageHints.none()));
    assertThrows(IllegalArgumentException.class, () -> Extractor.builder().maxInputBytes(0));
  }

  @Test
  void callerCanForceTheInputKind() {
    String text = "<p>这不是网页，而是一段提到了标签的纯文本。</p>";
    Extracted e =
        (Extracted)
            Extractor.standard().extractText(text, PageHints.none().withKind(InputKind.TEXT));
    assertEquals(InputKind.TEXT, e.inputKind());
    assertEquals(List.of(text), e.article().paragraphs());
  }

  @Test
  void urlHintIsUsedWhenThePageNamesNone() {
    Extracted e =
        (Extracted)
            Extractor.standard()
                .extractText(
                    PORTAL_DUMP, PageHints.none().withUrl("https://example.com/news/1.html"));
    assertEquals("https://example.com/news/1.html", e.article().url().orElseThrow());
  }

  private static void assertRejected(RejectionReason expected, ExtractionResult r) {
    Rejected rej = assertInstanceOf(Rejected.class, r, () -> "expected a rejection, got " + r);
    assertEquals(expected, rej.reason(), rej.message());
    assertFalse(rej.message().isBlank());
  }
}
