package org.zhengwen.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Leaving script and style contents out must give the parser the same document, those elements
 * emptied. The property is checked on random pages built from the constructs that decide where a
 * script starts and ends: comments of every form, quotes in attributes, raw-text elements, SVG,
 * unclosed elements.
 */
class ScriptElisionTest {
  private static final List<String> PIECES =
      List.of(
          "<p>text</p>",
          "<script>var a = '<p>x</p>';</script>",
          "<script type='application/ld+json'>{\"headline\":\"h\"}</script>",
          "<style>p>a{color:red}</style>",
          "<!-- <script> -->",
          "<!-- a --!>",
          "<!-->",
          "<!--->",
          "<!---->",
          "<!-- x -- y -->",
          "<a title='<script>'>l</a>",
          "<a title=\"</script>\">l</a>",
          "<div a=\"x>y\">",
          "</div>",
          "<div =\"x>y\">",
          "<div a =\"x>y\">",
          "<div a= 'x>y' b=c>",
          "<textarea><script>t</script></textarea>",
          "<title><script>t</script></title>",
          "<svg><script>s</script><style>x</style></svg>",
          "<svg/>",
          "<svg a=b/>",
          "<math><mi>x</mi></math>",
          "<script><!-- document.write('<script>x</script>') --></script>",
          "<script>unterminated",
          "<style>unterminated",
          "<SCRIPT>A</SCRIPT >",
          "<script>a</scripty></script>",
          "<xmp><script>x</script></xmp>",
          "<iframe><script>x</script></iframe>",
          "<noscript><script>x</script></noscript>",
          "<plaintext><script>x</script>",
          "<![CDATA[ <script> ]]>",
          "<!DOCTYPE html>",
          "<?xml version='1.0'?>",
          "</ >",
          "</>",
          "<a href=x\"y>q</a>",
          "<br/>",
          "<p",
          "<script src='a.js'/>",
          "<script>/*</script>*/</script>",
          "中文，正文。",
          "<style>/* <!-- */ p{}</style>",
          "<noembed><style>x</style></noembed>",
          "<table><style>t{}</style><tr><td>c</td></tr></table>",
          "<select><style>s{}</style></select>",
          "<script\n>a</script\t>",
          "<style/>b</style>",
          "<",
          "<!",
          "</script>",
          "<div title='a",
          "\"",
          "'",
          "=",
          ">",
          "<script>if (a < b) x = '</scr' + 'ipt>';</script>",
          "<noscript>",
          "</noscript>",
          "<select>",
          "</select>",
          "<textarea>t</textarea>",
          "<input>",
          "<template>",
          "</template>",
          "<table>",
          "<tr><td>",
          "</table>",
          "<frameset>",
          "<head>",
          "<body>",
          "</head>",
          "</body>",
          "<math><mtext><script>m</script></mtext></math>",
          "<svg><foreignObject><style>f</style></foreignObject></svg>",
          "<title>t</title>",
          "<iframe>",
          "</iframe>",
          "<style>",
          "</style>",
          "<script>",
          "<noframes>n</noframes>",
          "<script type=module>import x from 'y'</script>",
          "<style media=\"a>b\">q</style>",
          "<p a=\"</style>\">");

  @Test
  void randomPagesParseToTheSameDocumentWithScriptsEmptied() {
    Random random = new Random(Long.getLong("elision.seed", 42));
    for (int i = 0, pages = Integer.getInteger("elision.pages", 4000); i < pages; i++) {
      StringBuilder page = new StringBuilder();
      int pieces = 1 + random.nextInt(12);
      for (int k = 0; k < pieces; k++) {
        page.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      assertSameDocument(page.toString());
    }
  }

  @Test
  void eachPieceAloneAndAroundArticleText() {
    for (String piece : PIECES) {
      assertSameDocument(piece);
      assertSameDocument(
          "<html><head>"
              + piece
              + "</head><body><p>正文第一段。</p>"
              + piece
              + "<p>end</p></body></html>");
    }
  }

  @Test
  void leavesOutScriptAndStyleContentsButKeepsJsonLd() {
    String html =
        "<head><script>var x = 1;</script><style>p{}</style>"
            + "<script type=\"application/ld+json\">{\"headline\":\"H\"}</script></head><body><p>a</p></body>";
    assertEquals(
        "<head><script></script><style></style>"
            + "<script type=\"application/ld+json\">{\"headline\":\"H\"}</script></head><body><p>a</p></body>",
        elided(html, StandardCharsets.UTF_8));
  }

  @Test
  void stopsAtTheFirstConstructItDoesNotFollow() {
    String escaped = "<script><!-- <script>x</script> --></script><script>y</script>";
    assertEquals(escaped, elided(escaped, StandardCharsets.UTF_8));
    String unclosed = "<p>a</p><script>var x";
    assertEquals(unclosed, elided(unclosed, StandardCharsets.UTF_8));
    String plaintext = "<plaintext><script>x</script>";
    assertEquals(plaintext, elided(plaintext, StandardCharsets.UTF_8));
    String inSvg = "<svg><script>x</script></svg><script>y</script>";
    assertEquals(inSvg, elided(inSvg, StandardCharsets.UTF_8));
  }

  @Test
  void gbkBytesAreElidedOnCharacterBounds() throws IOException {
    Charset gbk = Charset.forName("GBK");
    String html = "<meta charset=gbk><p>朱镕基</p><script>var s = '王喆<p>';</script><p>正文</p>";
    byte[] bytes = html.getBytes(gbk);
    DecodedPage page = PageDecoder.standard().decode(bytes);
    assertEquals(
        "<meta charset=gbk><p>朱镕基</p><script></script><p>正文</p>",
        drain(page.readerWithoutScripts()));
  }

  @Test
  void utf8ReaderJumpsOverRangesInAnyPieceSize() throws IOException {
    String html = "<p>😀中</p><script>😀😀😀</script><style>x</style><p>é😀</p>";
    DecodedPage page = PageDecoder.standard().decode(html.getBytes(StandardCharsets.UTF_8));
    for (int piece = 1; piece < 12; piece++) {
      assertEquals(
          "<p>😀中</p><script></script><style></style><p>é😀</p>",
          drain(page.readerWithoutScripts(), piece),
          "piece " + piece);
    }
  }

  @Test
  void onlyCharsetsWhoseMarkupBytesAreUnambiguous() {
    assertTrue(ScriptElision.appliesTo("UTF-8"));
    assertTrue(ScriptElision.appliesTo("GB18030"));
    assertTrue(ScriptElision.appliesTo("Big5-HKSCS"));
    assertFalse(ScriptElision.appliesTo("ISO-2022-JP"));
    assertFalse(ScriptElision.appliesTo("UTF-16LE"));
  }

  @Test
  void noRangesWhenThereIsNothingToLeaveOut() {
    assertArrayEquals(
        new int[0], ScriptElision.ranges("<p>a</p>".getBytes(StandardCharsets.UTF_8), 0));
  }

  private static void assertSameDocument(String html) {
    String expected = emptied(Jsoup.parse(html));
    String actual = emptied(Jsoup.parse(elided(html, StandardCharsets.UTF_8)));
    assertEquals(expected, actual, () -> "page: " + html);
  }

  /** The document with every script and style element emptied, JSON-LD scripts aside. */
  private static String emptied(Document doc) {
    for (Element e : doc.select("script, style")) {
      if (!e.attr("type").toLowerCase().contains("ld+json")) {
        e.empty();
      }
    }
    return doc.outerHtml();
  }

  private static String elided(String html, Charset cs) {
    byte[] bytes = html.getBytes(cs);
    int[] ranges = ScriptElision.ranges(bytes, 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int pos = 0;
    for (int i = 0; i < ranges.length; i += 2) {
      assertTrue(ranges[i] >= pos && ranges[i + 1] > ranges[i], "ranges ascend");
      out.write(bytes, pos, ranges[i] - pos);
      pos = ranges[i + 1];
    }
    out.write(bytes, pos, bytes.length - pos);
    return out.toString(cs);
  }

  private static String drain(Reader r) throws IOException {
    return drain(r, 1024);
  }

  private static String drain(Reader r, int piece) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[piece];
    for (int n; (n = r.read(buf, 0, piece)) != -1; ) {
      assertTrue(n > 0);
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }
}
