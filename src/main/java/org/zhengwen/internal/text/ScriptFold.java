package org.zhengwen.internal.text;

/**
 * Folds traditional Chinese characters to their simplified forms ({@code hant-hans-pairs.txt}), so
 * that one vocabulary, written in either script, matches pages in both: a Hong Kong or Taiwan
 * portal's {@code 相關閱讀} is the same marker as {@code 相关阅读}. Only characters that never occur in
 * simplified text are folded, so simplified and non-Chinese text comes back unchanged (the same
 * instance). Used for matching only: the text a caller keeps is never folded.
 */
public final class ScriptFold {
  private static final char[] TO_HANS = load();

  private ScriptFold() {}

  /** {@code s} with every traditional-only character replaced by its simplified form. */
  public static String toHans(String s) {
    int i = firstFolded(s);
    if (i < 0) {
      return s;
    }
    char[] out = s.toCharArray();
    for (; i < out.length; i++) {
      char f = fold(out[i]);
      if (f != 0) {
        out[i] = f;
      }
    }
    return new String(out);
  }

  private static int firstFolded(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (fold(s.charAt(i)) != 0) {
        return i;
      }
    }
    return -1;
  }

  /** The simplified form of {@code c}, or 0 when it has none. */
  private static char fold(char c) {
    return c < TO_HANS.length ? TO_HANS[c] : 0;
  }

  private static char[] load() {
    char[] map = new char[0xA000]; // every folded character is a BMP ideograph below U+A000
    for (String line : DataFiles.lines(ScriptFold.class, "hant-hans-pairs.txt")) {
      for (String pair : line.strip().split("\\s+")) {
        if (pair.length() != 2 || pair.charAt(0) >= map.length) {
          throw new IllegalStateException("hant-hans-pairs.txt: not a character pair: " + pair);
        }
        map[pair.charAt(0)] = pair.charAt(1);
      }
    }
    return map;
  }
}
