package org.zhengwen.internal.blocks;

import java.util.ArrayList;
import java.util.List;
import org.zhengwen.internal.text.Texts;

/**
 * Cuts a page-text dump (the visible text of a page, chrome included) into blocks: one per
 * non-blank line, after hard-wrapped lines are joined back ({@link HardWraps}). Lines that start
 * with a bullet become {@link BlockType#LIST_ITEM}s without the bullet.
 */
public final class TextDumpBlocks {
  private TextDumpBlocks() {}

  /** The blocks of a text dump, in order. */
  public static PageBlocks split(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    while (start <= n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      String line = Texts.trimPad(text.substring(start, end));
      lines.add(line.isEmpty() ? null : line);
      start = end + 1;
    }
    List<Block> blocks = new ArrayList<>();
    for (String line : HardWraps.join(lines)) {
      if (line != null) {
        addLine(line, blocks);
      }
    }
    return new PageBlocks(blocks, List.of(), PageMetadata.empty());
  }

  private static void addLine(String raw, List<Block> blocks) {
    String line = Texts.trimPad(raw);
    if (line.isEmpty()) {
      return;
    }
    BlockType type = BlockType.LINE;
    if (isBullet(line.charAt(0)) && line.length() > 1 && Texts.isPad(line.charAt(1))) {
      line = Texts.trimPad(line.substring(1));
      type = BlockType.LIST_ITEM;
      if (line.isEmpty()) {
        return;
      }
    }
    blocks.add(new Block(line, type, 0, blocks.size()));
  }

  private static boolean isBullet(char c) {
    return c == '•' || c == '●' || c == '▪' || c == '■' || c == '►' || c == '▶' || c == '◆'
        || c == '-' || c == '*';
  }
}
