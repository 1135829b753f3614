package org.zhengwen.internal.assemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.zhengwen.BodyBlock;
import org.zhengwen.internal.blocks.Shape;

/**
 * Groups an article's paragraphs into typed body blocks as the assembler takes them: consecutive
 * paragraphs of one list, table, quote, preformatted element or figure become one block. Each
 * paragraph's text is taken as given, so the blocks hold exactly the article's paragraphs.
 */
final class BodyBuilder {
  private static final Pattern BLANK_LINES = Pattern.compile("\n{2,}");

  private final List<BodyBlock> blocks = new ArrayList<>();

  /** The open group's shape, or null when the last block is closed. */
  private @Nullable Shape open;

  /** The open group's paragraphs (list items: one entry per item, see {@link #items}). */
  private final List<String> texts = new ArrayList<>();

  private final List<List<String>> items = new ArrayList<>();
  private int lastItem = -1;
  private boolean firstRowIsHeader;

  /** The last figure closed: text of it that comes later is a paragraph, not a second figure. */
  private int closedFigure = -1;

  /** Adds the next paragraph, with the shape of the block it came from. */
  void add(String paragraph, Shape shape) {
    if (!continues(shape)) {
      close();
    }
    if (shape instanceof Shape.Heading h) {
      blocks.add(new BodyBlock.Heading(h.level(), paragraph));
    } else if (shape instanceof Shape.ListItem li) {
      if (li.item() != lastItem) {
        items.add(new ArrayList<>());
        lastItem = li.item();
      }
      items.get(items.size() - 1).add(paragraph);
      open = shape;
    } else if (shape instanceof Shape.Plain plain) {
      blocks.add(new BodyBlock.Paragraph(paragraph, links(paragraph, plain.anchors())));
    } else if (shape instanceof Shape.Figure f && f.container() == closedFigure) {
      blocks.add(new BodyBlock.Paragraph(paragraph));
    } else {
      if (texts.isEmpty()) {
        firstRowIsHeader = shape instanceof Shape.TableRow row && row.header();
      }
      texts.add(paragraph);
      open = shape;
    }
  }

  /**
   * The anchors found in the paragraph's text, in order: each is looked for after the one before,
   * and one not found (cut into another block, or its text changed by cleaning) is left out.
   */
  private static List<BodyBlock.Link> links(String text, List<Shape.Anchor> anchors) {
    if (anchors.isEmpty()) {
      return List.of();
    }
    List<BodyBlock.Link> links = new ArrayList<>(anchors.size());
    int from = 0;
    for (Shape.Anchor a : anchors) {
      int at = text.indexOf(a.text(), from);
      if (at >= 0) {
        links.add(new BodyBlock.Link(at, at + a.text().length(), a.url()));
        from = at + a.text().length();
      }
    }
    return links;
  }

  /** Whether a paragraph of {@code shape} belongs to the open group. */
  private boolean continues(Shape shape) {
    Shape o = open;
    if (o == null) {
      return false;
    }
    if (shape instanceof Shape.ListItem li) {
      return o instanceof Shape.ListItem ol && ol.container() == li.container();
    }
    if (shape instanceof Shape.TableRow row) {
      // A header row further down starts a table of its own: only a first row is a header.
      return o instanceof Shape.TableRow or && or.container() == row.container() && !row.header();
    }
    if (shape instanceof Shape.Quote q) {
      return o instanceof Shape.Quote oq && oq.container() == q.container();
    }
    if (shape instanceof Shape.Pre p) {
      return o instanceof Shape.Pre op && op.container() == p.container();
    }
    if (shape instanceof Shape.Figure f) {
      // A figure holds a caption and a credit.
      return o instanceof Shape.Figure of && of.container() == f.container() && texts.size() < 2;
    }
    return false;
  }

  /** The blocks, with the last group closed. */
  List<BodyBlock> build() {
    close();
    return blocks;
  }

  private void close() {
    Shape shape = open;
    if (shape == null) {
      return;
    }
    if (shape instanceof Shape.ListItem li) {
      blocks.add(new BodyBlock.ItemList(li.ordered(), items));
    } else if (shape instanceof Shape.TableRow) {
      blocks.add(new BodyBlock.Table(rows(), firstRowIsHeader));
    } else if (shape instanceof Shape.Quote) {
      blocks.add(new BodyBlock.Quote(texts));
    } else if (shape instanceof Shape.Pre p) {
      preformatted(p.verbatim());
    } else if (shape instanceof Shape.Figure f) {
      closedFigure = f.container();
      blocks.add(
          new BodyBlock.Figure(
              f.imageUrl(),
              f.alt(),
              texts.get(0),
              texts.size() > 1 ? Optional.of(texts.get(1)) : Optional.empty()));
    }
    open = null;
    texts.clear();
    items.clear();
    lastItem = -1;
  }

  /**
   * The element's text with its white space, when it is the text of the kept paragraphs (the walk
   * may have cut it at {@code <br>}, dropping blank lines); otherwise (part of it was not kept)
   * each paragraph as a block of its own, its line breaks kept but not its indentation, so that the
   * blocks never hold text the article does not.
   */
  private void preformatted(String verbatim) {
    String whole = String.join("\n", texts);
    if (withoutBlankLines(new BodyBlock.Preformatted(verbatim).paragraphs().get(0))
        .equals(withoutBlankLines(whole))) {
      blocks.add(new BodyBlock.Preformatted(verbatim, texts));
      return;
    }
    for (String text : texts) {
      blocks.add(new BodyBlock.Preformatted(text, List.of(text)));
    }
  }

  private static String withoutBlankLines(String text) {
    return BLANK_LINES.matcher(text).replaceAll("\n");
  }

  private List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>(texts.size());
    for (String row : texts) {
      rows.add(Arrays.asList(row.split("\t", -1)));
    }
    return rows;
  }
}
