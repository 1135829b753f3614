package org.zhengwen.internal.html;

import org.zhengwen.internal.blocks.BlockType;

/**
 * A block as cut by the walk, before the region is chosen: text, measures and the element that owns
 * it.
 */
final class RawBlock {
  String text;
  BlockType type;
  final int headingLevel;
  int chars;
  int cjkChars;
  int linkChars;

  /** Sentence punctuation outside links. */
  int punct;

  int linkCjkChars;

  /** Innermost block-level element around the text. */
  ElementInfo owner;

  RawBlock(
      String text,
      BlockType type,
      int headingLevel,
      int chars,
      int cjkChars,
      int linkChars,
      int punct,
      ElementInfo owner) {
    this.text = text;
    this.type = type;
    this.headingLevel = headingLevel;
    this.chars = chars;
    this.cjkChars = cjkChars;
    this.linkChars = linkChars;
    this.punct = punct;
    this.owner = owner;
  }

  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }

  int weightedLength() {
    return TextChars.weightedLength(chars, cjkChars);
  }

  /** Weighted length of the text outside links: what the block says itself. */
  int proseLength() {
    return TextChars.weightedLength(chars - linkChars, cjkChars - linkCjkChars);
  }

  @Override
  public String toString() {
    return type + " " + text;
  }
}
