package org.zhengwen.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhengwen.PublishedDate;

/** Offsets in {@link PublishedDate}: written and parsed back; never without a time. */
class PublishedDateOffsetTest {
  @Test
  void theIsoFormSaysWhetherAnOffsetWasStated() {
    PublishedDate local = PublishedDate.ofSecond(LocalDateTime.of(2024, 3, 1, 23, 30));
    assertEquals("2024-03-01T23:30:00", local.toString());
    assertEquals("2024-03-01T23:30:00-05:00", local.withOffset(ZoneOffset.ofHours(-5)).toString());
    assertEquals("2024-03-01T23:30:00Z", local.withOffset(ZoneOffset.UTC).toString());
    assertEquals(
        "2024-03-01T23:30+05:30",
        PublishedDate.ofMinute(LocalDateTime.of(2024, 3, 1, 23, 30))
            .withOffset(ZoneOffset.ofHoursMinutes(5, 30))
            .toString());
  }

  @Test
  void parseReadsWhatToStringWrites() {
    for (String iso :
        new String[] {
          "2024-03-01",
          "2024-03-01T23:30",
          "2024-03-01T23:30:05",
          "2024-03-01T23:30:05-05:00",
          "2024-03-01T23:30Z",
          "2024-03-01T23:30+08:00"
        }) {
      assertEquals(iso, PublishedDate.parse(iso).toString());
    }
  }

  @Test
  void aDayHasNoOffset() {
    PublishedDate day = PublishedDate.ofDay(LocalDate.of(2024, 3, 1));
    assertEquals(day, day.withOffset(ZoneOffset.UTC));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new PublishedDate(
                LocalDate.of(2024, 3, 1),
                Optional.empty(),
                PublishedDate.Precision.DAY,
                Optional.of(ZoneOffset.UTC)));
  }

  @Test
  void theThreeComponentConstructorStatesNoOffset() {
    PublishedDate d =
        new PublishedDate(
            LocalDate.of(2024, 3, 1),
            Optional.of(LocalTime.of(8, 0)),
            PublishedDate.Precision.MINUTE);
    assertEquals(Optional.empty(), d.offset());
    assertEquals(d, d.withOffset(ZoneOffset.UTC).withoutOffset());
  }
}
