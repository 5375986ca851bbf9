package io.pdimesos.sim.chronos;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Chronos' ISO 8601 repeating interval {@code R[n]/<start>/<period>} (chronos.md §3.1). */
final class Schedule {
  private static final Pattern FORM = Pattern.compile("(R[0-9]*)/(.*)/(P.*)");
  private static final DateTimeFormatter PRINT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** -1 = forever. */
  long repetitions;
  Instant start;
  final String periodText;
  final Period period;
  final Duration time;

  private Schedule(long repetitions, Instant start, String periodText, Period period, Duration time) {
    this.repetitions = repetitions;
    this.start = start;
    this.periodText = periodText;
    this.period = period;
    this.time = time;
  }

  /** Parses or returns null (the caller answers "Cannot parse schedule"). */
  static Schedule parse(String s, String timeZone, Instant now) {
    if (s == null) {
      return null;
    }
    Matcher m = FORM.matcher(s);
    if (!m.matches()) {
      return null;
    }
    try {
      String r = m.group(1);
      long reps = r.length() == 1 ? -1 : Long.parseLong(r.substring(1));
      Instant start = m.group(2).isEmpty() ? now.minusSeconds(1) : parseStart(m.group(2), timeZone);
      String p = m.group(3);
      int t = p.indexOf('T');
      Period period = t < 0 ? (p.equals("P") ? Period.ZERO : Period.parse(p))
          : (t == 1 ? Period.ZERO : Period.parse(p.substring(0, t)));
      Duration time = t < 0 ? Duration.ZERO : Duration.parse("PT" + p.substring(t + 1));
      return new Schedule(reps, start, p, period, time);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Without an offset the JVM zone applies upstream; the emulator uses UTC (documented). */
  private static Instant parseStart(String text, String timeZone) {
    ZoneId zone = timeZone == null || timeZone.isEmpty() ? ZoneOffset.UTC : ZoneId.of(timeZone);
    try {
      OffsetDateTime odt = OffsetDateTime.parse(text);
      return timeZone == null || timeZone.isEmpty() ? odt.toInstant()
          : odt.toLocalDateTime().atZone(zone).toInstant(); // withZoneRetainFields
    } catch (RuntimeException e) {
      // fall through to the zone-less forms
    }
    try {
      return LocalDateTime.parse(text).atZone(zone).toInstant();
    } catch (RuntimeException e) {
      return LocalDate.parse(text).atStartOfDay(zone).toInstant();
    }
  }

  boolean zeroPeriod() {
    return period.isZero() && time.isZero();
  }

  Instant next(Instant from) {
    return ZonedDateTime.ofInstant(from, ZoneOffset.UTC).plus(period).plus(time).toInstant();
  }

  /** Moves the start past {@code now} and uses up one repetition (JobUtils.skipForward). */
  void skipForward(Instant now) {
    if (!zeroPeriod() && !start.isAfter(now)) {
      if (period.toTotalMonths() == 0) {
        // fixed-length periods: jump straight past now (a PT2S job started in 2012 is ~10^8 steps)
        long step = period.getDays() * 86_400_000L + time.toMillis();
        long k = (now.toEpochMilli() - start.toEpochMilli()) / step + 1;
        start = start.plusMillis(k * step);
      } else {
        int guard = 0;
        while (!start.isAfter(now) && guard++ < 100_000) {
          start = next(start);
        }
      }
    }
    repetitions = repetitions - 1 < -1 ? -1 : repetitions - 1;
  }

  @Override
  public String toString() {
    return "R" + (repetitions < 0 ? "" : repetitions) + "/" + PRINT.format(start) + "/" + periodText;
  }
}
