package org.zhengwen.internal.html;

import org.zhengwen.internal.text.Scripts;
import org.zhengwen.internal.text.Texts;

/**
 * Character classes used to measure text in a language-neutral way: lengths count characters, not
 * whitespace-separated words, so Chinese and English pages are measured alike.
 */
final class TextChars {
  private TextChars() {}

  /** Whitespace for collapsing: {@link Texts#isPad} (NBSP, the ideographic space and zero-width spaces included). */
  static boolean isSpace(int c) {
    return c < Character.MIN_SUPPLEMENTARY_CODE_POINT && Texts.isPad((char) c);
  }

  /** Han, kana and hangul: scripts written without spaces, where one character carries a word's weight. */
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
      if (c == '"' || c == '”' || c == '’' || c == '\'' || c == '）' || c == ')' || c == '」' || c == '』') {
        i -= Character.charCount(c);
        continue;
      }
      return c == '.' || c == '。' || c == '!' || c == '！' || c == '?' || c == '？' || c == '…' || c == ':'
          || c == '：';
    }
    return false;
  }

  /**
   * Weighted length of a text: a CJK character counts as much as {@link #CJK_WEIGHT} Latin letters, so
   * length thresholds written for English apply to Chinese prose too.
   */
  static int weightedLength(int chars, int cjkChars) {
    return chars + (CJK_WEIGHT - 1) * cjkChars;
  }

  /** How many Latin characters one CJK character is worth in length thresholds. */
  static final int CJK_WEIGHT = 3;
}
