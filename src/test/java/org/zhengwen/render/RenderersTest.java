package org.zhengwen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhengwen.Article;
import org.zhengwen.BodyBlock;

/**
 * The writers: Markdown reads back (commonmark-java) to exactly the article's text, HTML never
 * carries anything live, plain text is the text. Hostile text is generated from fragments that mean
 * something to Markdown or HTML.
 */
class RenderersTest {
  /** Fragments with a meaning in Markdown or HTML, and plain words between them. */
  private static final String[] FRAGMENTS = {
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "[link](javascript:alert(1))",
    "![i](data:text/html,<b>x</b>)",
    "<a href='javascript:x'>a</a>",
    "onclick=\"x()\"",
    "&amp;",
    "&lt;",
    "&#x3C;script&#x3E;",
    "*",
    "**",
    "_",
    "__",
    "`",
    "```",
    "~~~",
    "#",
    "## ",
    "- ",
    "+ ",
    "1. ",
    "2) ",
    "> ",
    "|",
    "\\",
    "\\*",
    "---",
    "===",
    "***",
    "[",
    "]",
    "(",
    ")",
    "<",
    ">",
    "\"",
    "'",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "\t",
    "  ",
    " ",
    "word",
    "字",
    "。",
    "http://example.com/a_b_c",
    "<http://x>",
    "[x]: http://y",
    "\u00a0",
    "!",
    "%",
    "$",
  };

  private static String hostile(Random random, int pieces) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      s.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
    }
    String t = s.toString().strip();
    return t.isEmpty() ? "x" : t;
  }

  /** Text as the extractor gives it: trimmed, one line, no tabs. */
  private static String line(Random random) {
    String t =
        hostile(random, 1 + random.nextInt(6)).replace('\t', ' ').replace("\u00a0", "").strip();
    return t.isEmpty() ? "x" : t;
  }

  private static Article hostileArticle(Random random) {
    List<BodyBlock> blocks = new ArrayList<>();
    blocks.add(new BodyBlock.Heading(1 + random.nextInt(6), line(random)));
    blocks.add(new BodyBlock.Paragraph(line(random)));
    String linked = line(random);
    int start = random.nextInt(linked.length());
    int end = start + 1 + random.nextInt(linked.length() - start);
    String[] hrefs = {
      "javascript:alert(1)", "https://ok.example/?a=\"b\"&c=<d>", "data:text/html,x"
    };
    blocks.add(
        new BodyBlock.Paragraph(
            linked, List.of(new BodyBlock.Link(start, end, hrefs[random.nextInt(hrefs.length)]))));
    blocks.add(
        new BodyBlock.ItemList(
            random.nextBoolean(),
            List.of(List.of(line(random)), List.of(line(random), line(random)))));
    blocks.add(new BodyBlock.ItemList(random.nextBoolean(), List.of(List.of(line(random)))));
    blocks.add(
        new BodyBlock.Table(
            List.of(List.of(line(random), line(random)), List.of(line(random))),
            random.nextBoolean()));
    blocks.add(new BodyBlock.Quote(List.of(line(random), line(random))));
    blocks.add(new BodyBlock.Preformatted("  " + line(random) + "\n\t" + hostile(random, 4)));
    String[] urls = {
      "javascript:alert(1)", "data:image/png;base64,AAAA", "//evil.example/x.png", "/relative.png",
      "https://ok.example/a.png?x=1&y=\"2\"", "http://ok.example/<script>", " JAVASCRIPT:x",
          "vbscript:x",
    };
    blocks.add(
        new BodyBlock.Figure(
            Optional.of(urls[random.nextInt(urls.length)]),
            Optional.of(line(random)),
            line(random),
            Optional.of(line(random))));
    return Article.builder().title(line(random)).subtitle(line(random)).blocks(blocks).build();
  }

  @Test
  void markdownReadsBackToTheSameText() {
    Random random = new Random(11);
    for (int i = 0; i < 1500; i++) {
      Article a = hostileArticle(random);
      Article body = a.toBuilder().title(null).subtitle(null).build();
      String md = body.toMarkdown();
      assertEquals(MarkdownReadBack.expected(a), MarkdownReadBack.texts(md), md);
    }
  }

  @Test
  void markdownTitleAndSubtitleReadBackToo() {
    Article a =
        Article.builder()
            .title("# Not *a* heading #")
            .subtitle("1. not a list")
            .paragraphs(List.of("Body"))
            .build();
    assertEquals(
        List.of("# Not *a* heading #", "1. not a list", "Body"),
        MarkdownReadBack.texts(a.toMarkdown()));
    assertTrue(a.toMarkdown().startsWith("# \\# Not \\*a\\* heading \\#\n"), a.toMarkdown());
  }

  @Test
  void markdownShowsTheStructure() {
    Article a =
        Article.builder()
            .blocks(
                List.of(
                    new BodyBlock.Heading(2, "Plan"),
                    new BodyBlock.ItemList(true, List.of(List.of("Roads"), List.of("Library"))),
                    new BodyBlock.Table(
                        List.of(List.of("Item", "Cost"), List.of("Roads", "3.5m")), true),
                    new BodyBlock.Figure(
                        Optional.of("https://img.example/a.jpg"),
                        Optional.of("A"),
                        "Caption",
                        Optional.empty())))
            .build();
    assertEquals(
        "## Plan\n\n1. Roads\n2. Library\n\n| Item | Cost |\n| --- | --- |\n| Roads | 3.5m |\n\n"
            + "![A](<https://img.example/a.jpg>)\n\nCaption\n",
        a.toMarkdown());
  }

  @Test
  void htmlNeverCarriesAnythingLive() {
    Random random = new Random(7);
    for (int i = 0; i < 1500; i++) {
      String html = hostileArticle(random).toHtml();
      assertEquals(List.of(), HtmlSafety.problems(html), html);
      assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
    }
  }

  @Test
  void htmlKeepsOnlyWebImageUrls() {
    for (String bad : List.of("javascript:alert(1)", "data:image/png;base64,AAAA", "/x.png", "x")) {
      Article a =
          Article.builder()
              .blocks(
                  List.of(
                      new BodyBlock.Figure(
                          Optional.of(bad), Optional.empty(), "c", Optional.empty())))
              .build();
      assertFalse(a.toHtml().contains("<img"), a.toHtml());
      assertFalse(a.toMarkdown().contains("!["), a.toMarkdown());
    }
  }

  @Test
  void extractedHostilePageRendersSafely() {
    Article a =
        BodyBlocksTest.article(
            BodyBlocksTest.page(
                "<p onclick='steal()'>Read <a href='javascript:alert(1)'>this link</a> and "
                    + "&lt;script&gt;alert(2)&lt;/script&gt; now. "
                    + BodyBlocksTest.PROSE
                    + "</p><figure><img src='javascript:alert(3)' onerror='alert(4)' alt='\"><script>x</script>'>"
                    + "<figcaption>Caption <script>alert(5)</script>here</figcaption></figure>"
                    + "<ul><li style='x' onmouseover='y()'>Item</li></ul>"));
    String html = a.toHtml();
    assertEquals(List.of(), HtmlSafety.problems(html), html);
    assertTrue(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"), html);
    assertFalse(html.contains("alert(5)"), "script text is never page text");
    assertFalse(html.contains("<img"), "no image with a javascript: source");
    assertEquals(
        MarkdownReadBack.expected(a).subList(0, 3),
        MarkdownReadBack.texts(a.toBuilder().title(null).build().toMarkdown()).subList(0, 3));
  }

  @Test
  void plainTextMarksListsAndKeepsCells() {
    Article a =
        Article.builder()
            .title("T")
            .blocks(
                List.of(
                    new BodyBlock.Paragraph("P"),
                    new BodyBlock.ItemList(true, List.of(List.of("a"), List.of("b"))),
                    new BodyBlock.Table(List.of(List.of("x", "y")), false)))
            .build();
    assertEquals("T\n\nP\n\n1. a\n2. b\n\nx\ty\n", a.toPlainText());
  }
}
