package org.zhengwen.internal.classify;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.zhengwen.internal.text.DataFiles;
import org.zhengwen.internal.text.DateTimes;
import org.zhengwen.internal.text.ScriptFold;
import org.zhengwen.internal.text.Scripts;

/**
 * Datelines in any of the languages of {@code dateline-words.tsv}: short lines made only of a date
 * or time and the words around it ({@code Published Monday, Nov. 18, 2019 8:22 AM EST}, {@code
 * Aktualisiert am 22.04.2024, 10:15 Uhr}). The date itself need not be parseable for the line to be
 * known as a dateline: the words say it. Thread-safe.
 */
final class DatelineWords {
  /** What a word of a dateline is. */
  enum Kind {
    LABEL,
    MONTH,
    WEEKDAY,
    ZONE,
    FILLER,
    BYLINE,
    MINUTE,
    READ,
    COUNTER,
    UNIT
  }

  /** The kinds of word a counter bar is made of. */
  private static final Set<Kind> COUNT_KINDS =
      EnumSet.of(Kind.COUNTER, Kind.READ, Kind.UNIT, Kind.FILLER);

  /** What a line made of dateline words holds. */
  record Dateline(boolean labelled) {}

  /** The {@code revised} rows: labels saying a date is a later revision ({@code updated}, 更新). */
  private static final Set<String> REVISION_WORDS = new TreeSet<>();

  private static final Map<String, Kind> WORDS = load();

  private static final Pattern LETTER_RUN = Pattern.compile("\\p{L}+");

  /** Longest Han word of the vocabulary: Han runs are split into words greedily. */
  private static final int LONGEST_HAN_WORD = 3;

  /** A numeric date (22.04.2024, 04/22/24, 2024-04-22) or a clock time (8:22, 10.15, 14h30). */
  private static final Pattern NUMERIC_DATE_OR_TIME =
      Pattern.compile(
          "(?<!\\d)(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}|\\d{1,2}[:h]\\d{2})(?!\\d)");

  private DatelineWords() {}

  /**
   * The dateline the whole text is, or null: every run of letters is a dateline word, and the text
   * holds a date or a time (a month name with a number counts) or a reading time. Counters may
   * follow ({@code 2 min read - 59 Shares}).
   */
  static @Nullable Dateline read(String text) {
    Words w = scan(text);
    if (w == null || !w.digits) {
      return null;
    }
    boolean dated =
        w.month || NUMERIC_DATE_OR_TIME.matcher(text).find() || DateTimes.find(text).isPresent();
    // "3 min read", "Lesedauer: 4 Min.": a reading time says as much about the page as a label
    // does.
    boolean readingTime = w.minute && w.readWord;
    return dated || readingTime ? new Dateline(w.labelled || readingTime) : null;
  }

  /**
   * Whether the text is a counter bar and nothing else: numbers with what they count ({@code 59
   * Shares}, {@code 阅读量1.3w 收藏 98}, {@code 12 comments · 3 likes}).
   */
  static boolean isCounterLine(String text) {
    Words w = scan(text);
    return w != null && w.digits && w.counter && w.onlyCounts;
  }

  /** What the runs of a text are, when each is a word of the vocabulary. */
  private static final class Words {
    boolean labelled;
    boolean month;
    boolean minute;
    boolean readWord;
    boolean counter;
    boolean digits;
    boolean onlyCounts = true;
  }

  /**
   * Reads the text run by run; null when a run of letters is not a word of the vocabulary, or is a
   * byline word.
   */
  private static @Nullable Words scan(String text) {
    Words w = new Words();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int c = text.codePointAt(i);
      int end = i + Character.charCount(c);
      if (Character.isDigit(c)) {
        w.digits = true;
      } else if (Character.isLetter(c)) {
        // A run ends where a capital follows a small letter: spans laid side by side lose the space
        // between them ("18:50 UhrLesedauer: 4 Min.").
        while (end < n
            && Character.isLetter(text.codePointAt(end))
            && !(Character.isUpperCase(text.codePointAt(end))
                && Character.isLowerCase(text.codePointBefore(end)))) {
          end += Character.charCount(text.codePointAt(end));
        }
        Kind k = kindOfRun(text.substring(i, end));
        if (k == null || k == Kind.BYLINE) {
          return null;
        }
        w.labelled |= k == Kind.LABEL;
        w.month |= k == Kind.MONTH;
        w.minute |= k == Kind.MINUTE;
        w.readWord |= k == Kind.READ;
        w.counter |= k == Kind.COUNTER || k == Kind.READ;
        w.onlyCounts &= COUNT_KINDS.contains(k);
      }
      i = end;
    }
    return w;
  }

  /**
   * Whether the text is only a byline word ({@code By}, {@code Von}): the name stood in a link of
   * its own.
   */
  static boolean isBareBylineWord(String text) {
    return WORDS.get(key(text.strip())) == Kind.BYLINE;
  }

  /** The byline words ({@code by}, {@code von}, {@code par} …), lower-case. */
  static Set<String> bylineWords() {
    Set<String> out = new TreeSet<>();
    WORDS.forEach(
        (w, k) -> {
          if (k == Kind.BYLINE) {
            out.add(w);
          }
        });
    return out;
  }

  /** Whether {@code word} (any case) is a date label ({@code published}, {@code aktualisiert}). */
  static boolean isLabelWord(String word) {
    return WORDS.get(key(word)) == Kind.LABEL;
  }

  /** Whether {@code word} (any case) is a dateline word other than a byline word. */
  static boolean isDatelineWord(String word) {
    Kind k = WORDS.get(key(word));
    return k != null && k != Kind.BYLINE;
  }

  /**
   * The kind of a run of letters, or null when it is not a dateline word. A Han run ({@code 分更新})
   * is split into vocabulary words, longest first; it is of the most telling kind found: a label,
   * else a counter, else the last word's kind.
   */
  private static @Nullable Kind kindOfRun(String run) {
    String lower = key(run);
    Kind whole = WORDS.get(lower);
    if (whole != null || !Scripts.isHan(lower.codePointAt(0))) {
      return whole;
    }
    boolean label = false;
    boolean counter = false;
    boolean onlyCounts = true;
    int i = 0;
    while (i < lower.length()) {
      int len = Math.min(LONGEST_HAN_WORD, lower.length() - i);
      Kind k = null;
      for (; len > 0 && (k = WORDS.get(lower.substring(i, i + len))) == null; len--) {
        // try a shorter word
      }
      if (k == null) {
        return null;
      }
      label |= k == Kind.LABEL;
      counter |= k == Kind.COUNTER || k == Kind.READ;
      onlyCounts &= COUNT_KINDS.contains(k);
      i += len;
    }
    return label ? Kind.LABEL : counter && onlyCounts ? Kind.COUNTER : Kind.FILLER;
  }

  /**
   * Whether the line's date is a revision's, not the publication's: it carries a revision label
   * ({@code Last updated}, {@code Aktualisiert}, 更新时间) and no other label ({@code Published …
   * Updated …} gives the publication date first).
   */
  static boolean isRevisionLine(String line) {
    String lower = key(line);
    boolean revised = false;
    Matcher m = LETTER_RUN.matcher(lower);
    while (m.find()) {
      String run = m.group();
      if (!Scripts.isHan(run.codePointAt(0))) {
        if (REVISION_WORDS.contains(run)) {
          revised = true;
        } else if (WORDS.get(run) == Kind.LABEL) {
          return false;
        }
        continue;
      }
      for (int i = 0; i < run.length(); i++) { // Han: every word the run holds, at any position
        for (int len = Math.min(LONGEST_HAN_WORD, run.length() - i); len >= 2; len--) {
          String w = run.substring(i, i + len);
          if (REVISION_WORDS.contains(w)) {
            revised = true;
          } else if (WORDS.get(w) == Kind.LABEL) {
            return false;
          }
        }
      }
    }
    return revised;
  }

  /** The vocabulary's form of a word: lower-cased, folded to simplified script (發佈 is 发布). */
  private static String key(String word) {
    return ScriptFold.toHans(word.toLowerCase(Locale.ROOT));
  }

  private static Map<String, Kind> load() {
    Map<String, Kind> words = new HashMap<>();
    for (String[] row : DataFiles.rows(DatelineWords.class, "dateline-words.tsv", 2)) {
      String word = key(row[1]);
      boolean revision = row[0].equalsIgnoreCase("revised");
      if (revision) {
        REVISION_WORDS.add(word);
      }
      // A word listed under two kinds (mar: month and weekday) keeps the first. A revision label is
      // a label everywhere else.
      words.putIfAbsent(
          word, revision ? Kind.LABEL : Kind.valueOf(row[0].toUpperCase(Locale.ROOT)));
    }
    return Map.copyOf(words);
  }
}
