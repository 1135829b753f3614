package org.zhengwen.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.lang3.StringUtils;
import org.jspecify.annotations.Nullable;
import org.zhengwen.RemovedBlock;

/**
 * Puts kept paragraphs and removed blocks back into one reading order. The API gives each list in
 * page order but not where its blocks were, so each block is found in the page's visible text
 * (whitespace ignored, by its first characters), searching after the previous block of the same
 * list; a block not found (text the extractor rewrote) stays right after its predecessor.
 *
 * <p>Hook: when the API gives block positions, sort by them here instead of searching.
 */
final class ReadingOrder {
  /** Enough characters to tell blocks apart, short enough to survive the extractor's trimming. */
  private static final int KEY_CHARS = 24;

  /** One block of the view: kept (a paragraph) or removed (with its reason). */
  record Block(String text, @Nullable RemovedBlock removed, int position, int order) {
    boolean kept() {
      return removed == null;
    }
  }

  private ReadingOrder() {}

  /** Every block in reading order; {@code pageText} is the page's visible text. */
  static List<Block> of(String pageText, List<String> paragraphs, List<RemovedBlock> removed) {
    String haystack = squeeze(pageText);
    List<Block> blocks = new ArrayList<>();
    int[] at = {0, 0}; // where the next search starts; where the last block was
    for (String p : paragraphs) {
      blocks.add(new Block(p, null, place(haystack, p, at), blocks.size()));
    }
    at = new int[] {0, 0};
    for (RemovedBlock r : removed) {
      blocks.add(new Block(r.text(), r, place(haystack, r.text(), at), blocks.size()));
    }
    // Stable: at equal positions paragraphs (added first) stay before removed blocks, each list in
    // its order.
    blocks.sort(Comparator.comparingInt(Block::position).thenComparingInt(Block::order));
    return blocks;
  }

  /**
   * Where {@code text} starts at or after {@code at[0]}, moving the search past it so that a
   * repeated text (a title and its duplicate) is found at its next occurrence; the last block's
   * place when not found.
   */
  private static int place(String haystack, String text, int[] at) {
    String key = squeeze(text);
    key = StringUtils.left(key, KEY_CHARS);
    int i = key.isEmpty() ? -1 : haystack.indexOf(key, at[0]);
    if (i >= 0) {
      at[0] = i + 1;
      at[1] = i;
    }
    return at[1];
  }

  private static String squeeze(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(b::appendCodePoint);
    return b.toString();
  }
}
