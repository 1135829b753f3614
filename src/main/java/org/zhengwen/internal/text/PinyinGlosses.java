package org.zhengwen.internal.text;

/**
 * Removes pinyin glosses that a simplified-to-traditional converter left behind, as in {@code
 * 網(wǎng)} or {@code 關(guān)鍵}: some converters annotate characters whose mapping is ambiguous with
 * their reading, and the gloss then leaks into the page text.
 *
 * <p>A gloss is a parenthesised ({@code ()} or full-width {@code （）}) run of 1–6 lower-case Latin
 * letters, tone-marked vowels included, that directly follows a Han character and contains at least
 * one tone-marked vowel or {@code ü}. The tone mark is what tells a gloss apart from real
 * parenthesised text such as {@code (a)}, {@code (GDP)} or {@code iPhone (new)}; neutral-tone
 * glosses like {@code (de)} are therefore kept, since they can't be told from English.
 */
public final class PinyinGlosses {

  /** Letters that only pinyin (not plain English) puts in such a gloss. */
  private static final String TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";

  /** Lower-case Latin letters plus the tone-marked vowels and syllabic nasals pinyin uses. */
  private static final String PINYIN = "abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";

  private static final int MAX_GLOSS = 6;

  private PinyinGlosses() {}

  /**
   * Removes every pinyin gloss that directly follows a Han character.
   *
   * @param s text that may contain glosses
   * @return the text without glosses; {@code s} itself when there was nothing to remove
   */
  public static String repair(String s) {
    StringBuilder out = null;
    int copied = 0;
    for (int open = nextParen(s, 0); open >= 0; open = nextParen(s, open + 1)) {
      int close = glossEnd(s, open);
      if (close < 0) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length());
      }
      out.append(s, copied, open);
      copied = close + 1;
      open = close;
    }
    return out == null ? s : out.append(s, copied, s.length()).toString();
  }

  /**
   * The next '(' or '（' at or after {@code from}, or -1. A loop, not a regex: this runs on every
   * paragraph.
   */
  private static int nextParen(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '（') {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of the closing parenthesis when a gloss opens at {@code open}: a Han character before
   * it, then 1 to 6 pinyin letters with a tone mark, then ')' or '）'. Otherwise -1.
   */
  private static int glossEnd(String s, int open) {
    if (open == 0 || !Scripts.isHan(s.codePointBefore(open))) {
      return -1;
    }
    int i = open + 1;
    while (i < s.length() && i - open <= MAX_GLOSS && PINYIN.indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    int letters = i - open - 1;
    if (letters < 1 || letters > MAX_GLOSS || i >= s.length()) {
      return -1;
    }
    char close = s.charAt(i);
    return (close == ')' || close == '）') && hasToneMark(s, open + 1, i) ? i : -1;
  }

  /** Whether {@code s[from, to)} has a tone-marked vowel or ü, i.e. is pinyin, not English. */
  private static boolean hasToneMark(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (TONE_MARKED.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
