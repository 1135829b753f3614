package org.zhengwen;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A publication date at the precision the page gave: a date alone, or a date with a time to the
 * minute or to the second. Time zones are not guessed: pages rarely state one.
 *
 * @param date the calendar date
 * @param time the time of day, if the page gave one
 * @param precision how much of the time the page gave
 */
public record PublishedDate(LocalDate date, Optional<LocalTime> time, Precision precision) {

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
   * Checks the components agree: a time is present exactly when the precision is finer than a day.
   */
  public PublishedDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(precision, "precision");
    if (time.isPresent() == (precision == Precision.DAY)) {
      throw new IllegalArgumentException(
          "time must be present exactly when precision is finer than DAY");
    }
  }

  /** A date without a time. */
  public static PublishedDate ofDay(LocalDate date) {
    return new PublishedDate(date, Optional.empty(), Precision.DAY);
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
   * A date and time; the precision is {@code SECOND} when {@code withSeconds}, else {@code MINUTE}.
   *
   * @deprecated the boolean does not say what it means at the call site: use {@link
   *     #ofMinute(LocalDateTime)} or {@link #ofSecond(LocalDateTime)}
   */
  @Deprecated(since = "0.1.0", forRemoval = true)
  public static PublishedDate of(LocalDateTime dateTime, boolean withSeconds) {
    return withSeconds ? ofSecond(dateTime) : ofMinute(dateTime);
  }

  /**
   * Parses the form {@link #toString()} writes: {@code 2020-02-17}, {@code 2020-02-07T00:39} or
   * {@code 2020-01-28T11:21:31}.
   *
   * @throws java.time.format.DateTimeParseException if the text is not in one of those forms
   */
  public static PublishedDate parse(String iso) {
    int t = iso.indexOf('T');
    if (t < 0) {
      return ofDay(LocalDate.parse(iso));
    }
    LocalDateTime dt = LocalDateTime.parse(iso);
    boolean withSeconds = iso.length() - t - 1 > "HH:mm".length();
    return withSeconds ? ofSecond(dt) : ofMinute(dt);
  }

  /** The ISO-8601 local form at this precision, e.g. {@code 2020-02-07T00:39}. */
  @Override
  public String toString() {
    return switch (precision) {
      case DAY -> date.toString();
      case MINUTE -> date + "T" + time.orElseThrow().format(DateTimeFormatter.ofPattern("HH:mm"));
      case SECOND ->
          date + "T" + time.orElseThrow().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
    };
  }
}
