package org.zhengwen.internal.text;

/**
 * Fast script tests for the hot paths. {@link Character.UnicodeScript#of} is a binary search per
 * character; the ranges below answer for nearly every character of real pages without it, and fall
 * back to it for the rest, so the answers are the same.
 */
public final class Scripts {
  private Scripts() {}

  /** The script of a code point, as {@link Character.UnicodeScript#of}, with fast paths. */
  public static Character.UnicodeScript of(int cp) {
    if (cp < 0x80) {
      return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'
          ? Character.UnicodeScript.LATIN
          : Character.UnicodeScript.COMMON;
    }
    if (cp >= 0x4E00 && cp <= 0x9FFC
        || cp >= 0x3400 && cp <= 0x4DBF) { // assigned in Java 17 (Unicode 13)
      return Character.UnicodeScript.HAN;
    }
    if (cp >= 0x3041 && cp <= 0x3096) {
      return Character.UnicodeScript.HIRAGANA;
    }
    if (cp >= 0x30A1 && cp <= 0x30FA) {
      return Character.UnicodeScript.KATAKANA;
    }
    if (cp >= 0xAC00 && cp <= 0xD7A3) {
      return Character.UnicodeScript.HANGUL;
    }
    if (cp >= 0x3000 && cp <= 0x303F && (cp < 0x302A || cp > 0x302F)) {
      // CJK punctuation: common to the scripts, but for the iteration and ideographic number marks
      // (U+302A..302F, tone marks, are left to the JDK).
      return cp == 0x3005
              || cp == 0x3007
              || cp >= 0x3021 && cp <= 0x3029
              || cp >= 0x3038 && cp <= 0x303B
          ? Character.UnicodeScript.HAN
          : Character.UnicodeScript.COMMON;
    }
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
      // Full-width ASCII forms (，！？０-９ Ａ-Ｚ): letters are Latin, the rest common.
      int a = cp - 0xFF01 + 0x21;
      return (a | 0x20) >= 'a' && (a | 0x20) <= 'z'
          ? Character.UnicodeScript.LATIN
          : Character.UnicodeScript.COMMON;
    }
    return Character.UnicodeScript.of(cp);
  }

  /**
   * Han, kana and hangul: scripts written without spaces, where one character carries a word's
   * weight.
   */
  public static boolean isCjk(int cp) {
    if (cp < 0x2E80) {
      return false;
    }
    Character.UnicodeScript s = of(cp);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA
        || s == Character.UnicodeScript.HANGUL;
  }

  /** Han ideographs. */
  public static boolean isHan(int cp) {
    return cp >= 0x2E80 && of(cp) == Character.UnicodeScript.HAN;
  }
}
