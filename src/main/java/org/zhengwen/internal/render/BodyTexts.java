package org.zhengwen.internal.render;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.zhengwen.BodyBlock;

/** Changes every text of a typed body the same way, keeping its structure. */
public final class BodyTexts {
  private BodyTexts() {}

  /** The blocks with {@code f} applied to every text they hold (URLs and alt texts included). */
  public static List<BodyBlock> map(List<BodyBlock> blocks, UnaryOperator<String> f) {
    return blocks.stream().map(b -> map(b, f)).toList();
  }

  /**
   * The texts a block holds besides its paragraphs: a preformatted block's own text, a figure's
   * image URL and alternative text.
   */
  public static Stream<String> beyondParagraphs(BodyBlock b) {
    if (b instanceof BodyBlock.Preformatted p) {
      return Stream.of(p.text());
    }
    if (b instanceof BodyBlock.Figure f) {
      return Stream.concat(f.imageUrl().stream(), f.alt().stream());
    }
    return Stream.empty();
  }

  private static BodyBlock map(BodyBlock b, UnaryOperator<String> f) {
    if (b instanceof BodyBlock.Heading h) {
      return new BodyBlock.Heading(h.level(), f.apply(h.text()));
    }
    if (b instanceof BodyBlock.Paragraph p) {
      String text = f.apply(p.text());
      // Repairs keep the length (one char for one), so spans stay where they were.
      return new BodyBlock.Paragraph(
          text, text.length() == p.text().length() ? p.links() : List.of());
    }
    if (b instanceof BodyBlock.ItemList l) {
      return new BodyBlock.ItemList(l.ordered(), all(l.items(), f));
    }
    if (b instanceof BodyBlock.Table t) {
      return new BodyBlock.Table(all(t.rows(), f), t.header());
    }
    if (b instanceof BodyBlock.Quote q) {
      return new BodyBlock.Quote(q.paragraphs().stream().map(f).toList());
    }
    if (b instanceof BodyBlock.Preformatted p) {
      return new BodyBlock.Preformatted(f.apply(p.text()), p.paragraphs().stream().map(f).toList());
    }
    BodyBlock.Figure fig = (BodyBlock.Figure) b;
    return new BodyBlock.Figure(
        fig.imageUrl().map(f), fig.alt().map(f), f.apply(fig.caption()), fig.credit().map(f));
  }

  private static List<List<String>> all(List<List<String>> lists, UnaryOperator<String> f) {
    return lists.stream().map(l -> l.stream().map(f).toList()).toList();
  }
}
