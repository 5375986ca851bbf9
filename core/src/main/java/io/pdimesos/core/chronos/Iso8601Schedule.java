package io.pdimesos.core.chronos;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chronos repeating schedule {@code R[n]/[start]/period}, checked the way
 * {@code Iso8601Expressions.scala} parses it (reference chronos.md §3.1), so a bad schedule fails
 * here with a message naming the bad part instead of as Chronos's "wtf bro" (or, on 2.x, an empty
 * 400).
 */
public final class Iso8601Schedule {
  private static final Pattern WHOLE = Pattern.compile("(R[0-9]*)/(.*)/(P.*)");
  /** Joda's ISOPeriodFormat.standard(): PnYnMnWnDTnHnMnS, a fraction only on seconds. */
  private static final Pattern PERIOD = Pattern.compile(
      "P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:[.,]\\d+)?S)?)?");
  private static final Pattern ZERO_PERIOD = Pattern.compile("P(?:0+[YMWD])*(?:T(?:0+[HM])*(?:0+(?:[.,]0+)?S)?)?");
  /** Chronos refuses starts before this instant (create path). */
  static final Instant EARLIEST_START = Instant.parse("1970-01-01T00:00:01Z");

  private final String text;
  private final long repetitions;
  private final String start;
  private final Instant startInstant;
  private final String period;
  private final List<String> warnings;

  private Iso8601Schedule(String text, long repetitions, String start, Instant startInstant,
      String period, List<String> warnings) {
    this.text = text;
    this.repetitions = repetitions;
    this.start = start;
    this.startInstant = startInstant;
    this.period = period;
    this.warnings = Collections.unmodifiableList(warnings);
  }

  /**
   * Parses and checks {@code schedule}.
   *
   * @throws IllegalArgumentException naming the repetitions, start or period part that is wrong
   */
  public static Iso8601Schedule parse(String schedule) {
    String s = schedule == null ? "" : schedule.trim();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("The schedule is empty: write R<n>/<start>/<period>,"
          + " e.g. R/2030-01-01T02:00:00Z/P1D");
    }
    Matcher m = WHOLE.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException(wholeProblem(s));
    }
    List<String> warnings = new ArrayList<String>();
    long reps = repetitions(s, m.group(1));
    String startText = m.group(2);
    String period = m.group(3);
    if (!PERIOD.matcher(period).matches()) {
      throw new IllegalArgumentException("Schedule '" + s + "': the period '" + period
          + "' is not an ISO 8601 period PnYnMnWnDTnHnMnS (upper case, 'T' before hours,"
          + " minutes and seconds, a fraction only on seconds), e.g. P1D, PT30M, P1DT12H");
    }
    boolean zero = ZERO_PERIOD.matcher(period).matches();
    if (zero && reps < 0) {
      throw new IllegalArgumentException("Schedule '" + s + "': the repetitions 'R' (forever)"
          + " with the zero period '" + period + "' would run the job endlessly; use R1 for a"
          + " single run or give a period");
    }
    Instant startAt = null;
    if (startText.isEmpty()) {
      warnings.add("Schedule '" + s + "' has no start: Chronos starts it immediately");
    } else {
      startAt = start(s, startText, warnings);
      if (startAt.isBefore(EARLIEST_START)) {
        throw new IllegalArgumentException("Schedule '" + s + "': the start '" + startText
            + "' is before 1970; Chronos refuses starts before 1970-01-01T00:00:01Z");
      }
    }
    return new Iso8601Schedule(s, reps, startText, startAt, period, warnings);
  }

  private static String wholeProblem(String s) {
    String[] parts = s.split("/", -1);
    if (parts.length != 3) {
      return "Schedule '" + s + "' must have three parts separated by '/': R<n>/<start>/<period>,"
          + " e.g. R/2030-01-01T02:00:00Z/P1D (found " + parts.length + ")";
    }
    if (!parts[0].matches("R[0-9]*")) {
      return "Schedule '" + s + "': the repetitions '" + parts[0] + "' must be 'R' (forever) or"
          + " 'R' followed by a number such as R5 (upper-case R)";
    }
    return "Schedule '" + s + "': the period '" + parts[2] + "' must start with an upper-case"
        + " 'P', e.g. P1D or PT1H";
  }

  private static long repetitions(String s, String r) {
    if (r.length() == 1) {
      return -1;
    }
    try {
      return Long.parseLong(r.substring(1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Schedule '" + s + "': the repetitions '" + r
          + "' are too large a number");
    }
  }

  /** Joda's ISO parser accepts more than java.time's single formats, so try the common ones. */
  private static Instant start(String s, String text, List<String> warnings) {
    TemporalAccessor t = tryParse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    if (t != null) {
      return OffsetDateTime.from(t).toInstant();
    }
    t = tryParse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    if (t == null) {
      TemporalAccessor d = tryParse(text, DateTimeFormatter.ISO_DATE);
      if (d == null) {
        d = tryParse(text, DateTimeFormatter.ISO_WEEK_DATE);
      }
      if (d == null) {
        d = tryParse(text, DateTimeFormatter.ISO_ORDINAL_DATE);
      }
      if (d != null) {
        warnings.add("Schedule '" + s + "': the start '" + text + "' has no time; Chronos reads"
            + " it as midnight in its own JVM's time zone unless scheduleTimeZone is set");
        return LocalDate.from(d).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
    } else {
      warnings.add("Schedule '" + s + "': the start '" + text + "' has no offset; Chronos reads"
          + " it in its own JVM's time zone unless scheduleTimeZone is set (add Z or +01:00)");
      return LocalDateTime.from(t).toInstant(ZoneOffset.UTC);
    }
    if (text.startsWith("T")) {
      TemporalAccessor time = tryParse(text.substring(1), DateTimeFormatter.ISO_TIME);
      if (time != null) {
        // Issue #807: Joda reads a bare time as 1970-01-01, which is in the past: runs at once.
        warnings.add("Schedule '" + s + "': the start '" + text + "' has no date; Chronos reads"
            + " it as 1970-01-01 and runs the job immediately");
        return EARLIEST_START.plusSeconds(3600L * 24);
      }
    }
    throw new IllegalArgumentException("Schedule '" + s + "': the start '" + text + "' is not"
        + " an ISO 8601 date-time such as 2030-01-01T02:00:00Z or 2030-01-01T02:00:00+01:00"
        + " (leave it empty to start now)");
  }

  private static TemporalAccessor tryParse(String text, DateTimeFormatter f) {
    try {
      return f.parse(text);
    } catch (DateTimeException e) {
      return null;
    }
  }

  public String text() {
    return text;
  }

  /** Runs left; -1 = forever ({@code R}), 0 = never on schedule. */
  public long repetitions() {
    return repetitions;
  }

  public boolean repeatsForever() {
    return repetitions < 0;
  }

  /** The start as written, "" for "now". */
  public String start() {
    return start;
  }

  /** The start instant (a start without offset read as UTC), or null for "now". */
  public Instant startInstant() {
    return startInstant;
  }

  public String period() {
    return period;
  }

  /** Things Chronos accepts but the user probably did not mean. */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Whether {@code stored} (what Chronos returns after running the job) can be this schedule
   * after Chronos's own rewrites: it moves the start forward past each run and counts finite
   * repetitions down (§3.1), but never changes the period.
   */
  public boolean sameAfterRewrites(Iso8601Schedule stored) {
    if (!period.equals(stored.period)) {
      return false;
    }
    if (repeatsForever() != stored.repeatsForever()) {
      return false;
    }
    if (!repeatsForever() && stored.repetitions > repetitions) {
      return false;
    }
    if (startInstant == null || stored.startInstant == null) {
      return true;
    }
    return !stored.startInstant.isBefore(startInstant);
  }

  @Override
  public String toString() {
    return text;
  }
}
