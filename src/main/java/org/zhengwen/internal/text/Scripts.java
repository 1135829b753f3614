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
      return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' ? Character.UnicodeScript.LATIN : Character.UnicodeScript.COMMON;
    }
    if (cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0x3400 && cp <= 0x4DBF) {
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
    return Character.UnicodeScript.of(cp);
  }

  /** Han, kana and hangul: scripts written without spaces, where one character carries a word's weight. */
  public static boolean isCjk(int cp) {
    if (cp < 0x2E80) {
      return false;
    }
    Character.UnicodeScript s = of(cp);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
  }

  /** Han ideographs. */
  public static boolean isHan(int cp) {
    return cp >= 0x2E80 && of(cp) == Character.UnicodeScript.HAN;
  }
}
