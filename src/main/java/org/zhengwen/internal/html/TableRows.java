package org.zhengwen.internal.html;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhengwen.internal.blocks.BlockType;

/**
 * Turns a data-table row into one {@link BlockType#TABLE_ROW} block. A row qualifies when at least
 * two of its cells hold text and every cell holds at most one block with no nested table; rows of
 * layout tables, whose cells hold whole paragraphs, are left cut per paragraph.
 */
final class TableRows {
  /** Longer cells are prose in a layout table, not data. */
  private static final int MAX_CELL_LENGTH = 300;

  private TableRows() {}

  /** Merges the blocks of the just-closed row {@code tr} in place, when it is a data row. */
  static void mergeRow(ElementInfo tr, List<RawBlock> blocks) {
    int first = tr.firstBlock;
    int end = blocks.size();
    if (end - first < 2 || !eachCellHoldsOneBlock(tr, blocks, first, end)) {
      return;
    }
    RawBlock merged = blocks.get(first);
    StringBuilder text = new StringBuilder(merged.text);
    for (int i = first + 1; i < end; i++) {
      RawBlock b = blocks.get(i);
      text.append('\t').append(b.text);
      merged.chars += b.chars;
      merged.cjkChars += b.cjkChars;
      merged.linkChars += b.linkChars;
      merged.punct += b.punct;
      merged.linkCjkChars += b.linkCjkChars;
    }
    for (int i = first; i < end; i++) {
      fixRanges(blocks.get(i).owner, tr, first);
    }
    merged.text = text.toString();
    merged.type = merged.type == BlockType.HEADING ? BlockType.HEADING : BlockType.TABLE_ROW;
    merged.owner = tr;
    blocks.subList(first + 1, end).clear();
    tr.endBlock = first + 1;
  }

  private static boolean eachCellHoldsOneBlock(
      ElementInfo tr, List<RawBlock> blocks, int first, int end) {
    ElementInfo previousCell = null;
    for (int i = first; i < end; i++) {
      if (blocks.get(i).weightedLength() > MAX_CELL_LENGTH) {
        return false;
      }
      ElementInfo cell = cellOf(blocks.get(i).owner, tr);
      if (cell == null || cell == previousCell) {
        return false;
      }
      previousCell = cell;
    }
    return true;
  }

  /**
   * The cell of {@code tr} holding {@code owner}, or null when a nested table or row lies in
   * between.
   */
  private static @Nullable ElementInfo cellOf(ElementInfo owner, ElementInfo tr) {
    ElementInfo e = owner;
    while (e != null && e.parent != tr) {
      if (e.tag.equals("table") || e.tag.equals("tr") || e == tr) {
        return null;
      }
      e = e.parent;
    }
    return e;
  }

  /** Elements between a merged block's owner and the row now hold just the merged block. */
  private static void fixRanges(ElementInfo owner, ElementInfo tr, int first) {
    for (ElementInfo e = owner; e != null && e != tr; e = e.parent) {
      e.firstBlock = first;
      e.endBlock = first + 1;
    }
  }
}
