package io.pdimesos.core.metronome;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Metronome's timestamps (reference metronome.md §4): {@code yyyy-MM-dd'T'HH:mm:ss.SSSZ} in the
 * server's own zone, e.g. {@code 2016-07-15T13:02:59.735+0000}. The offset has no colon, which
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} refuses; the ISO form with a colon or {@code Z}
 * is read too, so a proxy or a later release that rewrites them does no harm.
 */
public final class MetronomeTime {
  private static final DateTimeFormatter WITHOUT_COLON = new DateTimeFormatterBuilder()
      .appendPattern("yyyy-MM-dd'T'HH:mm:ss")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .appendOffset("+HHMM", "Z")
      .toFormatter();

  private MetronomeTime() {}

  /**
   * The instant {@code text} names, or null for null or empty text.
   *
   * @throws IllegalArgumentException quoting the text when it is no timestamp of either form
   */
  public static Instant parse(String text) {
    if (text == null || text.trim().isEmpty()) {
      return null;
    }
    String t = text.trim();
    try {
      return OffsetDateTime.parse(t, WITHOUT_COLON).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(t).toInstant();
      } catch (DateTimeParseException e2) {
        throw new IllegalArgumentException("Not a Metronome timestamp (yyyy-MM-ddTHH:mm:ss.SSS"
            + "+0000): '" + t + "'", e2);
      }
    }
  }
}
