package org.zhengwen.internal.blocks;

/** What structural role a block had in its page. */
public enum BlockType {
  /**
   * A paragraph of running text (HTML {@code <p>}, {@code <div>} text, {@code <br>}-separated
   * runs).
   */
  PARAGRAPH,
  /** A heading ({@code <h1>}–{@code <h6>}). */
  HEADING,
  /** An item of a list ({@code <li>}, or a text-dump line starting with a bullet). */
  LIST_ITEM,
  /** One row of a table, cells joined by tabs or spaces. */
  TABLE_ROW,
  /** A block quote. */
  QUOTE,
  /** Preformatted text. */
  PRE,
  /** One line of a page-text dump: no structure known. */
  LINE
}
