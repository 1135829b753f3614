package org.zhengwen.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhengwen.api.HostilePages.P1;
import static org.zhengwen.api.HostilePages.P2;
import static org.zhengwen.api.HostilePages.P3;
import static org.zhengwen.api.HostilePages.TITLE;
import static org.zhengwen.api.HostilePages.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengwen.Article;
import org.zhengwen.Extracted;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Extractor;
import org.zhengwen.InputKind;
import org.zhengwen.PageHints;
import org.zhengwen.Rejected;
import org.zhengwen.RejectionReason;
import org.zhengwen.Zhengwen;
import org.zhengwen.fuzz.ResultInvariants;

/**
 * The bad-input catalogue: each kind of hostile or broken input a crawl hands over, with the
 * outcome the public API promises for it. Nothing here may throw; every result also passes {@link
 * ResultInvariants}.
 */
class BadInputTest {
  /**
   * Generous: these run in a few hundred milliseconds; the limit only catches hangs and blow-ups.
   */
  private static final Duration LIMIT = Duration.ofSeconds(20);

  @TempDir Path tmp;

  private static ExtractionResult extract(byte[] page) {
    return ResultInvariants.check(Zhengwen.extract(page));
  }

  private static Rejected rejected(RejectionReason reason, ExtractionResult result) {
    Rejected r =
        assertInstanceOf(Rejected.class, result, () -> "expected " + reason + ", got " + result);
    assertEquals(reason, r.reason(), r::message);
    assertFalse(r.message().isBlank());
    return r;
  }

  private static Article article(ExtractionResult result) {
    return assertInstanceOf(Extracted.class, result, () -> "expected an article, got " + result)
        .article();
  }

  // ---- empty ------------------------------------------------------------------------------------

  @Test
  void emptyInputIsEmpty() {
    rejected(RejectionReason.EMPTY, extract(new byte[0]));
    rejected(RejectionReason.EMPTY, ResultInvariants.check(Zhengwen.extractText("")));
  }

  @Test
  void whitespaceOnlyIsEmpty() {
    rejected(
        RejectionReason.EMPTY, extract(" \t\r\n\f \n\n   ".getBytes(StandardCharsets.US_ASCII)));
    // Non-ASCII padding: ideographic spaces, NBSP, a BOM and a zero-width space.
    rejected(RejectionReason.EMPTY, extract(utf8("\uFEFF\u3000\u3000\u00A0\n\u200B \u3000")));
    rejected(RejectionReason.EMPTY, ResultInvariants.check(Zhengwen.extractText("\u3000 \n\t")));
  }

  // ---- binary -----------------------------------------------------------------------------------

  @Test
  void pngIsBinary() {
    byte[] png = new byte[2048];
    byte[] head = {
      (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };
    System.arraycopy(head, 0, png, 0, head.length);
    fillRandom(png, head.length, 1);
    assertTrue(rejected(RejectionReason.BINARY, extract(png)).message().contains("PNG"));
  }

  @Test
  void pdfIsBinary() {
    byte[] pdf =
        utf8(
            "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    assertTrue(rejected(RejectionReason.BINARY, extract(pdf)).message().contains("PDF"));
  }

  @Test
  void gzipIsBinary() throws IOException {
    // A gzipped news page, as a crawler that forgot Content-Encoding would hand it over.
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
      gz.write(utf8(HostilePages.html("utf-8")));
    }
    assertTrue(
        rejected(RejectionReason.BINARY, extract(buf.toByteArray())).message().contains("gzip"));
  }

  @Test
  void randomBytesAreBinary() {
    for (int seed = 0; seed < 20; seed++) {
      byte[] noise = new byte[4096 + seed * 1000];
      fillRandom(noise, 0, seed);
      rejected(RejectionReason.BINARY, extract(noise));
    }
  }

  // ---- broken text ------------------------------------------------------------------------------

  @Test
  void truncatedMultiByteSequenceAtTheEnd() {
    // The page is cut inside the last character ("。") of its last paragraph; no closing tags
    // follow.
    truncated(StandardCharsets.UTF_8, P1, P2, P3);
    truncated(Charset.forName("GB18030"), P1, P2, P3);
    truncated(Charset.forName("Big5"), T1, T2, T3);
    truncated(Charset.forName("Shift_JIS"), J1, J2, J3);
  }

  private static final String T1 = "記者從市文化局獲悉，市立圖書館新館今天上午正式向市民開放，新館共有閱覽座位兩千個，藏書一百二十萬冊。";
  private static final String T2 = "新館設有兒童閱讀區、古籍修復展示區和數位體驗區，市民憑身分證即可免費辦理借閱證。";
  private static final String T3 = "據介紹，新館開放時間為每天上午九點至晚上九點，假日照常開放。";
  private static final String J1 = "市の文化局によると、市立図書館の新館がきょう午前に開館した。閲覧席は二千席、蔵書は百二十万冊に上る。";
  private static final String J2 = "新館には子ども向けの読書スペースや古書の修復を見学できる展示室、デジタル体験コーナーが設けられている。";
  private static final String J3 = "開館時間は毎日午前九時から午後九時までで、祝日も開館する。";

  private static void truncated(Charset cs, String p1, String p2, String p3) {
    String page =
        "<!DOCTYPE html><html><head><meta charset=\""
            + cs.name()
            + "\"><title>"
            + p1.substring(0, 12)
            + "</title></head><body><div class=\"content\"><h1>"
            + p1.substring(0, 12)
            + "</h1>\n<p>"
            + p1
            + "</p>\n<p>"
            + p2
            + "</p>\n<p>"
            + p3;
    byte[] full = page.getBytes(cs);
    byte[] cut = Arrays.copyOf(full, full.length - 1);
    Article a = article(extract(cut));
    assertEquals(List.of(p1, p2), a.paragraphs().subList(0, 2), cs::name);
    String last = a.paragraphs().get(a.paragraphs().size() - 1);
    String stem = p3.substring(0, p3.length() - 1);
    assertTrue(
        last.equals(stem) || last.equals(stem + "\uFFFD"),
        () ->
            cs.name()
                + ": the last paragraph should lose or replace only its last character: "
                + last);
  }

  @Test
  void mixedEncodingsKeepTheUtf8PartIntact() {
    // A UTF-8 page into which one paragraph (an ad, a syndicated snippet) was pasted as GBK bytes.
    String gbkParagraph = "本段文字以国标码保存，夹在统一码页面之中。";
    String page = HostilePages.html("utf-8", P1, P2, "@@GBK@@", P3);
    String[] halves = page.split("@@GBK@@");
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(utf8(halves[0]));
    b.writeBytes(gbkParagraph.getBytes(Charset.forName("GBK")));
    b.writeBytes(utf8(halves[1]));
    ExtractionResult result = extract(b.toByteArray());
    Article a = article(result);
    assertEquals("UTF-8", a.encoding().orElseThrow().name());
    assertEquals(TITLE, a.title().orElseThrow());
    assertTrue(
        a.paragraphs().containsAll(List.of(P1, P2, P3)),
        () -> "UTF-8 paragraphs damaged: " + a.paragraphs());
  }

  @Test
  void nulBytesInsideANormalPage() {
    String page = HostilePages.html("utf-8", P1.replace("正式向", "正式\0向"), "\0" + P2, P3 + "\0");
    Article a = article(extract(utf8(page)));
    assertEquals(List.of(P1, P2, P3), a.paragraphs());
    a.paragraphs().forEach(p -> assertEquals(-1, p.indexOf('\0')));
    // The same page as already-decoded text, and as a text dump.
    assertEquals(
        List.of(P1, P2, P3),
        article(ResultInvariants.check(Zhengwen.extractText(page))).paragraphs());
    String dump =
        TITLE + "\n2024-03-01 10:20 来源：某某日报\n" + P1 + "\0\n\0\0\n" + P2 + "\n" + P3 + "\n";
    assertEquals(
        List.of(P1, P2, P3),
        article(ResultInvariants.check(Zhengwen.extractText(dump))).paragraphs());
  }

  @Test
  void loneSurrogatesFromCharacterReferencesAreNotLeaked() {
    String page =
        HostilePages.html(
            "utf-8",
            P1,
            "&#xD800;" + P2 + "&#56320;",
            "&#xDBFF;&#xDFFF;" + P3,
            "&#x1F600;正常的表情符号。");
    Article a = article(extract(utf8(page)));
    for (String p : a.paragraphs()) {
      assertEquals(-1, ResultInvariants.firstUnpairedSurrogate(p), p);
    }
    assertEquals(P1, a.paragraphs().get(0));
    assertTrue(a.paragraphs().get(1).contains(P2));
    // A paired reference (&#xDBFF;&#xDFFF;) may be joined or replaced, but never left half.
    assertTrue(a.paragraphs().get(2).endsWith(P3));
    assertTrue(a.paragraphs().contains("\uD83D\uDE00正常的表情符号。"), a.paragraphs()::toString);
  }

  @Test
  void loneSurrogatesInCallerTextAreNotLeaked() {
    String dump =
        TITLE + "\n2024-03-01 10:20 来源：某某日报\n" + P1 + "\n\uDC00" + P2 + "\uD800\n" + P3 + "\n";
    Article a = article(ResultInvariants.check(Zhengwen.extractText(dump)));
    assertEquals(List.of(P1, "\uFFFD" + P2 + "\uFFFD", P3), a.paragraphs());
  }

  // ---- chrome only, error stubs -----------------------------------------------------------------

  @Test
  void onlyChromeIsNoArticle() {
    String page =
        """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>某某网</title></head><body>
        <div class="nav"><a href="/">首页</a> <a href="/news">新闻</a> <a href="/sport">体育</a> <a href="/ent">娱乐</a>
        <a href="/fin">财经</a> <a href="/tech">科技</a></div>
        <div class="breadcrumb">首页 &gt; 新闻 &gt; 正文</div>
        <div class="share">分享到：微信 微博 QQ空间</div>
        <div class="related"><h3>相关新闻</h3><ul><li><a href="/1">市区新增三条公交线路</a></li>
        <li><a href="/2">高速公路春运期间免费通行时间公布</a></li></ul></div>
        <div class="footer">Copyright © 2024 某某网 版权所有 京ICP备00000000号</div>
        </body></html>
        """;
    rejected(RejectionReason.NO_ARTICLE, extract(utf8(page)));
    String dump =
        "首页 新闻 体育 娱乐 财经 科技 汽车 房产\n网站首页 > 本地新闻 > 正文\n分享到：\n"
            + "Copyright © 2023 某某网 版权所有 京ICP备00000000号\n";
    rejected(RejectionReason.NO_ARTICLE, ResultInvariants.check(Zhengwen.extractText(dump)));
  }

  @Test
  void onlyA404StubIsAnErrorPage() {
    String nginx =
        "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n"
            + "<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n";
    rejected(RejectionReason.ERROR_PAGE, extract(utf8(nginx)));
    rejected(
        RejectionReason.ERROR_PAGE,
        ResultInvariants.check(Zhengwen.extractText("404 Not Found\nnginx\n")));
  }

  // ---- size and time ----------------------------------------------------------------------------

  @Test
  void hundredMegabytesIsTooLargeQuickly() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          byte[] huge = new byte[100 << 20];
          Arrays.fill(huge, (byte) 'a');
          long t0 = System.nanoTime();
          Rejected r = rejected(RejectionReason.TOO_LARGE, extract(huge));
          assertTrue(
              System.nanoTime() - t0 < Duration.ofSeconds(1).toNanos(),
              "the size check comes first");
          assertTrue(r.message().contains(String.valueOf(huge.length)), r::message);
        });
  }

  @Test
  void hundredMegabyteFileIsTooLargeWithoutBeingRead() throws IOException {
    Path file = tmp.resolve("huge.html");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(100L << 20); // sparse: no 100 MB written, and none should be read
    }
    assertTimeoutPreemptively(
        LIMIT, () -> rejected(RejectionReason.TOO_LARGE, Zhengwen.extract(file)));
  }

  @Test
  void customMaxInputBytes() {
    Extractor small = Extractor.builder().maxInputBytes(400).build();
    byte[] page = utf8(HostilePages.html("utf-8"));
    assertTrue(page.length > 800, "over the limit as bytes and as characters * 2");
    rejected(
        RejectionReason.TOO_LARGE, ResultInvariants.check(small.extract(page, PageHints.none())));
    rejected(
        RejectionReason.TOO_LARGE,
        ResultInvariants.check(small.extractText(HostilePages.html("utf-8"), PageHints.none())));
    Extractor enough = Extractor.builder().maxInputBytes(page.length).build();
    article(ResultInvariants.check(enough.extract(page, PageHints.none())));
    assertEquals(
        RejectionReason.TOO_LARGE,
        ((Rejected)
                Extractor.builder()
                    .maxInputBytes(page.length - 1)
                    .build()
                    .extract(page, PageHints.none()))
            .reason());
  }

  @Test
  void timeBudgetGivesTimeout() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      b.append(i % 3 == 0 ? P1 : i % 3 == 1 ? P2 : P3).append(" 第").append(i).append("段。\u0000|");
    }
    String[] paragraphs = b.toString().split("\\|");
    byte[] page = utf8(HostilePages.html("utf-8", paragraphs));
    Extractor hurried = Extractor.builder().timeBudget(Duration.ofNanos(1)).build();
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          Rejected r =
              rejected(
                  RejectionReason.TIMEOUT,
                  ResultInvariants.check(hurried.extract(page, PageHints.none()), true));
          assertTrue(r.message().contains("time budget"), r::message);
          rejected(
              RejectionReason.TIMEOUT,
              ResultInvariants.check(
                  hurried.extractText(new String(page, StandardCharsets.UTF_8), PageHints.none()),
                  true));
        });
    // Without a budget the same page is an article.
    article(extract(page));
  }

  // ---- deep nesting -----------------------------------------------------------------------------

  @Test
  void hundredThousandNestedDivs() {
    assertTimeoutPreemptively(LIMIT, () -> nested("div"));
  }

  @Test
  void hundredThousandNestedBolds() {
    assertTimeoutPreemptively(LIMIT, () -> nested("b"));
  }

  /**
   * 100,000 nested elements with an article's text in the innermost one: an article or a typed
   * rejection.
   */
  private static void nested(String tag) {
    int depth = 100_000;
    StringBuilder b =
        new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
            .append(TITLE)
            .append("</title></head><body>");
    b.append(("<" + tag + ">").repeat(depth));
    b.append("<p>")
        .append(P1)
        .append("</p><p>")
        .append(P2)
        .append("</p><p>")
        .append(P3)
        .append("</p>");
    b.append(("</" + tag + ">").repeat(depth));
    b.append("</body></html>");
    byte[] page = utf8(b.toString());
    for (InputKind kind : InputKind.values()) {
      ExtractionResult r =
          ResultInvariants.check(Zhengwen.extract(page, PageHints.none().withKind(kind)));
      if (r instanceof Rejected rej) {
        assertNotEquals(RejectionReason.INTERNAL_ERROR, rej.reason(), rej::message);
      } else if (kind != InputKind.TEXT) {
        assertTrue(((Extracted) r).article().paragraphs().contains(P2), () -> kind + ": " + r);
      }
    }
  }

  private static void fillRandom(byte[] b, int from, long seed) {
    byte[] r = new byte[b.length - from];
    new Random(seed).nextBytes(r);
    System.arraycopy(r, 0, b, from, r.length);
  }
}
