package org.zhengwen.internal.html;

import org.zhengwen.internal.text.Scripts;

/**
 * Character classes used to measure text in a language-neutral way: lengths count characters, not
 * whitespace-separated words, so Chinese and English pages are measured alike.
 */
final class TextChars {
  private TextChars() {}

  /** Whitespace for collapsing: Java whitespace plus NBSP, the ideographic space and zero-width spaces. */
  static boolean isSpace(int c) {
    if (c > ' ' && c < 0x7F || c > 0x3000 && c != 0xFEFF) {
      return false; // printable ASCII, CJK and above: the common cases, decided without the checks below
    }
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x00A0 || c == 0x3000
        || c == 0x200B || c == 0xFEFF || c == 0x2007 || c == 0x202F || Character.isWhitespace(c);
  }

  /** Han, kana and hangul: scripts written without spaces, where one character carries a word's weight. */
  static boolean isCjk(int c) {
    return Scripts.isCjk(c);
  }

  /** Sentence and clause punctuation of running prose, Chinese and Latin. */
  static boolean isSentencePunct(int c) {
    switch (c) {
      case '，': case '。': case '！': case '？': case '；': case '：': case '、':
      case ',': case '.': case '!': case '?': case ';': case ':': case '．': case '､': case '｡':
        return true;
      default:
        return false;
    }
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
