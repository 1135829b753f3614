package org.zhengwen.internal.render;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.zhengwen.Article;
import org.zhengwen.BodyBlock;
import org.zhengwen.Comment;

/**
 * Writes an article as an HTML fragment safe to embed in another page: elements of its own choice
 * only, no attribute but an image's {@code src} and {@code alt} and a link's {@code href}, every
 * text escaped, and only absolute {@code http}/{@code https} URLs. Readers' comments, when the
 * article has them, close it in a {@code <section class="comments">}: the only other attributes are
 * that constant class and a comment date's {@code datetime}.
 */
public final class HtmlWriter {
  private HtmlWriter() {}

  /** The article as {@code <article>…</article>}, ending with a line break. */
  public static String write(Article a) {
    StringBuilder out = new StringBuilder("<article>\n");
    a.title().ifPresent(t -> element(out, "h1", t));
    a.subtitle().ifPresent(s -> element(out, "p", s));
    for (BodyBlock b : a.blocks()) {
      block(out, b);
    }
    comments(out, a.comments());
    return out.append("</article>\n").toString();
  }

  /**
   * The comments at the end of the article, as HTML suggests: a {@code <section class="comments">}
   * under its heading, each comment an {@code <article>} with its author and date in a {@code
   * <footer>}.
   */
  private static void comments(StringBuilder out, List<Comment> comments) {
    if (comments.isEmpty()) {
      return;
    }
    out.append("<section class=\"comments\">\n");
    element(out, "h2", CommentParts.HEADING);
    for (Comment c : comments) {
      out.append("<article>\n");
      if (c.author().isPresent() || c.published().isPresent()) {
        out.append("<footer>");
        c.author().ifPresent(name -> out.append(escape(name)));
        c.published()
            .map(Object::toString)
            .ifPresent(
                date -> {
                  out.append(c.author().isPresent() ? " · " : "");
                  out.append("<time datetime=\"").append(escape(date)).append("\">");
                  out.append(escape(date)).append("</time>");
                });
        out.append("</footer>\n");
      }
      CommentParts.paragraphs(c).forEach(p -> element(out, "p", p));
      out.append("</article>\n");
    }
    out.append("</section>\n");
  }

  private static void block(StringBuilder out, BodyBlock b) {
    if (b instanceof BodyBlock.Heading h) {
      element(out, "h" + h.level(), h.text());
    } else if (b instanceof BodyBlock.Paragraph p) {
      paragraph(out, p);
    } else if (b instanceof BodyBlock.ItemList l) {
      String tag = l.ordered() ? "ol" : "ul";
      out.append('<').append(tag).append(">\n");
      for (List<String> item : l.items()) {
        out.append("<li>");
        if (item.size() == 1) {
          out.append(escape(item.get(0)));
        } else {
          item.forEach(p -> out.append("<p>").append(escape(p)).append("</p>"));
        }
        out.append("</li>\n");
      }
      out.append("</").append(tag).append(">\n");
    } else if (b instanceof BodyBlock.Table t) {
      table(out, t);
    } else if (b instanceof BodyBlock.Quote q) {
      out.append("<blockquote>\n");
      q.paragraphs().forEach(p -> element(out, "p", p));
      out.append("</blockquote>\n");
    } else if (b instanceof BodyBlock.Preformatted p) {
      // A line break right after <pre> is dropped by parsers: one of our own keeps the first line.
      out.append("<pre>\n").append(escape(p.text())).append("</pre>\n");
    } else if (b instanceof BodyBlock.Figure f) {
      out.append("<figure>\n");
      Optional<String> src = f.imageUrl().flatMap(HtmlWriter::webUrl);
      if (src.isPresent()) {
        out.append("<img src=\"")
            .append(escape(src.get()))
            .append("\" alt=\"")
            .append(escape(f.alt().orElse("")))
            .append("\">\n");
      }
      out.append("<figcaption>").append(escape(f.caption()));
      f.credit().ifPresent(c -> out.append(" <small>").append(escape(c)).append("</small>"));
      out.append("</figcaption>\n</figure>\n");
    }
  }

  /** A paragraph, its links (http and https only) as {@code <a href>}. */
  private static void paragraph(StringBuilder out, BodyBlock.Paragraph p) {
    String text = p.text();
    out.append("<p>");
    int at = 0;
    for (BodyBlock.Link link : p.links()) {
      Optional<String> href = webUrl(link.url());
      if (href.isEmpty()) {
        continue;
      }
      out.append(escape(text.substring(at, link.start())))
          .append("<a href=\"")
          .append(escape(href.get()))
          .append("\">")
          .append(escape(text.substring(link.start(), link.end())))
          .append("</a>");
      at = link.end();
    }
    out.append(escape(text.substring(at))).append("</p>\n");
  }

  private static void table(StringBuilder out, BodyBlock.Table t) {
    out.append("<table>\n");
    List<List<String>> rows = t.rows();
    int first = 0;
    if (t.header() && !rows.isEmpty()) {
      out.append("<thead>\n");
      row(out, rows.get(0), "th");
      out.append("</thead>\n");
      first = 1;
    }
    out.append("<tbody>\n");
    for (int i = first; i < rows.size(); i++) {
      row(out, rows.get(i), "td");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static void row(StringBuilder out, List<String> cells, String cellTag) {
    out.append("<tr>");
    for (String cell : cells) {
      out.append('<').append(cellTag).append('>').append(escape(cell));
      out.append("</").append(cellTag).append('>');
    }
    out.append("</tr>\n");
  }

  private static void element(StringBuilder out, String tag, String text) {
    out.append('<').append(tag).append('>').append(escape(text));
    out.append("</").append(tag).append(">\n");
  }

  /**
   * The URL when it is an absolute {@code http} or {@code https} URL with a host, checked again
   * here so that a hand-made article cannot smuggle in another scheme.
   */
  static Optional<String> webUrl(String url) {
    try {
      URI uri = URI.create(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("http") || scheme.equals("https");
      return web && uri.getHost() != null ? Optional.of(uri.toASCIIString()) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Text with the five characters HTML gives a meaning escaped; control characters dropped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
