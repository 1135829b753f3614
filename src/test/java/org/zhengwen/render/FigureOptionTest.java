package org.zhengwen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhengwen.Article;
import org.zhengwen.BodyBlock;
import org.zhengwen.ChromeKind;
import org.zhengwen.Extracted;
import org.zhengwen.Extractor;
import org.zhengwen.PageHints;

/**
 * {@code Extractor.builder().figures(true)}: a figure's {@code <figcaption>} inside the article is
 * a {@link BodyBlock.Figure} (and its caption and credit are paragraphs), not caption chrome; off,
 * the output is as before; figures outside the article stay out either way.
 */
class FigureOptionTest {
  private static final Extractor WITH_FIGURES = Extractor.builder().figures(true).build();
  private static final Extractor WITHOUT_FIGURES = Extractor.builder().build();

  private static final String FIGURE =
      "<figure><img src=/img/a.jpg alt='The old library at dusk'>"
          + "<figcaption>The library will be rebuilt by May. <span class=credit>Photo: Ann Lee</span>"
          + "</figcaption></figure>";

  private static final String SIDEBAR_FIGURE =
      "<aside class=sidebar><h3>Most read</h3><figure><img src=/img/b.jpg alt='A bus'>"
          + "<figcaption>New buses for the north <span class=credit>Photo: Bo Chen</span>"
          + "</figcaption></figure></aside>";

  private static Extracted extract(Extractor extractor, String html) {
    return assertInstanceOf(
        Extracted.class,
        extractor.extract(
            html.getBytes(StandardCharsets.UTF_8),
            PageHints.none().withUrl("https://news.example.com/city/budget.html")));
  }

  /** The article, checked to hold its paragraphs in its blocks. */
  private static Article article(Extractor extractor, String html) {
    Article a = extract(extractor, html).article();
    List<String> held = new ArrayList<>();
    a.blocks().forEach(b -> held.addAll(b.paragraphs()));
    assertEquals(a.paragraphs(), held, "the blocks hold exactly the paragraphs");
    return a;
  }

  private static List<BodyBlock.Figure> figures(Article a) {
    return a.blocks().stream()
        .filter(BodyBlock.Figure.class::isInstance)
        .map(BodyBlock.Figure.class::cast)
        .toList();
  }

  @Test
  void figureCaptionAndCreditWhenAskedFor() {
    Article a = article(WITH_FIGURES, BodyBlocksTest.page(FIGURE));
    assertEquals(
        List.of(
            new BodyBlock.Figure(
                Optional.of("https://news.example.com/img/a.jpg"),
                Optional.of("The old library at dusk"),
                "The library will be rebuilt by May.",
                Optional.of("Photo: Ann Lee"))),
        figures(a));
    int at = a.paragraphs().indexOf("The library will be rebuilt by May.");
    assertTrue(at > 0, a.paragraphs().toString());
    assertEquals("Photo: Ann Lee", a.paragraphs().get(at + 1));
    assertTrue(a.paragraphs().get(at + 2).startsWith("Last. "), a.paragraphs().toString());
  }

  @Test
  void figureRendersSafely() {
    Article a = article(WITH_FIGURES, BodyBlocksTest.page(FIGURE));
    String md = a.toMarkdown();
    assertTrue(
        md.contains(
            "![The old library at dusk](<https://news.example.com/img/a.jpg>)\n\n"
                + "The library will be rebuilt by May.\n\nPhoto: Ann Lee"),
        md);
    Article body = a.toBuilder().title(null).subtitle(null).build();
    assertEquals(
        MarkdownReadBack.expected(a),
        MarkdownReadBack.texts(body.toMarkdown()),
        "the Markdown reads back to the paragraphs");
    String html = a.toHtml();
    assertEquals(List.of(), HtmlSafety.problems(html), html);
    assertTrue(
        html.contains(
            "<figure>\n<img src=\"https://news.example.com/img/a.jpg\""
                + " alt=\"The old library at dusk\">\n"
                + "<figcaption>The library will be rebuilt by May. <small>Photo: Ann Lee</small>"
                + "</figcaption>\n</figure>"),
        html);
  }

  @Test
  void captionIsChromeByDefault() {
    Extracted e = extract(WITHOUT_FIGURES, BodyBlocksTest.page(FIGURE));
    Article a = article(WITHOUT_FIGURES, BodyBlocksTest.page(FIGURE));
    assertEquals(List.of(), figures(a));
    assertFalse(a.text().contains("rebuilt by May"), a.text());
    assertFalse(a.text().contains("Ann Lee"), a.text());
    assertTrue(
        e.removed().stream()
            .anyMatch(r -> r.reason() == ChromeKind.CAPTION && r.text().contains("rebuilt by May")),
        e.removed().toString());
    assertEquals(
        a, article(Extractor.standard(), BodyBlocksTest.page(FIGURE)), "the default is off");
    Article asked = article(WITH_FIGURES, BodyBlocksTest.page(FIGURE));
    assertTrue(
        asked
            .paragraphs()
            .containsAll(List.of("The library will be rebuilt by May.", "Photo: Ann Lee")),
        asked.paragraphs().toString());
    assertEquals(
        a.paragraphs(),
        asked.paragraphs().stream().filter(p -> !p.contains("May.") && !p.contains("Ann")).toList(),
        "asking for figures adds the caption and the credit, and changes nothing else");
  }

  @Test
  void figureOutsideTheArticleStaysOut() {
    String html = BodyBlocksTest.page(FIGURE).replace("<footer>", SIDEBAR_FIGURE + "<footer>");
    for (Extractor extractor : List.of(WITH_FIGURES, WITHOUT_FIGURES)) {
      Article a = article(extractor, html);
      assertFalse(a.text().contains("New buses"), a.text());
      assertFalse(a.text().contains("Bo Chen"), a.text());
      assertTrue(
          figures(a).stream().noneMatch(f -> f.imageUrl().orElse("").endsWith("/b.jpg")),
          figures(a).toString());
    }
    assertEquals(1, figures(article(WITH_FIGURES, html)).size());
  }

  @Test
  void figureWithoutImageKeepsItsCaptionOut() {
    String quote =
        "<figure><blockquote><p>Build it.</p></blockquote>"
            + "<figcaption>The mayor, in March</figcaption></figure>";
    Article a = article(WITH_FIGURES, BodyBlocksTest.page(quote + FIGURE));
    assertEquals(
        new BodyBlock.Quote(List.of("Build it.")), BodyBlocksTest.only(a, BodyBlock.Quote.class));
    assertFalse(a.text().contains("The mayor"), a.text());
    assertEquals(
        "The library will be rebuilt by May.",
        BodyBlocksTest.only(a, BodyBlock.Figure.class).caption());
  }
}
