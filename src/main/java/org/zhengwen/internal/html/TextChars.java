package org.zhengwen.internal.html;

import org.zhengwen.internal.text.Scripts;
import org.zhengwen.internal.text.Texts;

/**
 * Character classes used to measure text in a language-neutral way: lengths count characters, not
 * whitespace-separated words, so Chinese and English pages are measured alike.
 */
final class TextChars {
  private TextChars() {}

  /**
   * Flag bits of {@link #flags}: padding ({@link Texts#isPad}), CJK ({@link Scripts#isCjk}),
   * sentence punctuation ({@link Texts#isSentencePunct}), digit ({@link Texts#isNumeralDigit}).
   */
  static final int SPACE = 1;

  static final int CJK = 2;
  static final int PUNCT = 4;
  static final int DIGIT = 8;

  /**
   * Every BMP character's classes, computed once from the predicates named at {@link #SPACE}: the
   * DOM walk classifies every character of every page, and one table load is cheaper than the chain
   * of range tests each predicate makes. The predicates in internal/text stay the one definition;
   * the table only caches them.
   */
  private static final byte[] BMP_FLAGS = bmpFlags();

  /**
   * The classes of a code point as {@link #SPACE}, {@link #CJK}, {@link #PUNCT} and {@link #DIGIT}
   * bits. Supplementary code points are classified on the spot.
   */
  static int flags(int c) {
    if (c < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
      return BMP_FLAGS[c];
    }
    return Scripts.isCjk(c)
        ? CJK
        : 0; // no supplementary character is a space, sentence punctuation or a counted digit
  }

  private static byte[] bmpFlags() {
    byte[] table = new byte[Character.MIN_SUPPLEMENTARY_CODE_POINT];
    for (int c = 0; c < table.length; c++) {
      table[c] =
          (byte)
              ((Texts.isPad((char) c) ? SPACE : 0)
                  | (Scripts.isCjk(c) ? CJK : 0)
                  | (Texts.isSentencePunct((char) c) ? PUNCT : 0)
                  | (Texts.isNumeralDigit(c) ? DIGIT : 0));
    }
    return table;
  }

  /**
   * Weighted length of a text: a CJK character counts as much as {@link #CJK_WEIGHT} Latin letters,
   * so length thresholds written for English apply to Chinese prose too.
   */
  static int weightedLength(int chars, int cjkChars) {
    return chars + (CJK_WEIGHT - 1) * cjkChars;
  }

  /** How many Latin characters one CJK character is worth in length thresholds. */
  static final int CJK_WEIGHT = 3;
}
