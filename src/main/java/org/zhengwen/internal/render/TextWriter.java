package org.zhengwen.internal.render;

import java.util.List;
import org.zhengwen.Article;
import org.zhengwen.BodyBlock;
import org.zhengwen.Comment;

/**
 * Writes an article as plain text: title, subtitle, then the body blocks separated by blank lines.
 * List items start with {@code - } or their number, table cells are separated by tabs, a figure is
 * its caption and credit, preformatted text keeps its white space. Readers' comments, when the
 * article has them, follow under the heading {@code Comments}, each its byline then its text.
 */
public final class TextWriter {
  private TextWriter() {}

  /** The article as plain text, ending with a line break. */
  public static String write(Article a) {
    StringBuilder out = new StringBuilder();
    a.title().ifPresent(t -> out.append(t).append("\n\n"));
    a.subtitle().ifPresent(s -> out.append(s).append("\n\n"));
    for (BodyBlock b : a.blocks()) {
      block(out, b);
      out.append("\n\n");
    }
    comments(out, a.comments());
    return out.length() == 0 ? "" : out.substring(0, out.length() - 1);
  }

  /** The comments after the article, under their heading: each its byline, then its text. */
  private static void comments(StringBuilder out, List<Comment> comments) {
    if (comments.isEmpty()) {
      return;
    }
    out.append(CommentParts.HEADING).append("\n\n");
    for (Comment c : comments) {
      CommentParts.byline(c).ifPresent(line -> out.append(line).append('\n'));
      out.append(String.join("\n", CommentParts.paragraphs(c))).append("\n\n");
    }
  }

  private static void block(StringBuilder out, BodyBlock b) {
    if (b instanceof BodyBlock.Heading h) {
      out.append(h.text());
    } else if (b instanceof BodyBlock.Paragraph p) {
      out.append(p.text());
    } else if (b instanceof BodyBlock.ItemList l) {
      List<List<String>> items = l.items();
      for (int i = 0; i < items.size(); i++) {
        String head = l.ordered() ? (i + 1) + ". " : "- ";
        out.append(i == 0 ? "" : "\n").append(head);
        out.append(String.join("\n" + " ".repeat(head.length()), items.get(i)));
      }
    } else if (b instanceof BodyBlock.Table t) {
      out.append(String.join("\n", t.paragraphs()));
    } else if (b instanceof BodyBlock.Quote q) {
      out.append(String.join("\n\n", q.paragraphs()));
    } else if (b instanceof BodyBlock.Preformatted p) {
      out.append(p.text());
    } else if (b instanceof BodyBlock.Figure f) {
      out.append(String.join("\n", f.paragraphs()));
    }
  }
}
