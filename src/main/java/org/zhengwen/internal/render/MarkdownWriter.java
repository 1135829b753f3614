package org.zhengwen.internal.render;

import java.util.List;
import java.util.Optional;
import org.zhengwen.Article;
import org.zhengwen.BodyBlock;
import org.zhengwen.Comment;

/**
 * Writes an article as CommonMark, with GitHub-flavoured pipe tables for tables (CommonMark has
 * none). Every text is escaped so that a CommonMark parser reads back the same characters: no
 * emphasis, link, HTML, entity, heading or list marker can come from the page's text. Readers'
 * comments, when the article has them, follow under the heading {@code ## Comments}.
 */
public final class MarkdownWriter {
  private MarkdownWriter() {}

  /** The article as Markdown, ending with a line break. */
  public static String write(Article a) {
    StringBuilder out = new StringBuilder();
    a.title().ifPresent(t -> out.append("# ").append(inline(t)).append("\n\n"));
    a.subtitle().ifPresent(s -> out.append(inline(s)).append("\n\n"));
    char lastMarker = 0;
    for (BodyBlock b : a.blocks()) {
      if (b instanceof BodyBlock.ItemList l) {
        // Two lists in a row would read back as one unless their markers differ.
        lastMarker =
            l.ordered() ? (lastMarker == '.' ? ')' : '.') : (lastMarker == '-' ? '*' : '-');
        list(out, l, lastMarker);
      } else {
        lastMarker = 0;
        block(out, b);
      }
      out.append("\n\n");
    }
    comments(out, a.comments());
    return out.length() == 0 ? "" : out.substring(0, out.length() - 1);
  }

  /**
   * The comments after the article, under a level-2 heading: each its byline as a paragraph, then
   * its text as a block quote, so that no comment can read as part of the article.
   */
  private static void comments(StringBuilder out, List<Comment> comments) {
    if (comments.isEmpty()) {
      return;
    }
    out.append("## ").append(inline(CommentParts.HEADING)).append("\n\n");
    for (Comment c : comments) {
      CommentParts.byline(c).ifPresent(line -> out.append(inline(line)).append("\n\n"));
      List<String> ps = CommentParts.paragraphs(c);
      if (!ps.isEmpty()) {
        out.append("> ")
            .append(String.join("\n>\n> ", ps.stream().map(MarkdownWriter::inline).toList()));
        out.append("\n\n");
      }
    }
  }

  private static void block(StringBuilder out, BodyBlock b) {
    if (b instanceof BodyBlock.Heading h) {
      out.append("#".repeat(h.level())).append(' ').append(inline(h.text()));
    } else if (b instanceof BodyBlock.Paragraph p) {
      linked(out, p);
    } else if (b instanceof BodyBlock.Table t) {
      table(out, t);
    } else if (b instanceof BodyBlock.Quote q) {
      List<String> ps = q.paragraphs();
      for (int i = 0; i < ps.size(); i++) {
        out.append(i == 0 ? "> " : "\n>\n> ").append(inline(ps.get(i)).replace("\n", "\n> "));
      }
    } else if (b instanceof BodyBlock.Preformatted p) {
      String fence = "`".repeat(Math.max(3, longestRun(p.text(), '`') + 1));
      out.append(fence).append('\n').append(p.text()).append('\n').append(fence);
    } else if (b instanceof BodyBlock.Figure f) {
      Optional<String> src = f.imageUrl().flatMap(HtmlWriter::webUrl);
      if (src.isPresent()) {
        out.append("![")
            .append(inline(f.alt().orElse("")))
            .append("](<")
            .append(url(src.get()))
            .append(">)\n\n");
      }
      out.append(inline(f.caption()));
      f.credit().ifPresent(c -> out.append("\n\n").append(inline(c)));
    }
  }

  /** A paragraph's text, its links (http and https only) as inline links. */
  private static void linked(StringBuilder out, BodyBlock.Paragraph p) {
    String text = p.text();
    int at = 0;
    for (BodyBlock.Link link : p.links()) {
      Optional<String> href = HtmlWriter.webUrl(link.url());
      if (href.isEmpty()) {
        continue;
      }
      out.append(inline(text.substring(at, link.start())))
          .append('[')
          .append(inline(text.substring(link.start(), link.end())))
          .append("](<")
          .append(url(href.get()))
          .append(">)");
      at = link.end();
    }
    out.append(inline(text.substring(at)));
  }

  private static void list(StringBuilder out, BodyBlock.ItemList l, char marker) {
    boolean loose = l.items().stream().anyMatch(item -> item.size() > 1);
    List<List<String>> items = l.items();
    for (int i = 0; i < items.size(); i++) {
      String head = l.ordered() ? (i + 1) + String.valueOf(marker) + " " : marker + " ";
      String indent = " ".repeat(head.length());
      if (i > 0) {
        out.append(loose ? "\n\n" : "\n");
      }
      List<String> item = items.get(i);
      for (int j = 0; j < item.size(); j++) {
        out.append(j == 0 ? head : "\n\n" + indent)
            .append(inline(item.get(j)).replace("\n", "\n" + indent));
      }
    }
  }

  private static void table(StringBuilder out, BodyBlock.Table t) {
    int columns = t.rows().stream().mapToInt(List::size).max().orElse(1);
    List<List<String>> rows = t.rows();
    int first = 0;
    if (t.header() && !rows.isEmpty()) {
      row(out, rows.get(0), columns);
      first = 1;
    } else {
      row(out, List.of(), columns);
    }
    out.append('\n').append("|").append(" --- |".repeat(columns));
    for (int i = first; i < rows.size(); i++) {
      out.append('\n');
      row(out, rows.get(i), columns);
    }
  }

  private static void row(StringBuilder out, List<String> cells, int columns) {
    out.append('|');
    for (int c = 0; c < columns; c++) {
      String cell = c < cells.size() ? inline(cells.get(c)).replace("|", "\\|") : "";
      out.append(' ').append(cell.replace("\n", " ")).append(" |");
    }
  }

  /**
   * Text with every character CommonMark could read as markup backslash-escaped: inline markup
   * everywhere, block markers (list, heading, quote, setext and thematic lines) at a line's start.
   * Escaping more than needed is harmless: a backslash before any ASCII punctuation reads as the
   * character itself. Line breaks become hard breaks.
   */
  static String inline(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    boolean lineStart = true;
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.append("\\\n");
        lineStart = true;
        digits = 0;
        continue;
      }
      if (c == '\r') {
        continue;
      }
      boolean special =
          switch (c) {
            case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '#', '|', '~', '!' -> true;
            case '-', '+', '=' -> lineStart;
            case '.', ')' ->
                digits > 0 && digits == i - lineStartIndex(text, i) && endsMarker(text, i + 1);
            default -> false;
          };
      if (special) {
        out.append('\\');
      }
      out.append(c);
      digits = c >= '0' && c <= '9' ? digits + 1 : 0;
      lineStart = false;
    }
    return out.toString();
  }

  /** Whether a list marker would end before {@code i}: a space, a tab, a line end or the end. */
  private static boolean endsMarker(String text, int i) {
    return i >= text.length() || " \t\n".indexOf(text.charAt(i)) >= 0;
  }

  /** Where the line holding {@code i} starts. */
  private static int lineStartIndex(String text, int i) {
    int nl = text.lastIndexOf('\n', i - 1);
    return nl + 1;
  }

  /** An URL for an angle-bracket link destination: no spaces, brackets or line breaks. */
  private static String url(String url) {
    StringBuilder out = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      switch (c) {
        case ' ' -> out.append("%20");
        case '<' -> out.append("%3C");
        case '>' -> out.append("%3E");
        case '\n', '\r' -> {}
        case '\\' -> out.append("%5C");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static int longestRun(String text, char c) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == c ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }
}
