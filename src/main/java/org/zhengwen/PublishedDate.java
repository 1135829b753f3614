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

  /** Checks the components agree: a time is present exactly when the precision is finer than a day. */
  public PublishedDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(precision, "precision");
    if (time.isPresent() == (precision == Precision.DAY)) {
      throw new IllegalArgumentException("time must be present exactly when precision is finer than DAY");
    }
  }

  /** A date without a time. */
  public static PublishedDate ofDay(LocalDate date) {
    return new PublishedDate(date, Optional.empty(), Precision.DAY);
  }

  /** A date and time; the precision is {@code SECOND} when {@code withSeconds}, else {@code MINUTE}. */
  public static PublishedDate of(LocalDateTime dateTime, boolean withSeconds) {
    LocalTime t = dateTime.toLocalTime().withNano(0);
    if (!withSeconds) {
      t = t.withSecond(0);
    }
    return new PublishedDate(dateTime.toLocalDate(), Optional.of(t),
        withSeconds ? Precision.SECOND : Precision.MINUTE);
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
    return of(dt, iso.length() - t - 1 > 5);
  }

  /** The ISO-8601 local form at this precision, e.g. {@code 2020-02-07T00:39}. */
  @Override
  public String toString() {
    return switch (precision) {
      case DAY -> date.toString();
      case MINUTE -> date + "T" + time.orElseThrow().format(DateTimeFormatter.ofPattern("HH:mm"));
      case SECOND -> date + "T" + time.orElseThrow().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
    };
  }
}
