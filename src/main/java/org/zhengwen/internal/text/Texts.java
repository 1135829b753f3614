package org.zhengwen.internal.text;

/** Small character-level helpers shared by the pipeline stages. */
public final class Texts {
  private Texts() {}

  /**
   * True for characters that indent or pad text on Chinese pages: whitespace, NBSP, U+3000, BOM.
   */
  public static boolean isPad(char c) {
    if (c > ' ' && c < 0x7F || c > 0x3000 && c != 0xFEFF) {
      return false; // printable ASCII, CJK and above: decided without the checks below
    }
    return c == ' '
        || c == '\t'
        || c == '\u00a0'
        || c == '\u3000'
        || c == '\ufeff'
        || c == '\u200b'
        || c == '\r'
        || c == '\n'
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c);
  }

  /**
   * True when the text is empty or only padding (see {@link #isPad}); unlike trimming, copies
   * nothing.
   */
  public static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isPad(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text without leading and trailing padding (see {@link #isPad}); the same instance if none.
   */
  public static String trimPad(String s) {
    return trim(s, Texts::isPad);
  }

  /**
   * The text without the characters {@code drop} accepts at either end; the same instance if none
   * (a loop, not a regex: hot paths use it).
   */
  public static String trim(String s, CharPredicate drop) {
    int start = 0;
    int end = s.length();
    while (start < end && drop.test(s.charAt(start))) {
      start++;
    }
    while (end > start && drop.test(s.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == s.length() ? s : s.substring(start, end);
  }

  /** A test of one char, without boxing it. */
  @FunctionalInterface
  public interface CharPredicate {
    /** Whether {@code c} is accepted. */
    boolean test(char c);
  }

  /** Collapses every run of padding inside the text to one ASCII space, and trims the ends. */
  public static String collapsePad(String s) {
    StringBuilder b = null;
    int n = s.length();
    boolean pad = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isPad(c)) {
        if (b == null) {
          b = new StringBuilder(n);
          b.append(s, 0, i);
        }
        pad = true;
      } else {
        if (b != null) {
          if (pad && b.length() > 0) {
            b.append(' ');
          }
          b.append(c);
        }
        pad = false;
      }
    }
    if (b == null) {
      return s;
    }
    return b.toString();
  }

  /**
   * True for sentence punctuation, Chinese (full- and half-width) and Western: ，。！？；：、．､｡ and
   * .,!?;:
   */
  public static boolean isSentencePunct(char c) {
    return switch (c) {
      case '，', '。', '！', '？', '；', '：', '、', '．', '､', '｡', '.', ',', '!', '?', ';', ':' -> true;
      default -> false;
    };
  }

  /** True for punctuation that ends a sentence or clause: 。！？ . ! ? and the ellipsis. */
  public static boolean isTerminalPunct(char c) {
    return switch (c) {
      case '。', '！', '？', '.', '!', '?', '…', '」', '”', '"', '）', ')' -> true;
      default -> false;
    };
  }

  /**
   * Number of letters and digits (any script): a length measure that works for Chinese and English.
   */
  public static int letterCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /**
   * {@link #letterCount(String)}, but counting stops once it reaches {@code cap}: the answer is
   * {@code min(letterCount(s), cap)}, found without reading a long text to its end.
   */
  public static int letterCount(String s, int cap) {
    int n = 0;
    for (int i = 0; i < s.length() && n < cap; i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** Count of sentence punctuation characters. */
  public static int sentencePunctCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (isSentencePunct(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
