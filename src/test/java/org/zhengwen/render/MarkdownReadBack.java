package org.zhengwen.render;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.zhengwen.Article;
import org.zhengwen.BodyBlock;

/**
 * Reads Markdown back with commonmark-java (GFM tables on) into the texts a reader sees: one entry
 * per heading, paragraph, list item paragraph, quote paragraph, code block, and table row (cells
 * joined by tabs). A paragraph that is only an image is the image, not text. Any markup the writer
 * never means to make (HTML, links, emphasis, indented code, thematic breaks) reads back as a
 * marker string, so it can never compare equal to article text.
 */
final class MarkdownReadBack {
  static final String UNEXPECTED = "\u0000unexpected:";
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private MarkdownReadBack() {}

  /** The texts of {@code markdown}, in order. */
  static List<String> texts(String markdown) {
    List<String> out = new ArrayList<>();
    blocks(PARSER.parse(markdown), out);
    return out;
  }

  /** The texts the Markdown of an article's body should read back as. */
  static List<String> expected(Article a) {
    List<String> out = new ArrayList<>();
    for (BodyBlock b : a.blocks()) {
      if (b instanceof BodyBlock.Preformatted p) {
        out.add(p.text());
      } else {
        out.addAll(b.paragraphs());
      }
    }
    return out;
  }

  private static void blocks(Node parent, List<String> out) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading || n instanceof Paragraph) {
        if (!(n instanceof Paragraph && onlyImages(n))) {
          out.add(inline(n));
        }
      } else if (n instanceof ListBlock || n instanceof ListItem || n instanceof BlockQuote) {
        blocks(n, out);
      } else if (n instanceof FencedCodeBlock code) {
        String literal = code.getLiteral();
        out.add(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
      } else if (n instanceof TableBlock) {
        tableRows(n, out);
      } else {
        out.add(UNEXPECTED + n.getClass().getSimpleName());
      }
    }
  }

  private static void tableRows(Node table, List<String> out) {
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        if (!(row instanceof TableRow)) {
          out.add(UNEXPECTED + row.getClass().getSimpleName());
          continue;
        }
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          cells.add(cell instanceof TableCell ? inline(cell) : UNEXPECTED);
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
          cells.remove(cells.size() - 1); // padding to the widest row, or an empty header
        }
        if (!cells.isEmpty()) {
          out.add(String.join("\t", cells));
        }
      }
    }
  }

  private static boolean onlyImages(Node paragraph) {
    for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
      if (!(n instanceof Image)) {
        return false;
      }
    }
    return paragraph.getFirstChild() != null;
  }

  private static String inline(Node parent) {
    StringBuilder text = new StringBuilder();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t) {
        text.append(t.getLiteral());
      } else if (n instanceof HardLineBreak || n instanceof SoftLineBreak) {
        text.append('\n');
      } else if (n instanceof Link) {
        text.append(inline(n)); // a link's text is text; checks on its URL are the writer's tests'
      } else if (n instanceof Code c) {
        text.append(UNEXPECTED).append(c.getLiteral());
      } else {
        text.append(UNEXPECTED).append(n.getClass().getSimpleName());
      }
    }
    return text.toString();
  }
}
