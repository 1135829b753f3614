package org.zhengwen.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhengwen.PublishedDate;

/** Exact outputs of {@link DateTimes} for each supported form, the rejections, and linear time. */
class DateTimesTest {
  /**
   * A limit that only a super-linear (backtracking) scan of a multi-megabyte line can reach: these
   * lines take about 2 s on one loaded core, a quadratic scan would take hours. Not a speed test
   * (benchmarks are).
   */
  private static final Duration LINEAR_LIMIT = Duration.ofSeconds(30);

  /** The found date in {@link PublishedDate#toString()} form, or "none". */
  private static String found(String line) {
    return DateTimes.find(line).map(f -> f.date().toString()).orElse("none");
  }

  private static String parsed(String raw) {
    return DateTimes.parse(raw).map(PublishedDate::toString).orElse("none");
  }

  @Test
  void dashedDateWithMinutes() {
    assertEquals(
        "2020-02-07T00:39",
        DateTimes.find("来源:阿坝日报 2020-02-07 00:39 https://x").get().date().toString());
  }

  @Test
  void spanCoversExactlyTheDate() {
    String line = "来源:阿坝日报 2020-02-07 00:39 https://x";
    DateTimes.Found f = DateTimes.find(line).orElseThrow();
    assertEquals("2020-02-07 00:39", line.substring(f.start(), f.end()));
    assertEquals(PublishedDate.Precision.MINUTE, f.date().precision());
  }

  @Test
  void dottedDatesAreDayFirst() {
    assertEquals("2024-05-13T08:28", found("13.05.2024, 08.28 Uhr"));
    assertEquals("2020-02-07T11:44", found("Stand: 7.2.2020 um 11:44"));
    assertEquals("2024-05-13", found("Aktualisiert 13.05.2024"));
    assertEquals("none", found("05.13.2024"));
    // A version number or an IP address is not a date.
    assertEquals("none", found("Version 1.2.2024.5"));
    assertEquals("none", found("10.10.2010.1"));
  }

  @Test
  void dashedDateWithSeconds() {
    assertEquals("2020-01-28T11:21:31", found("发布时间：2020-01-28 11:21:31"));
    assertEquals(
        PublishedDate.Precision.SECOND,
        DateTimes.find("2020-01-28 11:21:31").orElseThrow().date().precision());
  }

  @Test
  void slashedDate() {
    assertEquals("2020-02-07T00:39", found("2020/02/07 00:39 编辑：张三"));
    assertEquals("2020-02-07", found("日期 2020/2/7"));
  }

  @Test
  void dottedDate() {
    assertEquals("2020-02-07", found("人民网 2020.02.07"));
  }

  @Test
  void mixedSeparatorsAreNotADate() {
    assertEquals("none", found("编号 2020-02/07"));
  }

  @Test
  void chineseDate() {
    assertEquals("2020-02-17", found("2020年02月17日 来源：新华网"));
  }

  @Test
  void chineseDateWithTime() {
    assertEquals("2020-02-07T11:44", found("2020年2月7日 11:44 来源：人民日报"));
  }

  @Test
  void chineseDateWithTimeNoSpace() {
    assertEquals("2020-02-07T11:44", found("2020年2月7日11:44"));
  }

  @Test
  void aWeekdayBetweenDateAndTimeKeepsTheTime() {
    assertEquals("2024-05-20T14:05", found("2024年5月20日週一 下午2:05"));
    assertEquals("2024-05-12T10:00", found("2024年5月12日(日) 10:00"));
    assertEquals("2024-05-12T10:00", found("2024年5月12日 星期日 10:00"));
    assertEquals("2023-03-09T18:45", found("2023/03/09(木) 18:45配信"));
    assertEquals("2023-03-09T18:45", found("2023/03/09（木）18:45"));
  }

  @Test
  void chineseDateWithChineseTime() {
    assertEquals("2020-02-07T11:44", found("2020年2月7日 11时44分"));
    assertEquals("2020-02-07T11:44:05", found("2020年2月7日 11时44分05秒"));
  }

  @Test
  void chineseAfternoon() {
    assertEquals("2020-02-07T15:20", found("2020年2月7日 下午3:20"));
  }

  @Test
  void fullWidthDigits() {
    String line = "２０２０年２月７日　１１：４４";
    DateTimes.Found f = DateTimes.find(line).orElseThrow();
    assertEquals("2020-02-07T11:44", f.date().toString());
    assertEquals(line.length(), f.end());
  }

  @Test
  void isoWithOffsetKeepsLocalTimeAndOffset() {
    String line = "time 2021-12-30T11:44:05+08:00 end";
    DateTimes.Found f = DateTimes.find(line).orElseThrow();
    assertEquals("2021-12-30T11:44:05+08:00", f.date().toString());
    assertEquals("2021-12-30T11:44:05+08:00", line.substring(f.start(), f.end()));
    assertEquals("2021-12-30T11:44:05Z", found("2021-12-30T11:44:05Z"));
    assertEquals("2021-12-30T11:44:05Z", found("2021-12-30T11:44:05+00:00"));
  }

  @Test
  void compactDigitsAreNotADate() {
    assertEquals("none", found("稿件编号 20200207"));
  }

  @Test
  void englishMonthDayYear() {
    assertEquals("2020-02-07", found("Published February 7, 2020"));
  }

  @Test
  void englishAbbreviatedWithAmPm() {
    assertEquals("2020-02-07T11:44", found("Feb. 7, 2020 11:44 AM"));
    assertEquals("2020-02-07T23:44-05:00", found("Updated Feb. 7, 2020 11:44 p.m. ET"));
    assertEquals("2020-02-07T00:05", found("Feb 7, 2020 12:05 AM"));
  }

  @Test
  void englishDayMonthYear() {
    assertEquals("2020-02-07", found("7 February 2020"));
  }

  @Test
  void englishDayMonthYearWithTime() {
    assertEquals("2020-02-07T09:30", found("07 Feb 2020 09:30"));
  }

  @Test
  void monthNameInsideAWordIsIgnored() {
    assertEquals("none", found("Marching 7, 2020"));
  }

  @Test
  void rangesAreValidated() {
    assertEquals("none", found("2020-13-01"));
    assertEquals("none", found("2019-02-29"));
    assertEquals("2020-02-29", found("2020-02-29"));
    assertEquals("none", found("1989-06-01"));
    assertEquals("none", found("2101-01-01"));
    assertEquals("none", found("2020年2月30日"));
    assertEquals("none", found("February 30, 2020"));
  }

  @Test
  void badTimeLeavesTheDate() {
    String line = "2020-02-07 24:10 x";
    DateTimes.Found f = DateTimes.find(line).orElseThrow();
    assertEquals("2020-02-07", f.date().toString());
    assertEquals("2020-02-07", line.substring(f.start(), f.end()));
    assertEquals("2020-02-07", found("2020-02-07 11:60"));
  }

  @Test
  void invalidDateDoesNotHideALaterOne() {
    assertEquals("2020-02-07", found("2020-99-99 then 2020-02-07"));
  }

  @Test
  void earliestDateWins() {
    assertEquals("2019-12-31", found("原载 2019年12月31日，更新 2020-01-02 10:00"));
  }

  @Test
  void noDate() {
    assertEquals(Optional.empty(), DateTimes.find("没有日期的一行 12:30"));
  }

  @Test
  void parseIsoWithOffset() {
    assertEquals("2020-02-07T00:39:00+08:00", parsed("2020-02-07T00:39:00+08:00"));
  }

  @Test
  void parseDateOnly() {
    assertEquals("2020-02-07", parsed(" 2020-02-07 "));
  }

  @Test
  void parseRfc1123() {
    assertEquals("2020-02-07T00:39:00Z", parsed("Fri, 07 Feb 2020 00:39:00 GMT"));
  }

  @Test
  void parseFractionalSeconds() {
    assertEquals("2020-02-07T00:39:00", parsed("2020-02-07 00:39:00.0"));
  }

  @Test
  void parseGarbage() {
    assertEquals("none", parsed("yesterday"));
    assertEquals("none", parsed(""));
  }

  @Test
  void linearOnHugeLineOfDigitsAndDashes() {
    StringBuilder sb = new StringBuilder(5_000_000);
    String[] pieces = {"2020-", "13-", "99", "-2020-0", "1-", "12:", "2020年", "1", "-"};
    int i = 0;
    while (sb.length() < 5_000_000) {
      sb.append(pieces[i++ % pieces.length]);
    }
    String line = sb.toString();
    StringBuilder digits = new StringBuilder(5_000_000);
    while (digits.length() < 5_000_000) {
      digits.append("1234567890-");
    }
    String plain = digits.toString();
    assertTimeoutPreemptively(
        LINEAR_LIMIT,
        () -> {
          DateTimes.find(line);
          assertFalse(DateTimes.find(plain).isPresent());
        });
  }

  @Test
  void linearOnHugeLineOfNearMissEnglishDates() {
    String line = "May 1, 20-7 Feb 20 Sept. 31, 2020 at 9:6 ".repeat(120_000);
    assertTimeoutPreemptively(LINEAR_LIMIT, () -> assertFalse(DateTimes.find(line).isPresent()));
  }

  @Test
  void linearOnHugeLineWithADateAtTheEnd() {
    String line = "1-2-3-".repeat(800_000) + " 2020-02-07";
    assertTimeoutPreemptively(LINEAR_LIMIT, () -> assertTrue(DateTimes.find(line).isPresent()));
  }

  @Test
  void zoneNamesAfterATimeGiveItsOffset() {
    assertEquals("2024-03-01T22:31-05:00", found("March 1, 2024 10:31 pm EST"));
    assertEquals("2024-07-01T22:31-04:00", found("July 1, 2024 10:31 pm ET"));
    assertEquals("2024-01-15T22:31-05:00", found("Jan 15, 2024 10:31 pm ET"));
    assertEquals("2024-03-01T10:31+08:00", found("2024-03-01 10:31 GMT+8"));
    assertEquals("2024-03-01T10:31:00-05:00", found("Fri, 01 Mar 2024 10:31:00 -0500"));
    assertEquals("2024-03-01T10:31+08:00", found("北京时间2024年3月1日 10:31"));
  }

  @Test
  void anAmbiguousZoneNameNeedsAHint() {
    assertEquals("2024-03-01T22:31", found("March 1, 2024 10:31 pm CST"));
    assertEquals(
        "2024-03-01T22:31+08:00",
        DateTimes.find("March 1, 2024 10:31 pm CST", new ZoneNames.Hint("zh-CN", ""))
            .orElseThrow()
            .date()
            .toString());
    assertEquals(
        "2024-03-01T22:31-06:00",
        DateTimes.find("March 1, 2024 10:31 pm CST", new ZoneNames.Hint("en", "news.example.us"))
            .orElseThrow()
            .date()
            .toString());
  }

  @Test
  void aTimeRangeIsNotAnOffset() {
    assertEquals("2024-03-01T10:00", found("2024-03-01 10:00-11:00"));
    assertEquals("2024-03-01T10:00", found("2024-03-01 10:00 Uhr"));
  }

  @Test
  void theSpanCoversTheZoneName() {
    String line = "Updated March 1, 2024 10:31 pm EST by the desk";
    DateTimes.Found f = DateTimes.find(line).orElseThrow();
    assertEquals("March 1, 2024 10:31 pm EST", line.substring(f.start(), f.end()));
  }
}
