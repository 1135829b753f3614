package org.zhengwen.internal.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips the site-name suffix from a {@code <title>}: {@code 标题_新闻中心_某网}, {@code Title - Site},
 * {@code Title | Site}, {@code 标题——新华网}. Trailing segments go while what remains stays long enough
 * to be a headline.
 */
final class TitleText {
  /**
   * Separators between headline and site name. A bare hyphen or underscore counts only next to CJK
   * text, where it cannot be part of an English compound word.
   */
  private static final Pattern SEPARATOR =
      Pattern.compile(
          "\\s+[-–—|·»:]{1,2}\\s+|\\s*(?:——|--|\\||｜|::|_)\\s*|(?<=\\p{IsHan})[-_](?=\\S)|(?<=\\S)[-_](?=\\p{IsHan})");

  /** A remainder shorter than this (weighted length) is no headline; stop stripping. */
  private static final int MIN_HEADLINE = 12;

  /** A trailing segment longer than this is part of the headline, not a site name. */
  private static final int MAX_SITE_NAME = 40;

  private TitleText() {}

  /** The title without its trailing site-name segments. */
  static String stripSiteSuffix(String title) {
    String t = title.strip();
    while (true) {
      int cut = lastSeparator(t);
      if (cut < 0) {
        return t;
      }
      String head = t.substring(0, cut).strip();
      String tail = t.substring(cut).strip();
      if (weighted(head) < MIN_HEADLINE || weighted(tail) > MAX_SITE_NAME) {
        return t;
      }
      t = head;
    }
  }

  private static int lastSeparator(String t) {
    Matcher m = SEPARATOR.matcher(t);
    int last = -1;
    while (m.find()) {
      if (m.start() > 0) {
        last = m.start();
      }
    }
    return last;
  }

  private static int weighted(String s) {
    int chars = 0;
    int cjk = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      int flags = TextChars.flags(c);
      if ((flags & TextChars.SPACE) == 0) {
        chars++;
        cjk += (flags & TextChars.CJK) != 0 ? 1 : 0;
      }
    }
    return TextChars.weightedLength(chars, cjk);
  }
}
