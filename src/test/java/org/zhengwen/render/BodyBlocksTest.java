package org.zhengwen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhengwen.Article;
import org.zhengwen.BodyBlock;
import org.zhengwen.Extracted;
import org.zhengwen.ExtractionResult;
import org.zhengwen.PageHints;
import org.zhengwen.Zhengwen;

/** Each block type read from a small page, and the blocks always holding the paragraphs. */
class BodyBlocksTest {
  static final String PROSE =
      "The council met on Tuesday evening to discuss the budget, and the vote was close. "
          + "Members argued for hours about the new library, the roads and the school buses.";

  /** A page with a headline and enough prose around {@code inner} to be read as an article. */
  static String page(String inner) {
    return "<html><head><title>Council votes on the budget</title></head><body>"
        + "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
        + "<article><h1>Council votes on the budget</h1><p>First. "
        + PROSE
        + "</p>"
        + inner
        + "<p>Last. "
        + PROSE
        + "</p></article><footer>Contact us</footer></body></html>";
  }

  static Article article(String html) {
    ExtractionResult r =
        Zhengwen.extract(
            html.getBytes(StandardCharsets.UTF_8),
            PageHints.none().withUrl("https://news.example.com/city/budget.html"));
    Extracted e = assertInstanceOf(Extracted.class, r);
    Article a = e.article();
    List<String> held = new ArrayList<>();
    a.blocks().forEach(b -> held.addAll(b.paragraphs()));
    assertEquals(a.paragraphs(), held, "the blocks hold exactly the paragraphs");
    return a;
  }

  /** The one block of {@code type} in the body. */
  static <T extends BodyBlock> T only(Article a, Class<T> type) {
    List<T> found = a.blocks().stream().filter(type::isInstance).map(type::cast).toList();
    assertEquals(1, found.size(), a.blocks().toString());
    return found.get(0);
  }

  @Test
  void headingsKeepTheirLevel() {
    Article a =
        article(
            page(
                "<h2>What was decided</h2><p>Middle. "
                    + PROSE
                    + "</p><h3>The library</h3><p>More. "
                    + PROSE
                    + "</p>"));
    List<BodyBlock.Heading> headings =
        a.blocks().stream()
            .filter(BodyBlock.Heading.class::isInstance)
            .map(BodyBlock.Heading.class::cast)
            .toList();
    assertEquals(
        List.of(
            new BodyBlock.Heading(2, "What was decided"), new BodyBlock.Heading(3, "The library")),
        headings);
    assertEquals(new BodyBlock.Paragraph("First. " + PROSE), a.blocks().get(0));
  }

  @Test
  void orderedAndUnorderedListsKeepTheirItems() {
    Article a =
        article(
            page(
                "<ol><li>Roads first</li><li>Then <b>the</b> library</li><li>Buses last</li></ol>"
                    + "<p>Between. "
                    + PROSE
                    + "</p><ul><li>Alice voted yes</li><li>Bob voted no<br>and said why</li></ul>"));
    List<BodyBlock.ItemList> lists =
        a.blocks().stream()
            .filter(BodyBlock.ItemList.class::isInstance)
            .map(BodyBlock.ItemList.class::cast)
            .toList();
    assertEquals(
        List.of(
            new BodyBlock.ItemList(
                true,
                List.of(
                    List.of("Roads first"), List.of("Then the library"), List.of("Buses last"))),
            new BodyBlock.ItemList(
                false,
                List.of(List.of("Alice voted yes"), List.of("Bob voted no", "and said why")))),
        lists);
  }

  @Test
  void tableWithHeaderRow() {
    Article a =
        article(
            page(
                "<table><thead><tr><th>Item</th><th>Cost</th></tr></thead><tbody>"
                    + "<tr><td>Roads</td><td>3.5m</td></tr><tr><td>Library</td><td>1.2m</td></tr>"
                    + "</tbody></table>"));
    assertEquals(
        new BodyBlock.Table(
            List.of(List.of("Item", "Cost"), List.of("Roads", "3.5m"), List.of("Library", "1.2m")),
            true),
        only(a, BodyBlock.Table.class));
  }

  @Test
  void tableWithoutHeaderRow() {
    Article a =
        article(
            page(
                "<table><tr><td>Roads</td><td>3.5m</td></tr><tr><td>Library</td><td>1.2m</td></tr></table>"));
    assertEquals(
        new BodyBlock.Table(List.of(List.of("Roads", "3.5m"), List.of("Library", "1.2m")), false),
        only(a, BodyBlock.Table.class));
  }

  @Test
  void blockQuoteKeepsItsParagraphs() {
    Article a =
        article(
            page(
                "<blockquote><p>We will build it this year.</p><p>And it will open in May.</p>"
                    + "</blockquote>"));
    assertEquals(
        new BodyBlock.Quote(List.of("We will build it this year.", "And it will open in May.")),
        only(a, BodyBlock.Quote.class));
  }

  @Test
  void preformattedKeepsIndentation() {
    Article a = article(page("<pre>\nbudget:\n    roads:   3.5\n    library: 1.2\n</pre>"));
    BodyBlock.Preformatted pre = only(a, BodyBlock.Preformatted.class);
    assertEquals("budget:\n    roads:   3.5\n    library: 1.2", pre.text());
    assertTrue(
        a.paragraphs().contains("budget:\nroads: 3.5\nlibrary: 1.2"), a.paragraphs().toString());
  }

  /*
   * By default a <figcaption> is removed as caption chrome by the extractor (class vocabulary),
   * which the typed body does not change; a figure's text in other elements is kept, and makes the
   * Figure. Extractor.builder().figures(true) keeps captions too: FigureOptionTest.
   */
  @Test
  void figureResolvesItsImageAgainstThePage() {
    Article a =
        article(
            page(
                "<figure><img src='../img/library.jpg' alt='The old library' onerror='x()'>"
                    + "<p>The library will be rebuilt.</p></figure>"));
    assertEquals(
        new BodyBlock.Figure(
            Optional.of("https://news.example.com/img/library.jpg"),
            Optional.of("The old library"),
            "The library will be rebuilt.",
            Optional.empty()),
        only(a, BodyBlock.Figure.class));
  }

  @Test
  void figureWithCaptionAndCredit() {
    Article a =
        article(
            page(
                "<figure><img data-src='https://cdn.example.com/a.jpg' src='data:image/gif;base64,R0lGOD'>"
                    + "<p>The council chamber.</p><p>By the city archive</p></figure>"));
    assertEquals(
        new BodyBlock.Figure(
            Optional.of("https://cdn.example.com/a.jpg"),
            Optional.empty(),
            "The council chamber.",
            Optional.of("By the city archive")),
        only(a, BodyBlock.Figure.class));
  }

  @Test
  void figureWithoutImageIsText() {
    Article a =
        article(page("<figure><blockquote><p>Build it.</p></blockquote><p>The mayor</p></figure>"));
    assertEquals(new BodyBlock.Quote(List.of("Build it.")), only(a, BodyBlock.Quote.class));
    assertTrue(a.blocks().contains(new BodyBlock.Paragraph("The mayor")), a.blocks().toString());
  }

  @Test
  void textDumpsGiveParagraphs() {
    ExtractionResult r =
        Zhengwen.extractText(
            "Council votes on the budget\n2024-05-02 10:00\n\n"
                + PROSE
                + "\n\n- not a list, a dump has no markup\n\n"
                + PROSE);
    Article a = assertInstanceOf(Extracted.class, r).article();
    assertTrue(a.blocks().stream().allMatch(BodyBlock.Paragraph.class::isInstance));
    assertEquals(
        a.paragraphs(), a.blocks().stream().map(b -> ((BodyBlock.Paragraph) b).text()).toList());
  }

  @Test
  void builderKeepsBlocksAndParagraphsInStep() {
    Article a =
        Article.builder()
            .blocks(
                List.of(
                    new BodyBlock.Heading(2, "Head"),
                    new BodyBlock.ItemList(false, List.of(List.of("a"), List.of("b", "c"))),
                    new BodyBlock.Preformatted("x  =  1\n    y")))
            .build();
    assertEquals(List.of("Head", "a", "b", "c", "x = 1\ny"), a.paragraphs());
    assertEquals(a, a.toBuilder().build());
    Article plain = a.toBuilder().paragraphs(List.of("p")).build();
    assertEquals(List.of(new BodyBlock.Paragraph("p")), plain.blocks());
  }

  @Test
  void loneSurrogatesAreRepairedInBlocksToo() {
    Article a = article(page("<pre>code &#xD800; here\n  indented</pre>"));
    BodyBlock.Preformatted pre = only(a, BodyBlock.Preformatted.class);
    assertEquals("code \uFFFD here\n  indented", pre.text());
  }

  @Test
  void preformattedBrokenByBrIsOneBlock() {
    Article a =
        article(page("<pre><code><span>int</span> add() {<br>    return 1;<br><br>}</code></pre>"));
    BodyBlock.Preformatted pre = only(a, BodyBlock.Preformatted.class);
    assertEquals("int add() {\n    return 1;\n\n}", pre.text());
    assertEquals(List.of("int add() {", "return 1;", "}"), pre.paragraphs());
  }

  @Test
  void linksAreSpansWhenAskedFor() {
    String html =
        page(
            "<p>Read <a href='/city/plan.html'>the plan</a>, <a href='javascript:alert(1)'>this</a>"
                + " and <a href='https://other.example/b'>the <b>vote</b></a>. "
                + PROSE
                + "</p>");
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    PageHints hints = PageHints.none().withUrl("https://news.example.com/city/budget.html");
    Article plain = assertInstanceOf(Extracted.class, Zhengwen.extract(bytes, hints)).article();
    Article linked =
        assertInstanceOf(
                Extracted.class,
                org.zhengwen.Extractor.builder().links(true).build().extract(bytes, hints))
            .article();
    assertEquals(plain.paragraphs(), linked.paragraphs(), "links change no text");
    BodyBlock.Paragraph p = (BodyBlock.Paragraph) linked.blocks().get(1);
    assertTrue(p.text().startsWith("Read the plan, this and the vote. "), p.text());
    assertEquals(
        List.of(
            new BodyBlock.Link(5, 13, "https://news.example.com/city/plan.html"),
            new BodyBlock.Link(24, 32, "https://other.example/b")),
        p.links());
    assertEquals(List.of(), ((BodyBlock.Paragraph) plain.blocks().get(1)).links());
    assertTrue(
        linked
            .toHtml()
            .contains("<a href=\"https://news.example.com/city/plan.html\">the plan</a>"),
        linked.toHtml());
    assertTrue(
        linked.toMarkdown().contains("[the plan](<https://news.example.com/city/plan.html>)"));
  }
}
