package org.zhengwen.internal.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The home of the character classes the pipeline stages share (padding, sentence and clause
 * punctuation, sentence ends, digits, letter counts) and of small text helpers built on them.
 * Script tests live in {@link Scripts}, title comparison in {@link TitleKeys}; the HTML walk caches
 * some of these predicates in a per-character table (html.TextChars) but defines none of its own.
 */
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

  /**
   * True for a character a finished sentence or clause may end with: the stops 。！？ . ! ?, the
   * ellipsis, and the closing marks that follow a stop (」 ” " ） )). A test of one character, for
   * telling a line that reads on from one that ends: unlike {@link #endsSentence} it takes a
   * closing mark alone as an end and does not take a colon.
   */
  public static boolean isTerminalPunct(char c) {
    return switch (c) {
      case '。', '！', '？', '.', '!', '?', '…', '」', '”', '"', '）', ')' -> true;
      default -> false;
    };
  }

  /**
   * True for the full-width sentence stops 。！？ alone: the marks that end a sentence of CJK prose
   * (not the clause marks of {@link #isSentencePunct}, nor Western stops, which also stand in
   * numbers and abbreviations).
   */
  public static boolean isCjkSentenceStop(char c) {
    return c == '。' || c == '！' || c == '？';
  }

  /**
   * Whether the text ends a sentence: its last character, after any closing quotes and brackets ("
   * ” ’ ' ） ) 」 』), is a stop (. 。 ! ！ ? ？), the ellipsis or a colon (: ：, which ends a lead-in to
   * a quote or list). Stricter than {@link #isTerminalPunct} about closing marks (a stop must stand
   * before them) and looser about colons; for recognising short but complete paragraphs.
   */
  public static boolean endsSentence(String text) {
    int i = text.length();
    while (i > 0) {
      int c = text.codePointBefore(i);
      if (isClosingMark(c)) {
        i -= Character.charCount(c);
        continue;
      }
      return c == '.' || c == '。' || c == '!' || c == '！' || c == '?' || c == '？' || c == '…'
          || c == ':' || c == '：';
    }
    return false;
  }

  /**
   * Whether the text ends with 。 ： : ； or ，, as a finished sentence or a clause that leads on does:
   * the test by which a line is not taken for a headline.
   */
  public static boolean endsLikeClause(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    return last == '。' || last == '：' || last == ':' || last == '；' || last == '，';
  }

  private static boolean isClosingMark(int c) {
    return c == '"' || c == '”' || c == '’' || c == '\'' || c == '）' || c == ')' || c == '」'
        || c == '』';
  }

  /**
   * Whether the code point is a digit of a number whose separators ({@code 16:06}, {@code 3.5},
   * {@code 1,000}) are not sentence punctuation: ASCII and full-width digits, and below U+2E80 what
   * {@link Character#isDigit} says (other scripts' digits; the CJK blocks write numbers with
   * ideographs instead).
   */
  public static boolean isNumeralDigit(int c) {
    return c >= '0' && c <= '9'
        || c >= 0xFF10 && c <= 0xFF19
        || c >= 0x80 && Scripts.isBelowEastAsian(c) && Character.isDigit(c);
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

  /** Number of digits ({@link Character#isDigit}, any script). */
  public static int digitCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += Character.isDigit(s.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  /** Whether the text holds a digit ({@link Character#isDigit}, any script). */
  public static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
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

  /**
   * Whether {@code next} opens the item after the one {@code previous} opens: {@code 二、} after
   * {@code 一、}, {@code 3.} after {@code 2.}, {@code （4）} after {@code （3）}.
   */
  public static boolean nextItemOf(String previous, String next) {
    int p = itemNumber(previous);
    return p > 0 && itemNumber(next) == p + 1;
  }

  /** The number of the list item the text opens with, or -1. */
  static int itemNumber(String text) {
    Matcher m = ITEM_MARK.matcher(text);
    if (!m.lookingAt()) {
      return -1;
    }
    String n = m.group(1) != null ? m.group(1) : m.group(2);
    if (Character.isDigit(n.charAt(0))) {
      return Integer.parseInt(n);
    }
    return chineseNumber(n);
  }

  /** 一 to 九十九 in Chinese numerals, or -1. */
  private static int chineseNumber(String n) {
    int ten = n.indexOf('十');
    if (ten < 0) {
      return n.length() == 1 ? CHINESE_DIGITS.indexOf(n.charAt(0)) + 1 : -1;
    }
    int tens = ten == 0 ? 1 : CHINESE_DIGITS.indexOf(n.charAt(0)) + 1;
    int units = ten == n.length() - 1 ? 0 : CHINESE_DIGITS.indexOf(n.charAt(ten + 1)) + 1;
    return tens <= 0 || units < 0 ? -1 : tens * 10 + units;
  }

  private static final String CHINESE_DIGITS = "一二三四五六七八九";

  /** An item's mark at the start: 一、 / 2. / 3、 / (4) / （五）. */
  private static final Pattern ITEM_MARK =
      Pattern.compile(
          "\\s*(?:([一二三四五六七八九十]{1,3}|\\d{1,2})[、.．]|[（(]([一二三四五六七八九十]{1,3}|\\d{1,2})[）)])");
}
