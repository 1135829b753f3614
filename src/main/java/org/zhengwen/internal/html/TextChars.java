package org.zhengwen.internal.html;

import org.zhengwen.internal.text.Scripts;
import org.zhengwen.internal.text.Texts;

/**
 * Character classes used to measure text in a language-neutral way: lengths count characters, not
 * whitespace-separated words, so Chinese and English pages are measured alike.
 */
final class TextChars {
  private TextChars() {}

  /** Flag bits of {@link #flags}: whitespace, CJK, sentence punctuation, digit. */
  static final int SPACE = 1;

  static final int CJK = 2;
  static final int PUNCT = 4;
  static final int DIGIT = 8;

  /**
   * Every BMP character's classes, computed once from the predicates below: the DOM walk classifies
   * every character of every page, and one table load is cheaper than the chain of range tests each
   * predicate makes. The predicates stay the one definition; the table only caches them.
   */
  private static final byte[] BMP_FLAGS = bmpFlags();

  /**
   * The classes of a code point as {@link #SPACE}, {@link #CJK}, {@link #PUNCT} and {@link #DIGIT}
   * bits. Digits are ASCII and full-width digits and, below U+2E80, what {@link Character#isDigit}
   * says. Supplementary code points are classified on the spot.
   */
  static int flags(int c) {
    if (c < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
      return BMP_FLAGS[c];
    }
    return isCjk(c)
        ? CJK
        : 0; // no supplementary character is a space, sentence punctuation or a counted digit
  }

  private static byte[] bmpFlags() {
    byte[] table = new byte[Character.MIN_SUPPLEMENTARY_CODE_POINT];
    for (int c = 0; c < table.length; c++) {
      boolean digit =
          c >= '0' && c <= '9'
              || c >= 0xFF10 && c <= 0xFF19
              || c >= 0x80 && c < 0x2E80 && Character.isDigit(c);
      table[c] =
          (byte)
              ((isSpace(c) ? SPACE : 0)
                  | (isCjk(c) ? CJK : 0)
                  | (isSentencePunct(c) ? PUNCT : 0)
                  | (digit ? DIGIT : 0));
    }
    return table;
  }

  /**
   * Whitespace for collapsing: {@link Texts#isPad} (NBSP, the ideographic space and zero-width
   * spaces included).
   */
  static boolean isSpace(int c) {
    return c < Character.MIN_SUPPLEMENTARY_CODE_POINT && Texts.isPad((char) c);
  }

  /**
   * Han, kana and hangul: scripts written without spaces, where one character carries a word's
   * weight.
   */
  static boolean isCjk(int c) {
    return Scripts.isCjk(c);
  }

  /** Sentence and clause punctuation of running prose: {@link Texts#isSentencePunct}. */
  static boolean isSentencePunct(int c) {
    return c < Character.MIN_SUPPLEMENTARY_CODE_POINT && Texts.isSentencePunct((char) c);
  }

  /** Punctuation that ends a sentence, used to recognise short but complete paragraphs. */
  static boolean endsSentence(String text) {
    int i = text.length();
    while (i > 0) {
      int c = text.codePointBefore(i);
      if (c == '"' || c == '”' || c == '’' || c == '\'' || c == '）' || c == ')' || c == '」'
          || c == '』') {
        i -= Character.charCount(c);
        continue;
      }
      return c == '.' || c == '。' || c == '!' || c == '！' || c == '?' || c == '？' || c == '…'
          || c == ':' || c == '：';
    }
    return false;
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
