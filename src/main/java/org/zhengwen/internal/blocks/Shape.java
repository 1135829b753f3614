package org.zhengwen.internal.blocks;

import java.util.List;
import java.util.Optional;

/**
 * Where a block sat in its page's structure, as far as the article's typed body ({@link
 * org.zhengwen.BodyBlock}) needs it. Blocks of one list, table, quote, preformatted element or
 * figure share its {@code container} number, which is unique within a page; the assembler groups
 * consecutive kept blocks by it. Text-dump lines are all {@link #PLAIN}.
 */
public sealed interface Shape {
  /** Running text: a paragraph of its own. */
  Shape PLAIN = new Plain(List.of());

  /**
   * A paragraph, or text whose structure the body model does not keep.
   *
   * @param anchors the links inside it, in page order, when they were asked for
   */
  record Plain(List<Anchor> anchors) implements Shape {}

  /**
   * A link's visible text and where it points.
   *
   * @param text the text as the walk reads it (white space collapsed)
   * @param url its absolute http(s) URL
   */
  record Anchor(String text, String url) {}

  /**
   * A heading.
   *
   * @param level 1–6, as {@code <h1>}–{@code <h6>}
   */
  record Heading(int level) implements Shape {}

  /**
   * Text of a list item.
   *
   * @param container the list
   * @param item the item ({@code <li>}) within the page, so a second block of one item stays in it
   * @param ordered whether the list is numbered ({@code <ol>})
   */
  record ListItem(int container, int item, boolean ordered) implements Shape {}

  /**
   * A data-table row, cells separated by tabs in the block's text.
   *
   * @param container the table
   * @param header whether the row is a header row (all cells {@code <th>}, or in {@code <thead>})
   */
  record TableRow(int container, boolean header) implements Shape {}

  /**
   * A paragraph of a block quote.
   *
   * @param container the quote
   */
  record Quote(int container) implements Shape {}

  /**
   * Text of a preformatted element.
   *
   * @param container the element
   * @param verbatim the element's whole text with its white space as the page has it
   */
  record Pre(int container, String verbatim) implements Shape {}

  /**
   * Text of a figure that shows an image: its caption, then a credit.
   *
   * @param container the figure
   * @param imageUrl the image's absolute http(s) URL, when the page gives one
   * @param alt the image's alternative text, when not blank
   */
  record Figure(int container, Optional<String> imageUrl, Optional<String> alt) implements Shape {}
}
