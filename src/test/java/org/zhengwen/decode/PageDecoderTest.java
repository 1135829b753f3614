package org.zhengwen.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhengwen.CharsetSource;

class PageDecoderTest {
  private static final Charset GBK = Charset.forName("GBK");
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset BIG5 = Charset.forName("Big5");
  private static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** A news paragraph long enough for the sniffer to recognise, with GBK-only characters (镕, 喆). */
  static final String NEWS =
      "新华社北京三月五日电 国务院总理朱镕基在人民大会堂作政府工作报告，回顾了过去一年经济社会发展"
          + "取得的成绩，并对今年的工作提出了具体要求。报告指出，要继续实施积极的财政政策和稳健的货币政策，"
          + "扩大国内需求，推进农业和农村经济结构调整，增加农民收入。记者王喆报道，代表们在分组审议时普遍认为，"
          + "报告实事求是，重点突出，催人奋进。与会代表还就教育、医疗、住房和社会保障等群众关心的问题展开了"
          + "热烈讨论，纷纷表示要把会议精神带回去，认真贯彻落实，为完成全年目标任务作出新的贡献。";

  private static DecodedPage decode(byte[] bytes) {
    return PageDecoder.standard().decode(bytes);
  }

  private static DecodedPage decode(byte[] bytes, String contentType) {
    return PageDecoder.standard().decode(bytes, contentType);
  }

  private static String html(String head, String body) {
    return "<!DOCTYPE html>\n<html><head>"
        + head
        + "<title>Title</title></head>\n<body><p>"
        + body
        + "</p></body></html>\n";
  }

  private static void assertEncoding(
      DecodedPage page, Charset charset, CharsetSource source, Optional<String> declared) {
    assertEquals(charset, page.encoding().charset(), "charset");
    assertEquals(source, page.encoding().source(), "source");
    assertEquals(declared, page.encoding().declared(), "declared");
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void gbkBytesUnderGb2312MetaDecodeAsGb18030WithGbkOnlyCharacters() {
    String page = html("<meta charset=\"gb2312\">", "总理朱镕基，记者王喆");
    DecodedPage d = decode(page.getBytes(GBK));
    assertEncoding(d, GB18030, CharsetSource.META, Optional.of("gb2312"));
    assertEquals(page, d.text());
    assertTrue(d.text().contains("朱镕基") && d.text().contains("王喆"));
  }

  @Test
  void undeclaredGbkIsSniffed() {
    String page = html("", NEWS);
    DecodedPage d = decode(page.getBytes(GBK));
    assertEncoding(d, GB18030, CharsetSource.SNIFFED, Optional.empty());
    assertEquals(page, d.text());
  }

  @Test
  void veryShortUndeclaredGbkIsStillGb18030() {
    // juniversalchardet alone calls these WINDOWS-1252, WINDOWS-1252 and KOI8-R.
    for (String text : new String[] {"王喆", "你好", "今日新闻"}) {
      String page = html("", text);
      DecodedPage d = decode(page.getBytes(GBK));
      assertEncoding(d, GB18030, CharsetSource.SNIFFED, Optional.empty());
      assertEquals(page, d.text());
    }
  }

  @Test
  void shortUndeclaredLatinTextIsNotTakenForChinese() {
    for (String text : new String[] {"Caf\u00e9 \u00e9t\u00e9", "M\u00fcller und S\u00f6hne"}) {
      String page = html("", text);
      DecodedPage d = decode(page.getBytes(WINDOWS_1252));
      assertEquals(WINDOWS_1252, d.encoding().charset(), text);
      assertEquals(page, d.text());
    }
  }

  @Test
  void utf8MetaOverGbkBytesIsOverruled() {
    String page = html("<meta charset=\"utf-8\">", NEWS);
    DecodedPage d = decode(page.getBytes(GBK));
    assertEncoding(d, GB18030, CharsetSource.SNIFFED, Optional.of("utf-8"));
    assertEquals(page, d.text());
    assertFalse(d.text().contains("\uFFFD"));
  }

  @Test
  void declaredBig5DecodesAsBig5Hkscs() {
    String body = "臺灣新聞：行政院今日召開院會，討論颱風災後重建與經濟振興方案，各部會首長均出席報告。";
    String page =
        html("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">", body);
    DecodedPage d = decode(page.getBytes(BIG5));
    assertEncoding(d, BIG5_HKSCS, CharsetSource.META, Optional.of("big5"));
    assertEquals(page, d.text());
  }

  @Test
  void gb18030FourByteCharactersComeOutRight() {
    String body = "扩展B区𠀀，扩展A区㐀，表情😀，以及常用字。";
    String page = html("<meta charset=\"gb18030\">", body);
    byte[] bytes = page.getBytes(GB18030);
    DecodedPage d = decode(bytes);
    assertEncoding(d, GB18030, CharsetSource.META, Optional.of("gb18030"));
    assertEquals(page, d.text());
    assertTrue(d.text().contains("𠀀") && d.text().contains("㐀") && d.text().contains("😀"));
  }

  @Test
  void utf8BomWinsAndIsStripped() {
    String page = html("<meta charset=\"gbk\">", NEWS);
    byte[] bytes =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            page.getBytes(StandardCharsets.UTF_8));
    DecodedPage d = decode(bytes, "text/html; charset=GBK");
    assertEncoding(d, StandardCharsets.UTF_8, CharsetSource.BOM, Optional.of("gbk"));
    assertEquals(page, d.text());
    assertFalse(d.text().startsWith("\uFEFF"));
  }

  @Test
  void utf16LeBomIsObeyedAndStripped() {
    String page = html("<meta charset=\"utf-16\">", NEWS);
    byte[] bytes =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, page.getBytes(StandardCharsets.UTF_16LE));
    DecodedPage d = decode(bytes);
    assertEncoding(d, StandardCharsets.UTF_16LE, CharsetSource.BOM, Optional.empty());
    assertEquals(page, d.text());
  }

  @Test
  void utf16BeBomIsObeyedAndStripped() {
    String page = html("", NEWS);
    byte[] bytes =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, page.getBytes(StandardCharsets.UTF_16BE));
    DecodedPage d = decode(bytes);
    assertEncoding(d, StandardCharsets.UTF_16BE, CharsetSource.BOM, Optional.empty());
    assertEquals(page, d.text());
  }

  @Test
  void utf16LeWithoutBomIsRecognised() {
    String page = html("", "短讯：今日天气晴。");
    DecodedPage d = decode(page.getBytes(StandardCharsets.UTF_16LE));
    assertEncoding(d, StandardCharsets.UTF_16LE, CharsetSource.SNIFFED, Optional.empty());
    assertEquals(page, d.text());
  }

  @Test
  void asciiOnlyUtf16LeWithoutBomIsNotTakenForAscii() {
    String page = "<html><head><title>Hello</title></head><body><p>Plain text.</p></body></html>";
    DecodedPage d = decode(page.getBytes(StandardCharsets.UTF_16LE));
    assertEncoding(d, StandardCharsets.UTF_16LE, CharsetSource.SNIFFED, Optional.empty());
    assertEquals(page, d.text());
  }

  @Test
  void utf8BytesUnderStaleGb2312LabelAreUtf8() {
    String page =
        html("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", NEWS);
    DecodedPage d = decode(page.getBytes(StandardCharsets.UTF_8));
    assertEncoding(d, StandardCharsets.UTF_8, CharsetSource.SNIFFED, Optional.of("gb2312"));
    assertEquals(page, d.text());
  }

  @Test
  void shortUtf8UnderGbkHeaderIsUtf8() {
    String page = html("", "你好");
    DecodedPage d = decode(page.getBytes(StandardCharsets.UTF_8), "text/html; charset=GBK");
    assertEncoding(d, StandardCharsets.UTF_8, CharsetSource.SNIFFED, Optional.of("gbk"));
    assertEquals(page, d.text());
  }

  @Test
  void metaAfterTwoKilobytesOfScriptIsFound() {
    String script =
        "<script>\n"
            + "var tracker = window.tracker || []; tracker.push(['init', 12345]);\n".repeat(50)
            + "</script>\n";
    assertTrue(script.length() > 2048);
    String page = html(script + "<meta charset=\"gbk\">", "总理朱镕基，记者王喆");
    DecodedPage d = decode(page.getBytes(GBK));
    assertEncoding(d, GB18030, CharsetSource.META, Optional.of("gbk"));
    assertEquals(page, d.text());
  }

  @Test
  void metaInBodyDoesNotCount() {
    String page =
        "<html><head><title>t</title></head><body><p>"
            + NEWS
            + "</p><meta charset=\"big5\"></body></html>";
    DecodedPage d = decode(page.getBytes(GBK));
    assertEncoding(d, GB18030, CharsetSource.SNIFFED, Optional.empty());
    assertEquals(page, d.text());
  }

  @Test
  void headerCharsetOutranksMeta() {
    // Bytes valid in both; the header decides.
    String page = html("<meta charset=\"big5\">", "总理朱镕基，记者王喆");
    DecodedPage d = decode(page.getBytes(GBK), "text/html; charset=GBK");
    assertEncoding(d, GB18030, CharsetSource.HEADER, Optional.of("gbk"));
    assertEquals(page, d.text());
  }

  @Test
  void headerTheBytesContradictLosesToMeta() {
    // The common server default "utf-8" over a GBK page that declares itself.
    String page = html("<meta charset=\"gbk\">", NEWS);
    DecodedPage d = decode(page.getBytes(GBK), "text/html; charset=utf-8");
    assertEncoding(d, GB18030, CharsetSource.META, Optional.of("gbk"));
    assertEquals(page, d.text());
  }

  @Test
  void headerTheBytesContradictWithNoOtherDeclarationIsSniffed() {
    String page = html("", NEWS);
    DecodedPage d = decode(page.getBytes(GBK), "text/html; charset=\"UTF-8\"");
    assertEncoding(d, GB18030, CharsetSource.SNIFFED, Optional.of("utf-8"));
    assertEquals(page, d.text());
  }

  @Test
  void cleanEvalWrapperLineDeclaresEncoding() {
    String page =
        "<text id=\"http://news.sina.com.cn/c/2004-01-01/1.html\" title=\"新闻\" encoding=\"gb2312\">\n"
            + html("", "总理朱镕基，记者王喆")
            + "</text>\n";
    DecodedPage d = decode(page.getBytes(GBK));
    assertEncoding(d, GB18030, CharsetSource.WRAPPER, Optional.of("gb2312"));
    assertEquals(page, d.text());
  }

  @Test
  void metaOutranksWrapperLine() {
    String page =
        "<text id=\"u\" title=\"t\" encoding=\"big5\">\n" + html("<meta charset=\"gbk\">", "王喆");
    DecodedPage d = decode(page.getBytes(GBK));
    assertEncoding(d, GB18030, CharsetSource.META, Optional.of("gbk"));
    assertEquals(page, d.text());
  }

  @Test
  void httpEquivFormIsReadAndLabelLowerCased() {
    String page =
        html("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=GBK\" />", "王喆");
    DecodedPage d = decode(page.getBytes(GBK));
    assertEncoding(d, GB18030, CharsetSource.META, Optional.of("gbk"));
    assertEquals(page, d.text());
  }

  @Test
  void xmlDeclarationCountsAsMeta() {
    String page = "<?xml version=\"1.0\" encoding=\"GB2312\"?>\n" + html("", "朱镕基");
    DecodedPage d = decode(page.getBytes(GBK));
    assertEncoding(d, GB18030, CharsetSource.META, Optional.of("gb2312"));
    assertEquals(page, d.text());
  }

  @Test
  void pureAsciiWithoutDeclarationFallsBackToUtf8() {
    String page = "<html><head><title>Hello</title></head><body><p>Plain text.</p></body></html>";
    DecodedPage d = decode(page.getBytes(StandardCharsets.US_ASCII));
    assertEncoding(d, StandardCharsets.UTF_8, CharsetSource.FALLBACK, Optional.empty());
    assertEquals(page, d.text());
  }

  @Test
  void emptyInputIsEmptyText() {
    DecodedPage d = decode(new byte[0]);
    assertEncoding(d, StandardCharsets.UTF_8, CharsetSource.FALLBACK, Optional.empty());
    assertEquals("", d.text());
  }

  @Test
  void undeclaredUtf8IsSniffed() {
    String page = html("", "你好，世界");
    DecodedPage d = decode(page.getBytes(StandardCharsets.UTF_8));
    assertEncoding(d, StandardCharsets.UTF_8, CharsetSource.SNIFFED, Optional.empty());
    assertEquals(page, d.text());
  }

  @Test
  void truncatedUtf8SequenceAtEndKeepsDeclaration() {
    String page = html("<meta charset=\"utf-8\">", NEWS);
    byte[] full = page.getBytes(StandardCharsets.UTF_8);
    byte[] cut = concat(full, "中".getBytes(StandardCharsets.UTF_8));
    cut = Arrays.copyOf(cut, cut.length - 1);
    DecodedPage d = decode(cut);
    assertEncoding(d, StandardCharsets.UTF_8, CharsetSource.META, Optional.of("utf-8"));
    assertEquals(page + "\uFFFD", d.text());
  }

  @Test
  void truncatedGbkSequenceAtEndKeepsDeclaration() {
    String page = html("<meta charset=\"gbk\">", "朱镕基");
    byte[] full = concat(page.getBytes(GBK), "王".getBytes(GBK));
    byte[] cut = Arrays.copyOf(full, full.length - 1);
    DecodedPage d = decode(cut);
    assertEncoding(d, GB18030, CharsetSource.META, Optional.of("gbk"));
    assertEquals(page + "\uFFFD", d.text());
  }

  @Test
  void aFewBadBytesInALargeGbkPageAreTolerated() {
    String page = html("<meta charset=\"gbk\">", NEWS.repeat(8));
    int middle = page.indexOf("<p>") + 3 + 400;
    byte[] bad =
        concat(
            page.substring(0, middle).getBytes(GBK),
            new byte[] {(byte) 0xFF},
            page.substring(middle).getBytes(GBK));
    DecodedPage d = decode(bad);
    assertEncoding(d, GB18030, CharsetSource.META, Optional.of("gbk"));
    assertEquals(page.substring(0, middle) + "\uFFFD" + page.substring(middle), d.text());
  }

  @Test
  void manyBadBytesMakeTheDeclarationLose() {
    String page = html("<meta charset=\"utf-8\">", NEWS);
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    int p = page.indexOf("<p>") + 3;
    int start = page.substring(0, p).getBytes(StandardCharsets.UTF_8).length;
    for (int i = start; i < start + 60; i += 6) {
      bytes[i] = (byte) 0xFF; // ten broken characters in a short page: not a few stray bytes
    }
    DecodedPage d = decode(bytes);
    assertEquals(CharsetSource.SNIFFED, d.encoding().source());
    assertEquals(Optional.of("utf-8"), d.encoding().declared());
  }

  @Test
  void utf16HeaderIsBelievedWhenTheBytesAreUtf16() {
    String page = html("", "短讯：今日天气晴。");
    DecodedPage d = decode(page.getBytes(StandardCharsets.UTF_16LE), "text/html; charset=UTF-16");
    assertEncoding(d, StandardCharsets.UTF_16LE, CharsetSource.HEADER, Optional.of("utf-16"));
    assertEquals(page, d.text());
  }

  @Test
  void utf16LabelOnAsciiReadableBytesIsNotBelieved() {
    String page = html("<meta charset=\"utf-16\">", "王喆");
    DecodedPage header = decode(page.getBytes(GBK), "text/html; charset=utf-16");
    assertEquals(GB18030, header.encoding().charset());
    assertEquals(page, header.text());
    DecodedPage meta =
        decode(html("<meta charset=\"utf-16\">", "你好").getBytes(StandardCharsets.UTF_8));
    assertEncoding(meta, StandardCharsets.UTF_8, CharsetSource.META, Optional.of("utf-16"));
  }

  @Test
  void latin1LabelIsReadAsWindows1252() {
    String page = html("<meta charset=\"ISO-8859-1\">", "Caf\u00e9 \u20ac5 \u201cquoted\u201d");
    DecodedPage d = decode(page.getBytes(WINDOWS_1252));
    assertEncoding(d, WINDOWS_1252, CharsetSource.META, Optional.of("iso-8859-1"));
    assertEquals(page, d.text());
  }

  @Test
  void unknownLabelIsSkipped() {
    String page = html("<meta charset=\"no-such-charset\">", NEWS);
    DecodedPage d = decode(page.getBytes(GBK));
    assertEncoding(d, GB18030, CharsetSource.SNIFFED, Optional.of("no-such-charset"));
    assertEquals(page, d.text());
  }

  @Test
  void unknownHeaderLabelFallsToMeta() {
    String page = html("<meta charset=\"gbk\">", "王喆");
    DecodedPage d = decode(page.getBytes(GBK), "text/html; charset=bogus");
    assertEncoding(d, GB18030, CharsetSource.META, Optional.of("gbk"));
    assertEquals(page, d.text());
  }
}
