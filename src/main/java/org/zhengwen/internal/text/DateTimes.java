package org.zhengwen.internal.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.zhengwen.PublishedDate;

/**
 * Finds and parses publication dates written in the forms news pages use: numeric ({@code
 * 2020-02-07 00:39}, {@code 2020/02/07}, {@code 2020.02.07}, ISO {@code
 * 2021-12-30T11:44:05+08:00}), Chinese ({@code 2020年2月7日 11:44}, {@code 2020年2月7日 11时44分}) and
 * English ({@code Feb. 7, 2020 11:44 AM}, {@code 07 Feb 2020 09:30}).
 *
 * <p>The result keeps the precision the text gave (day, minute or second) and the local date-time
 * as written, never converted. An offset the text states is kept beside it: a numeric one ({@code
 * +08:00}, {@code Z}, {@code -0500} after a space) or a zone name of {@code zone-offsets.tsv} after
 * the time ({@code 10:31 pm EST}, {@code GMT+8}) or, as Chinese writes it, before the date ({@code
 * 北京时间2020年2月7日 11:44}). An ambiguous name ({@code CST}) gives an offset only when the {@link
 * ZoneNames.Hint} picks one of its meanings.
 *
 * <p>Compact forms like {@code 20200207} are not accepted: in running text they are more often ids,
 * phone numbers or counts than dates. Years outside 1990–2100 are rejected for the same reason.
 *
 * <p>Every quantifier in the patterns is bounded and every pattern is anchored by a look-behind, so
 * matching is linear in the input even on megabyte-long lines of digits.
 */
public final class DateTimes {

  /**
   * A date found in a line.
   *
   * @param date the date at the precision the text gave
   * @param start index of the first character of the match
   * @param end index just past the match
   */
  public record Found(PublishedDate date, int start, int end) {}

  private static final int MIN_YEAR = 1990;
  private static final int MAX_YEAR = 2100;

  /** Whitespace as pages write it: ASCII, no-break space and the ideographic space. */
  private static final String WS = "[\\s\\u00A0\\u3000]";

  /**
   * A weekday between a date and its time, as Chinese and Japanese pages write it: {@code (木)},
   * {@code （日）}, {@code 星期一}, {@code 週一}, {@code 周日}. No group.
   */
  private static final String WEEKDAY = "(?:[(（][日月火水木金土一二三四五六天][)）]|(?:星期|週|周|礼拜|禮拜)[一二三四五六日天])";

  /** A clock time {@code hh:mm[:ss[.fff]]}; groups: hour, minute, second. */
  private static final String CLOCK = "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?(?!\\d)";

  /**
   * {@code 2020-02-07}, {@code 2020/2/7}, {@code 2020.02.07}, optionally followed by a time after a
   * space or ISO 'T' and an offset. Groups: year, separator, month, day, hour, minute, second. The
   * second separator must repeat the first ({@code \2}) so {@code 2020-02/07} is not a date.
   */
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])"
              + "(?:(?:T|"
              + WS
              + "{1,3}|"
              + WS
              + "{0,2}"
              + WEEKDAY
              + WS
              + "{0,3})"
              + CLOCK
              + "(Z|[+-]\\d{2}(?::?\\d{2})?(?!\\d))?)?");

  /**
   * {@code 2020年2月7日}, optionally followed by a time as {@code 11:44}, {@code 11时44分} or {@code
   * 11时44分05秒}, with an optional 上午/下午 before it. Groups: the whole date, year, month, day,
   * half-day, then hour, minute, second for the colon form and for the 时/分 form.
   */
  private static final Pattern CHINESE =
      Pattern.compile(
          "(?<!\\d)((\\d{4})"
              + WS
              + "{0,2}年"
              + WS
              + "{0,2}(\\d{1,2})"
              + WS
              + "{0,2}月"
              + WS
              + "{0,2}(\\d{1,2})"
              + WS
              + "{0,2}[日号號])"
              + "(?:"
              + WS
              + "{0,2}"
              + WEEKDAY
              + ")?"
              + "(?:"
              + WS
              + "{0,3}(?:(上午|下午|早上|晚上|凌晨|中午)"
              + WS
              + "{0,2})?"
              + "(?:(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?(?!\\d)"
              + "|(\\d{1,2})"
              + WS
              + "{0,2}[时時点點]"
              + WS
              + "{0,2}(\\d{1,2})"
              + WS
              + "{0,2}分"
              + "(?:"
              + WS
              + "{0,2}(\\d{1,2})"
              + WS
              + "{0,2}秒)?))?");

  /**
   * {@code 13.05.2024}, {@code 13.05.2024, 08.28 Uhr}, {@code 7.2.2020 11:44}: day first, as every
   * language that writes dates with dots does. Groups: day, month, year, hour, minute.
   */
  private static final Pattern DOTTED_DAY_FIRST =
      Pattern.compile(
          "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d]|\\.\\d)"
              + "(?:,?"
              + WS
              + "{1,3}(?:um"
              + WS
              + "{1,2})?(\\d{1,2})[:.](\\d{2})(?![\\d]|[.:]\\d))?");

  private static final String MONTH_NAME =
      "(January|February|March|April|May|June|July|August"
          + "|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";

  /**
   * Optional time after an English date: {@code 11:44}, {@code , 11:44 AM}, {@code at 9:30 p.m.}.
   */
  private static final String WESTERN_TIME =
      "(?:,?"
          + WS
          + "{1,3}(?:at"
          + WS
          + "{1,2})?"
          + CLOCK
          + "(?:"
          + WS
          + "{0,2}([AaPp])\\.?[Mm]\\.?(?![A-Za-z]))?)?";

  /** {@code February 7, 2020}, {@code Feb. 7, 2020 11:44 AM}. Groups: month, day, year, time... */
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?<![A-Za-z])"
              + MONTH_NAME
              + "\\.?"
              + WS
              + "{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?"
              + WS
              + "{1,3}(\\d{4})(?!\\d)"
              + WESTERN_TIME,
          Pattern.CASE_INSENSITIVE);

  /** {@code 7 February 2020}, {@code 07 Feb 2020 09:30}. Groups: day, month, year, time... */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?"
              + WS
              + "{1,3}"
              + MONTH_NAME
              + "\\.?,?"
              + WS
              + "{1,3}(\\d{4})(?!\\d)"
              + WESTERN_TIME,
          Pattern.CASE_INSENSITIVE);

  /**
   * What may follow a time to say its zone: a zone name, alone or with a numeric offset ({@code
   * GMT+8}, {@code (UTC+05:30)}), or a numeric offset after a space ({@code -0500}). Groups: name,
   * sign, hours, minutes of the name's offset; sign, hours, minutes of a bare offset.
   */
  private static final Pattern ZONE_AFTER =
      Pattern.compile(
          WS
              + "{0,2}[(（]?(?:([A-Za-z]{2,5}|\\p{IsHan}{4})(?![A-Za-z])"
              + "(?:([+-])(\\d{1,2})(?::?(\\d{2}))?(?!\\d))?"
              + "|([+-])(\\d{2}):?(\\d{2})(?!\\d))[)）]?");

  /** A Han zone name just before a date: {@code 北京时间2020年2月7日}, {@code 北京时间：…}. */
  private static final Pattern HAN_ZONE_BEFORE =
      Pattern.compile("(\\p{IsHan}{4})[\\s\\u00A0\\u3000:：]{0,2}$");

  private DateTimes() {}

  /**
   * Finds the first date in a line of text.
   *
   * @param line one line of text, e.g. {@code 来源:阿坝日报 2020-02-07 00:39}
   * @return the earliest valid date with its span in {@code line}; of two at the same start, the
   *     longer; empty when there is none
   */
  public static Optional<Found> find(String line) {
    return find(line, ZoneNames.Hint.NONE);
  }

  /**
   * Finds the first date in a line of text, as {@link #find(String)}, resolving an ambiguous zone
   * name after its time with {@code hint}.
   */
  public static Optional<Found> find(String line, ZoneNames.Hint hint) {
    return findLocal(line).map(f -> withZone(asciiDigits(line), f, hint));
  }

  private static Optional<Found> findLocal(String line) {
    if (!hasAsciiOrFullWidthDigit(line)) {
      return Optional.empty(); // every accepted form has a day or a year in digits
    }
    String s = asciiDigits(line);
    @Nullable Found best = null;
    best = earlier(best, first(NUMERIC, 4, s, DateTimes::numeric));
    // Cheap pre-checks skip patterns that cannot match; the English ones are the slowest to run
    // (case-insensitive alternations) and most Chinese lines have no Latin letter at all.
    if (s.indexOf('.') >= 0) {
      best = earlier(best, first(DOTTED_DAY_FIRST, 3, s, DateTimes::dotted));
    }
    if (s.indexOf('年') >= 0) {
      best = earlier(best, first(CHINESE, 1, s, DateTimes::chinese));
    }
    if (hasAsciiLetter(s)) {
      best = earlier(best, first(MONTH_DAY_YEAR, 3, s, m -> western(m, 2, 1, 3, 4)));
      best = earlier(best, first(DAY_MONTH_YEAR, 3, s, m -> western(m, 1, 2, 3, 4)));
    }
    return Optional.ofNullable(best);
  }

  /**
   * Parses a metadata value such as {@code 2020-02-07T00:39:00+08:00}, {@code 2020-02-07}, {@code
   * Fri, 07 Feb 2020 00:39:00 GMT} or {@code 2020-02-07 00:39:00.0}.
   *
   * @param raw the attribute or JSON value
   * @return the date, or empty when none of the known forms is in {@code raw}
   */
  public static Optional<PublishedDate> parse(String raw) {
    return find(raw.strip()).map(Found::date);
  }

  /**
   * The found date with the zone the text states around it, if it has a time and no offset yet: a
   * zone name or numeric offset after the time (the span then covers it too), or a Han zone name
   * before the date.
   */
  private static Found withZone(String s, Found f, ZoneNames.Hint hint) {
    PublishedDate d = f.date();
    if (d.time().isEmpty() || d.offset().isPresent()) {
      return f;
    }
    LocalDateTime at = d.date().atTime(d.time().get());
    Matcher m = ZONE_AFTER.matcher(s).region(f.end(), s.length());
    if (m.lookingAt()) {
      ZoneOffset offset = zoneAfter(m, at, hint);
      if (offset != null) {
        return new Found(d.withOffset(offset), f.start(), m.end());
      }
    }
    Matcher before = HAN_ZONE_BEFORE.matcher(s).region(Math.max(0, f.start() - 8), f.start());
    if (before.find()) {
      Optional<ZoneOffset> offset = ZoneNames.offset(before.group(1), at, hint);
      if (offset.isPresent()) {
        return new Found(d.withOffset(offset.get()), f.start(), f.end());
      }
    }
    return f;
  }

  /** The offset a {@link #ZONE_AFTER} match states, or null when it states none it can tell. */
  private static @Nullable ZoneOffset zoneAfter(Matcher m, LocalDateTime at, ZoneNames.Hint hint) {
    if (m.group(1) == null) {
      return ZoneNames.numeric(m.group(5), m.group(6), m.group(7));
    }
    Optional<ZoneOffset> named = ZoneNames.offset(m.group(1), at, hint);
    if (named.isPresent() && m.group(2) != null) {
      // GMT+8, UTC-05:00: the name is the base, the number the offset.
      return named.get().getTotalSeconds() == 0
          ? ZoneNames.numeric(m.group(2), m.group(3), m.group(4))
          : null;
    }
    return named.orElse(null);
  }

  /** Builds a date from a match, or returns null when its fields are out of range. */
  @FunctionalInterface
  private interface Reader {
    @Nullable PublishedDate read(Matcher m);
  }

  /**
   * The first match of {@code p} that {@code reader} accepts. After a rejected match the search
   * resumes one character after its start, not after its end, so a valid date overlapping an
   * invalid one is still found; each start is tried a bounded number of times, keeping this linear.
   *
   * @param dateEndGroup the group that ends the date part; when the time was rejected the span
   *     stops there, so it covers only what the date was read from
   */
  private static @Nullable Found first(Pattern p, int dateEndGroup, String s, Reader reader) {
    Matcher m = p.matcher(s);
    int from = 0;
    while (from <= s.length() && m.find(from)) {
      PublishedDate d = reader.read(m);
      if (d != null) {
        // Every time part is optional as a whole, so a day-precision result of a longer match means
        // the time was read but rejected.
        boolean timeDropped = d.precision() == PublishedDate.Precision.DAY;
        return new Found(d, m.start(), timeDropped ? m.end(dateEndGroup) : m.end());
      }
      from = m.start() + 1;
    }
    return null;
  }

  /** Whether {@code s} has an ASCII letter, without which no English month name can match. */
  private static boolean hasAsciiLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        return true;
      }
    }
    return false;
  }

  /** Of two candidates, the one starting first; at the same start, the longer one. */
  private static @Nullable Found earlier(@Nullable Found a, @Nullable Found b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    if (b.start() != a.start()) {
      return b.start() < a.start() ? b : a;
    }
    return b.end() > a.end() ? b : a;
  }

  /** Reads a {@link #NUMERIC} match. */
  private static @Nullable PublishedDate numeric(Matcher m) {
    PublishedDate d =
        build(m.group(1), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7), null);
    String offset = m.group(8);
    if (d == null || d.time().isEmpty() || offset == null) {
      return d;
    }
    // After a time written with a space and no seconds, "-11" is more likely the end of a range
    // ("10:00-11:00") than an offset; ISO's 'T', seconds or a Z say it is one.
    boolean iso =
        m.group(7) != null
            || m.group().charAt(m.start(5) - m.start() - 1) == 'T'
            || offset.equals("Z");
    if (!iso) {
      return d;
    }
    ZoneOffset o =
        offset.equals("Z")
            ? ZoneOffset.UTC
            : ZoneNames.numeric(
                offset.substring(0, 1),
                offset.substring(1, 3),
                offset.length() > 3 ? offset.substring(offset.length() - 2) : null);
    return o == null ? d : d.withOffset(o);
  }

  /** Reads a {@link #DOTTED_DAY_FIRST} match. */
  private static @Nullable PublishedDate dotted(Matcher m) {
    return build(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), null, null);
  }

  /** Reads a {@link #CHINESE} match, from whichever time form matched. */
  private static @Nullable PublishedDate chinese(Matcher m) {
    String half = m.group(5);
    if (m.group(6) != null) {
      return build(m.group(2), m.group(3), m.group(4), m.group(6), m.group(7), m.group(8), half);
    }
    return build(m.group(2), m.group(3), m.group(4), m.group(9), m.group(10), m.group(11), half);
  }

  /** Reads an English-form match given the group numbers of day, month name, year and hour. */
  private static @Nullable PublishedDate western(
      Matcher m, int dayGroup, int monthGroup, int yearGroup, int hourGroup) {
    int month = monthNumber(m.group(monthGroup));
    String ampm = m.group(hourGroup + 3);
    String half =
        ampm == null ? null : (Character.toLowerCase(ampm.charAt(0)) == 'p' ? "PM" : "AM");
    return build(
        m.group(yearGroup),
        Integer.toString(month),
        m.group(dayGroup),
        m.group(hourGroup),
        m.group(hourGroup + 1),
        m.group(hourGroup + 2),
        half);
  }

  /** 1–12 for an English month name or abbreviation; the first three letters decide. */
  private static int monthNumber(String name) {
    return switch (name.substring(0, 3).toLowerCase(Locale.ROOT)) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      case "dec" -> 12;
      default -> throw new IllegalArgumentException(name);
    };
  }

  /**
   * Validates the fields and builds the date.
   *
   * @param half {@code AM}/{@code PM} or a Chinese half-day word, or null for a 24-hour clock
   * @return null when any field is out of range
   */
  private static @Nullable PublishedDate build(
      String year,
      String month,
      String day,
      @Nullable String hour,
      @Nullable String minute,
      @Nullable String second,
      @Nullable String half) {
    int y = Integer.parseInt(year);
    int mo = Integer.parseInt(month);
    int d = Integer.parseInt(day);
    if (y < MIN_YEAR
        || y > MAX_YEAR
        || mo < 1
        || mo > 12
        || d < 1
        || !YearMonth.of(y, mo).isValidDay(d)) {
      return null;
    }
    LocalDate date = LocalDate.of(y, mo, d);
    if (hour == null || minute == null) {
      return PublishedDate.ofDay(date);
    }
    int h = Integer.parseInt(hour);
    int mi = Integer.parseInt(minute);
    int se = second == null ? 0 : Integer.parseInt(second);
    if (half != null) {
      h = toTwentyFourHour(h, half);
    }
    if (h < 0 || h > 23 || mi > 59 || se > 59) {
      // A bad time does not make the date wrong: "2020-02-07 25:00" still names the day.
      return PublishedDate.ofDay(date);
    }
    LocalDateTime at = date.atTime(h, mi, se);
    return second != null ? PublishedDate.ofSecond(at) : PublishedDate.ofMinute(at);
  }

  /** Applies a 12-hour marker; returns -1 for hours the marker makes impossible (e.g. 13 PM). */
  private static int toTwentyFourHour(int h, String half) {
    boolean pm =
        switch (half) {
          case "PM", "下午", "晚上" -> true;
          case "中午" -> h < 6; // 中午12:30 is noon, 中午1:00 is 13:00
          default -> false;
        };
    if (h > 12) {
      // Already a 24-hour value (下午15:00 happens); only valid if it agrees with the marker.
      return pm ? h : -1;
    }
    if (pm) {
      return h == 12 ? 12 : h + 12;
    }
    return h == 12 && half.equals("AM") ? 0 : h;
  }

  /**
   * Replaces full-width digits and colons with ASCII ones, keeping every index the same so spans
   * found in the copy apply to the original. Returns {@code s} itself when there are none.
   */
  private static String asciiDigits(String s) {
    char[] chars = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char r = c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '：' ? ':' : c;
      if (r != c) {
        if (chars == null) {
          chars = s.toCharArray();
        }
        chars[i] = r;
      }
    }
    return chars == null ? s : new String(chars);
  }

  /**
   * Whether the line holds a digit the date patterns read: ASCII or full-width ({@link
   * #asciiDigits} folds those), unlike {@link Texts#hasDigit}, which takes any script's.
   */
  private static boolean hasAsciiOrFullWidthDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
        return true;
      }
    }
    return false;
  }
}
