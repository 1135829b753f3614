package org.zhengwen.internal.classify;

import java.util.Locale;
import java.util.regex.Pattern;
import org.zhengwen.internal.text.DateTimes;
import org.zhengwen.internal.text.ZoneNames;

/**
 * Values that a page puts where a name belongs but that name no one: a time ({@code 10:31 pm}), a
 * zone word ({@code CST}), a URL, a byline word with no name ({@code By}). Used to keep them out of
 * {@code source} and {@code authors}, wherever those were read from. Thread-safe.
 */
public final class NotNames {
  /** A clock time: 10:31, 8.22 am, 14h30. */
  private static final Pattern CLOCK =
      Pattern.compile("(?<!\\d)\\d{1,2}[:h.]\\d{2}(?!\\d)|(?<!\\d)\\d{1,2}\\s?[ap]\\.?m\\b");

  /**
   * A URL: with a scheme, or a host starting {@code www.}. A bare domain is not one: outlets are
   * named so ({@code Salon.com}, {@code news.example.at}).
   */
  private static final Pattern URL = Pattern.compile("(?i)(?:[a-z][a-z0-9+.-]*://\\S*|www\\.\\S+)");

  private NotNames() {}

  /**
   * Whether {@code value} names no one: it is blank, a URL, holds a clock time or a date, or is
   * made only of dateline words (zone, month, weekday, label, byline words) and numbers.
   */
  public static boolean isNotAName(String value) {
    String v = value.strip();
    if (v.isEmpty() || URL.matcher(v).matches() || v.contains("://")) {
      return true;
    }
    if (CLOCK.matcher(v.toLowerCase(Locale.ROOT)).find() || DateTimes.find(v).isPresent()) {
      return true;
    }
    // "ET", "ET • 2 min read" are not names; "The Sun" and "20 Minuten" are outlets, though every
    // word of them is a dateline word too.
    return DatelineWords.isBareBylineWord(v)
        || onlyDatelineWords(v) && (hasZoneWord(v) || DatelineWords.read(v) != null);
  }

  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

  /** Whether a word of {@code v} is a time zone or a date label ("ET", "Published"). */
  private static boolean hasZoneWord(String v) {
    for (String w : NOT_LETTERS.split(v)) {
      if (!w.isEmpty() && (ZoneNames.isZoneName(w) || DatelineWords.isLabelWord(w))) {
        return true;
      }
    }
    return false;
  }

  /** Whether every run of letters is a dateline, zone or byline word; and there is one. */
  private static boolean onlyDatelineWords(String v) {
    boolean anyWord = false;
    int i = 0;
    while (i < v.length()) {
      int c = v.codePointAt(i);
      if (!Character.isLetter(c)) {
        i += Character.charCount(c);
        continue;
      }
      int end = i;
      while (end < v.length() && Character.isLetter(v.codePointAt(end))) {
        end += Character.charCount(v.codePointAt(end));
      }
      String word = v.substring(i, end);
      if (!DatelineWords.isDatelineWord(word)
          && !DatelineWords.isBareBylineWord(word)
          && !ZoneNames.isZoneName(word)) {
        return false;
      }
      anyWord = true;
      i = end;
    }
    return anyWord;
  }
}
