package org.zhengwen.internal.text;

/**
 * Fast script tests for the hot paths. {@link Character.UnicodeScript#of} is a binary search per
 * character; the ranges below answer for nearly every character of real pages without it, and fall
 * back to it for the rest, so the answers are the same.
 */
public final class Scripts {
  private Scripts() {}

  /**
   * The first code point of the East Asian blocks (CJK radicals at U+2E80, then CJK punctuation,
   * kana, Han, Yi, Hangul syllables, full-width forms): no character below it is CJK.
   */
  public static final int EAST_ASIAN_START = 0x2E80;

  /**
   * Whether the character stands below the East Asian blocks ({@link #EAST_ASIAN_START}): a cheap
   * test, with no script lookup, that it is not CJK text or CJK punctuation. Callers take a letter
   * that passes as one of a script written with spaces between words.
   */
  public static boolean isBelowEastAsian(int c) {
    return c < EAST_ASIAN_START;
  }

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
    if (isBelowEastAsian(cp)) {
      return false;
    }
    if (cp >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
      return isSupplementaryCjk(cp);
    }
    return isCjkScript(cp);
  }

  /**
   * What {@link #isCjkScript} says of each 256-code-point block above the BMP, filled in as blocks
   * are met: {@link #UNKNOWN}, {@link #NONE}, {@link #ALL}, or {@link #MIXED}. Emoji and icon-font
   * characters fill some pages, and a binary search per character cost more than the page's parse.
   * Races only write the same value twice.
   */
  private static final byte[] SUPPLEMENTARY_BLOCKS =
      new byte[(Character.MAX_CODE_POINT + 1 - Character.MIN_SUPPLEMENTARY_CODE_POINT) >> 8];

  private static final byte UNKNOWN = 0;
  private static final byte NONE = 1;
  private static final byte ALL = 2;
  private static final byte MIXED = 3;

  private static boolean isSupplementaryCjk(int cp) {
    int block = (cp - Character.MIN_SUPPLEMENTARY_CODE_POINT) >> 8;
    byte state = SUPPLEMENTARY_BLOCKS[block];
    if (state == UNKNOWN) {
      state = blockState(Character.MIN_SUPPLEMENTARY_CODE_POINT + (block << 8));
      SUPPLEMENTARY_BLOCKS[block] = state;
    }
    return state == MIXED ? isCjkScript(cp) : state == ALL;
  }

  private static byte blockState(int first) {
    int cjk = 0;
    for (int cp = first; cp < first + 256; cp++) {
      cjk += isCjkScript(cp) ? 1 : 0;
    }
    return cjk == 0 ? NONE : cjk == 256 ? ALL : MIXED;
  }

  private static boolean isCjkScript(int cp) {
    Character.UnicodeScript s = of(cp);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA
        || s == Character.UnicodeScript.HANGUL;
  }

  /**
   * The scripts of {@link #isCjk} as the inside of a regex character class, for patterns that need
   * them: {@code "[" + CJK_CLASS + "]"} matches what {@code isCjk} accepts.
   */
  public static final String CJK_CLASS = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}";

  /** Han ideographs. */
  public static boolean isHan(int cp) {
    return !isBelowEastAsian(cp) && of(cp) == Character.UnicodeScript.HAN;
  }
}
