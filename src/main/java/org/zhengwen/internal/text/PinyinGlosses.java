package org.zhengwen.internal.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes pinyin glosses that a simplified-to-traditional converter left behind, as in
 * {@code 網(wǎng)} or {@code 關(guān)鍵}: some converters annotate characters whose mapping is
 * ambiguous with their reading, and the gloss then leaks into the page text.
 *
 * <p>A gloss is a parenthesised ({@code ()} or full-width {@code （）}) run of 1–6 lower-case Latin
 * letters, tone-marked vowels included, that directly follows a Han character and contains at least
 * one tone-marked vowel or {@code ü}. The tone mark is what tells a gloss apart from real
 * parenthesised text such as {@code (a)}, {@code (GDP)} or {@code iPhone (new)}; neutral-tone
 * glosses like {@code (de)} are therefore kept, since they can't be told from English.
 */
public final class PinyinGlosses {

  /** Lower-case Latin letters plus the tone-marked vowels and syllabic nasals pinyin uses. */
  private static final String PINYIN_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";

  /** Letters that only pinyin (not plain English) puts in such a gloss. */
  private static final String TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";

  /** A Han character (group 1) then the gloss (group 2); bounded run so matching stays linear. */
  private static final Pattern GLOSS =
      Pattern.compile("(\\p{IsHan})[(（]([" + PINYIN_LETTERS + "]{1,6})[)）]");

  private PinyinGlosses() {}

  /**
   * Removes every pinyin gloss that directly follows a Han character.
   *
   * @param s text that may contain glosses
   * @return the text without glosses; {@code s} itself when there was nothing to remove
   */
  public static String repair(String s) {
    // Fast path: most text has no parenthesis at all, so skip the regex machinery.
    if (s.indexOf('(') < 0 && s.indexOf('（') < 0) {
      return s;
    }
    Matcher m = GLOSS.matcher(s);
    StringBuilder out = null;
    int copied = 0;
    while (m.find()) {
      if (!hasToneMark(s, m.start(2), m.end(2))) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length());
      }
      out.append(s, copied, m.end(1));
      copied = m.end();
    }
    if (out == null) {
      return s;
    }
    return out.append(s, copied, s.length()).toString();
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
