package org.zhengwen.internal.blocks;

/**
 * One block of a page, in the model shared by HTML pages and page-text dumps.
 *
 * @param text the block's visible text, trimmed, never blank
 * @param type its structural role
 * @param linkDensity share of the text's characters that sit inside links (0 when unknown, as in
 *     text dumps)
 * @param index position in page order, 0-based, over all blocks of the page (kept and removed)
 * @param shape where it sat in the page's structure (list, table, figure …), for the typed body
 */
public record Block(String text, BlockType type, double linkDensity, int index, Shape shape) {

  /** A block with no structure beyond its type: a paragraph of the typed body. */
  public Block(String text, BlockType type, double linkDensity, int index) {
    this(text, type, linkDensity, index, Shape.PLAIN);
  }
}
