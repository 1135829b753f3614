package org.zhengwen;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A publication date at the precision the page gave: a date alone, or a date with a time to the
 * minute or to the second, and the offset from UTC when the page stated one ({@code +08:00}, {@code
 * Z}, or a zone name such as {@code EST} or {@code 北京时间} that names one offset). Offsets are not
 * guessed: a page that gives no zone gives a local date-time, and the time is kept as written,
 * never converted.
 *
 * <p>{@link #toString()} says which: {@code 2024-03-01T23:30:00-05:00} with an offset, {@code
 * 2024-03-01T23:30:00} without.
 *
 * @param date the calendar date
 * @param time the time of day, if the page gave one
 * @param precision how much of the time the page gave
 * @param offset the offset from UTC of {@code time}, if the page stated one; only with a time
 */
public record PublishedDate(
    LocalDate date, Optional<LocalTime> time, Precision precision, Optional<ZoneOffset> offset) {

  /** How much of a date-time a page gave. */
  public enum Precision {
    /** {@code 2020-02-17} */
    DAY,
    /** {@code 2020-02-07T00:39} */
    MINUTE,
    /** {@code 2020-01-28T11:21:31} */
    SECOND
  }

  /**
   * Checks the components agree: a time is present exactly when the precision is finer than a day,
   * and an offset only with a time.
   */
  public PublishedDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(offset, "offset");
    if (time.isPresent() == (precision == Precision.DAY)) {
      throw new IllegalArgumentException(
          "time must be present exactly when precision is finer than DAY");
    }
    if (offset.isPresent() && time.isEmpty()) {
      throw new IllegalArgumentException("an offset needs a time");
    }
  }

  /**
   * A date with no stated offset: the constructor of dates made before offsets were kept.
   *
   * @param date the calendar date
   * @param time the time of day, if the page gave one
   * @param precision how much of the time the page gave
   */
  public PublishedDate(LocalDate date, Optional<LocalTime> time, Precision precision) {
    this(date, time, precision, Optional.empty());
  }

  /** A date without a time. */
  public static PublishedDate ofDay(LocalDate date) {
    return new PublishedDate(date, Optional.empty(), Precision.DAY);
  }

  /**
   * This date-time at the offset the page stated, e.g. {@code 2024-03-01T23:30-05:00}; a date
   * without a time has no offset and is returned unchanged.
   *
   * @param stated the offset from UTC the page gave
   */
  public PublishedDate withOffset(ZoneOffset stated) {
    Objects.requireNonNull(stated, "stated");
    return time.isEmpty() ? this : new PublishedDate(date, time, precision, Optional.of(stated));
  }

  /** This date-time with no offset: the local date and time as the page wrote them. */
  public PublishedDate withoutOffset() {
    return offset.isEmpty() ? this : new PublishedDate(date, time, precision);
  }

  /**
   * A date and time to the minute, as a page that gives {@code 2020-02-07 00:39}; seconds are
   * dropped.
   */
  public static PublishedDate ofMinute(LocalDateTime dateTime) {
    return new PublishedDate(
        dateTime.toLocalDate(),
        Optional.of(dateTime.toLocalTime().withSecond(0).withNano(0)),
        Precision.MINUTE);
  }

  /**
   * A date and time to the second, as a page that gives {@code 2020-01-28 11:21:31}; fractions are
   * dropped.
   */
  public static PublishedDate ofSecond(LocalDateTime dateTime) {
    return new PublishedDate(
        dateTime.toLocalDate(), Optional.of(dateTime.toLocalTime().withNano(0)), Precision.SECOND);
  }

  /**
   * Parses the form {@link #toString()} writes: {@code 2020-02-17}, {@code 2020-02-07T00:39},
   * {@code 2020-01-28T11:21:31}, or either of the last two followed by an offset ({@code Z}, {@code
   * +08:00}).
   *
   * @throws java.time.format.DateTimeParseException if the text is not in one of those forms
   */
  public static PublishedDate parse(String iso) {
    int t = iso.indexOf('T');
    if (t < 0) {
      return ofDay(LocalDate.parse(iso));
    }
    int zone = offsetStart(iso, t);
    String local = iso.substring(0, zone);
    LocalDateTime dt = LocalDateTime.parse(local);
    boolean withSeconds = local.length() - t - 1 > "HH:mm".length();
    PublishedDate d = withSeconds ? ofSecond(dt) : ofMinute(dt);
    return zone == iso.length() ? d : d.withOffset(ZoneOffset.of(iso.substring(zone)));
  }

  /**
   * Where the offset of an ISO date-time starts (after the 'T' at {@code t}); the length if none.
   */
  private static int offsetStart(String iso, int t) {
    for (int i = t + 1; i < iso.length(); i++) {
      char c = iso.charAt(i);
      if (c == 'Z' || c == '+' || c == '-') {
        return i;
      }
    }
    return iso.length();
  }

  /**
   * The ISO-8601 form at this precision: local ({@code 2020-02-07T00:39}) when the page stated no
   * offset, with the offset when it did ({@code 2020-02-07T00:39+08:00}, {@code
   * 2022-02-06T12:48:06Z}).
   */
  @Override
  public String toString() {
    String local =
        switch (precision) {
          case DAY -> date.toString();
          case MINUTE ->
              date + "T" + time.orElseThrow().format(DateTimeFormatter.ofPattern("HH:mm"));
          case SECOND ->
              date + "T" + time.orElseThrow().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
        };
    return offset.map(o -> local + o.getId()).orElse(local);
  }
}
