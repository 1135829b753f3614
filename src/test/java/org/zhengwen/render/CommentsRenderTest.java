package org.zhengwen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zhengwen.Article;
import org.zhengwen.Comment;
import org.zhengwen.Extracted;
import org.zhengwen.Extractor;
import org.zhengwen.PageHints;
import org.zhengwen.PublishedDate;

/**
 * Readers' comments in the three formats: after the article, under a heading of their own, only
 * when there are any, and as safe as the article's own text.
 */
class CommentsRenderTest {
  private static final String HOSTILE =
      "<script>alert(1)</script> **bold** [x](javascript:alert(2)) &amp; <img src=x onerror=y>";

  private static Article withComments(List<Comment> comments) {
    return Article.builder().title("Title").paragraphs(List.of("Body.")).comments(comments).build();
  }

  private static final List<Comment> TWO =
      List.of(
          Comment.of("Ann", PublishedDate.parse("2024-09-08T19:22"), "First point.\nSecond point."),
          Comment.of(null, null, "Anonymous reply."));

  @Test
  void noCommentsNoSection() {
    Article a = withComments(List.of());
    assertFalse(a.toMarkdown().contains("Comments"), a.toMarkdown());
    assertFalse(a.toHtml().contains("comments"), a.toHtml());
    assertEquals("Title\n\nBody.\n", a.toPlainText());
  }

  @Test
  void markdownPutsCommentsUnderTheirHeadingAsQuotes() {
    assertEquals(
        "# Title\n\nBody.\n\n## Comments\n\nAnn · 2024-09-08T19:22\n\n"
            + "> First point.\n>\n> Second point.\n\n> Anonymous reply.\n",
        withComments(TWO).toMarkdown());
  }

  @Test
  void htmlPutsCommentsInASectionOfTheirOwn() {
    assertEquals(
        "<article>\n<h1>Title</h1>\n<p>Body.</p>\n<section class=\"comments\">\n"
            + "<h2>Comments</h2>\n<article>\n"
            + "<footer>Ann · <time datetime=\"2024-09-08T19:22\">2024-09-08T19:22</time></footer>\n"
            + "<p>First point.</p>\n<p>Second point.</p>\n</article>\n"
            + "<article>\n<p>Anonymous reply.</p>\n</article>\n</section>\n</article>\n",
        withComments(TWO).toHtml());
  }

  @Test
  void plainTextPutsCommentsAfterTheArticle() {
    assertEquals(
        "Title\n\nBody.\n\nComments\n\nAnn · 2024-09-08T19:22\nFirst point.\nSecond point.\n\n"
            + "Anonymous reply.\n",
        withComments(TWO).toPlainText());
  }

  @Test
  void hostileCommentsRenderAsText() {
    Article a =
        withComments(
            List.of(
                Comment.of(HOSTILE, PublishedDate.parse("2024-01-02"), HOSTILE + "\n" + HOSTILE),
                Comment.of("\"><script>x()</script>", null, "# not a heading\n1. not a list")));
    String html = a.toHtml();
    assertEquals(List.of(), HtmlSafety.problems(html), html);
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
    assertFalse(html.contains("<img"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);

    List<String> expected = new ArrayList<>(List.of("Body.", "Comments"));
    expected.addAll(List.of(HOSTILE + " · 2024-01-02", HOSTILE, HOSTILE));
    expected.addAll(List.of("\"><script>x()</script>", "# not a heading", "1. not a list"));
    Article body = a.toBuilder().title(null).build();
    assertEquals(expected, MarkdownReadBack.texts(body.toMarkdown()), body.toMarkdown());

    assertTrue(a.toPlainText().endsWith("# not a heading\n1. not a list\n"), a.toPlainText());
  }

  @Test
  void extractedCommentsRenderInEveryFormat() throws IOException {
    Path page = Path.of("testdata", "html", "blog-with-comments", "source.html");
    Article a =
        assertInstanceOf(
                Extracted.class,
                Extractor.builder().comments(true).build().extract(page, PageHints.none()))
            .article();
    assertFalse(a.comments().isEmpty(), "the page has four comments");
    String firstText = a.comments().get(0).text();
    for (String out : List.of(a.toMarkdown(), a.toHtml(), a.toPlainText())) {
      int body = out.indexOf("switched to no-dig");
      int heading = out.indexOf("Comments");
      assertTrue(body >= 0 && heading > body, out);
      assertTrue(out.indexOf(firstText.substring(0, 20)) > heading, out);
    }
    assertEquals(List.of(), HtmlSafety.problems(a.toHtml()), a.toHtml());
  }
}
