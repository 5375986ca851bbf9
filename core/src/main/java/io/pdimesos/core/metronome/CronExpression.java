package io.pdimesos.core.metronome;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * A Metronome cron expression, read as Metronome's {@code CronSpec} defines it (reference
 * metronome.md §3): {@code minute hour day-of-month month day-of-week [year]}, with lists, ranges,
 * steps, month and weekday names, {@code L}, {@code W} and {@code #}; day of week 0-7 (0 and 7 are
 * Sunday). Two rules differ from Unix cron and are kept here: when both day fields are
 * restricted a day must match <em>both</em> ({@code 0 9 1-7 * 1} is the first Monday of the
 * month), and an expression whose days never exist in its months ({@code 0 0 31 2 *}) is refused.
 * This check also covers lists and steps, which Metronome's own check skips.
 *
 * <p>Parsing names the field and the part at fault, so a bad schedule is refused before it is
 * sent. {@link #next} computes the next run the way Metronome's scheduler would.
 */
public final class CronExpression {
  private static final String[] FIELD_NAMES = {"minute", "hour", "day-of-month", "month",
      "day-of-week", "year"};
  private static final int[] MIN = {0, 0, 1, 1, 0, 1970};
  private static final int[] MAX = {59, 23, 31, 12, 7, 2099};
  private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG",
      "SEP", "OCT", "NOV", "DEC"};
  private static final String[] WEEKDAYS = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
  private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  /** Metronome's own words for an impossible date (CronSpecValidation.validDayOfMonth). */
  static final String IMPOSSIBLE_DATE = "Day of the month must exist in the provided month (e.g."
      + " February has only <= 29 days so running cron on Feb 30 is invalid)";

  private final String text;
  private final BitSet minutes;
  private final BitSet hours;
  private final DayOfMonth daysOfMonth;
  private final BitSet months;
  private final DayOfWeekField daysOfWeek;
  private final BitSet years;

  private CronExpression(String text, String[] f) {
    this.text = text;
    this.minutes = plain(f[0], 0, text);
    this.hours = plain(f[1], 1, text);
    this.daysOfMonth = new DayOfMonth(f[2], text);
    this.months = plain(f[3], 3, text);
    this.daysOfWeek = new DayOfWeekField(f[4], text);
    this.years = f.length > 5 ? plain(f[5], 5, text) : null;
    checkDaysExist();
    checkDaysExistAsMetronomeReads(f[2], f[3]);
  }

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException naming the field and part that Metronome would refuse
   */
  public static CronExpression parse(String text) {
    if (text == null || text.trim().isEmpty()) {
      throw new IllegalArgumentException("The cron expression is empty");
    }
    String t = text.trim();
    String[] f = t.split("\\s+");
    if (f.length < 5 || f.length > 6) {
      throw new IllegalArgumentException("Cron '" + t + "' has " + f.length + " field"
          + (f.length == 1 ? "" : "s") + "; Metronome needs 5 (minute hour day-of-month month"
          + " day-of-week) and an optional year");
    }
    return new CronExpression(t, f);
  }

  /** True when {@link #parse} accepts {@code text}. */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public String text() {
    return text;
  }

  /** Both day fields are restricted: Metronome runs only on days that match both. */
  public boolean restrictsBothDayFields() {
    return !daysOfMonth.any && !daysOfWeek.any;
  }

  /**
   * What a user used to Unix cron should know about this expression, or null: with both day
   * fields restricted Unix cron runs on either day, Metronome only on days matching both.
   */
  public String dayRuleNote() {
    if (!restrictsBothDayFields()) {
      return null;
    }
    return "Cron '" + text + "' restricts both day fields: Metronome runs it only on days that"
        + " match the day of month AND the day of week (Unix cron runs on either)";
  }

  /**
   * The first minute strictly after {@code after} that the expression names, in
   * {@code after}'s zone; null when there is none before the year 2100.
   */
  public ZonedDateTime next(ZonedDateTime after) {
    ZonedDateTime start = after.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    LocalDate day = start.toLocalDate();
    LocalTime from = start.toLocalTime();
    while (day.getYear() < 2100) {
      if (years != null && !years.get(day.getYear())) {
        day = LocalDate.of(day.getYear() + 1, 1, 1);
        from = LocalTime.MIDNIGHT;
        continue;
      }
      if (!months.get(day.getMonthValue())) {
        day = day.with(TemporalAdjusters.firstDayOfNextMonth());
        from = LocalTime.MIDNIGHT;
        continue;
      }
      if (daysOfMonth.matches(day) && daysOfWeek.matches(day)) {
        LocalTime time = firstTimeAtOrAfter(from);
        if (time != null) {
          return ZonedDateTime.of(day, time, after.getZone());
        }
      }
      day = day.plusDays(1);
      from = LocalTime.MIDNIGHT;
    }
    return null;
  }

  private LocalTime firstTimeAtOrAfter(LocalTime from) {
    for (int h = hours.nextSetBit(from.getHour()); h >= 0; h = hours.nextSetBit(h + 1)) {
      int m = minutes.nextSetBit(h == from.getHour() ? from.getMinute() : 0);
      if (m >= 0) {
        return LocalTime.of(h, m);
      }
    }
    return null;
  }

  /** Refuses day-of-month values that exist in none of the months (Feb 30, Apr 31). */
  private void checkDaysExist() {
    if (daysOfMonth.any || daysOfMonth.special) {
      return;
    }
    for (int m = months.nextSetBit(1); m >= 0; m = months.nextSetBit(m + 1)) {
      int d = daysOfMonth.values.nextSetBit(1);
      if (d >= 0 && d <= DAYS_IN_MONTH[m - 1]) {
        return;
      }
    }
    throw new IllegalArgumentException("Cron '" + text + "': " + IMPOSSIBLE_DATE);
  }

  /**
   * Metronome's own check (CronDaysInMonthValidation) looks only at a single value or range in
   * each field, and reads a range {@code a-b} without {@code b} ({@code Array.range}): it refuses
   * {@code 0 0 31 2-3 *} although March 31 exists. The server's verdict is what counts, so it is
   * repeated here, saying why.
   */
  private void checkDaysExistAsMetronomeReads(String dayField, String monthField) {
    int[] days = singleRange(dayField);
    int[] months = singleRange(monthField);
    if (days == null || months == null || days[0] >= days[1] || months[0] >= months[1]) {
      return; // Metronome does not check lists, steps, names, L/W, or a-a ranges
    }
    for (int m = months[0]; m < months[1]; m++) {
      if (days[0] <= DAYS_IN_MONTH[m - 1]) {
        return;
      }
    }
    throw new IllegalArgumentException("Cron '" + text + "': " + IMPOSSIBLE_DATE + " (Metronome"
        + " reads a range a-b without its last value, so it refuses this expression)");
  }

  /** [from, to) as Metronome reads a plain value or range; null for other forms. */
  private static int[] singleRange(String field) {
    if (field.matches("\\d+")) {
      int v = Integer.parseInt(field);
      return new int[] {v, v + 1};
    }
    if (field.matches("\\d+-\\d+")) {
      String[] p = field.split("-");
      return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])};
    }
    return null;
  }

  @Override
  public String toString() {
    return text;
  }

  // ---- field parsing -------------------------------------------------------------------------

  /** A field of numbers, ranges, steps and (month, weekday) names. */
  private static BitSet plain(String field, int index, String text) {
    BitSet out = new BitSet();
    for (String item : field.split(",", -1)) {
      addItem(out, item, index, text, field);
    }
    return out;
  }

  private static void addItem(BitSet out, String item, int index, String text, String field) {
    if (item.isEmpty()) {
      throw fault(text, index, field, "has an empty list item");
    }
    String range = item;
    int step = 1;
    int slash = item.indexOf('/');
    if (slash >= 0) {
      range = item.substring(0, slash);
      step = number(item.substring(slash + 1), index, text, item, 1, Integer.MAX_VALUE, "step");
    }
    int from;
    int to;
    if (range.equals("*")) {
      from = MIN[index];
      to = MAX[index];
    } else {
      int dash = range.indexOf('-', 1);
      from = value(dash < 0 ? range : range.substring(0, dash), index, text, item);
      to = dash < 0 ? (slash >= 0 ? MAX[index] : from)
          : value(range.substring(dash + 1), index, text, item);
      if (to < from) {
        throw fault(text, index, item, "is a range that runs backwards");
      }
    }
    for (int v = from; v <= to; v += step) {
      out.set(index == 4 && v == 7 ? 0 : v); // 7 is Sunday, like 0
    }
  }

  private static int value(String s, int index, String text, String item) {
    String u = s.toUpperCase(Locale.ROOT);
    String[] names = index == 3 ? MONTHS : index == 4 ? WEEKDAYS : null;
    if (names != null) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(u)) {
          return index == 3 ? i + 1 : i;
        }
      }
    }
    return number(s, index, text, item, MIN[index], MAX[index], "value");
  }

  private static int number(String s, int index, String text, String item, int min, int max,
      String what) {
    int v;
    try {
      v = Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw fault(text, index, item, "has '" + s + "', which is not a number"
          + (index == 3 ? " or month name" : index == 4 ? " or weekday name" : ""));
    }
    if (v < min || v > max) {
      throw fault(text, index, item, "has the " + what + " " + v + ", outside "
          + (max == Integer.MAX_VALUE ? min + " and up" : min + "-" + max));
    }
    return v;
  }

  private static IllegalArgumentException fault(String text, int index, String part,
      String what) {
    return new IllegalArgumentException("Cron '" + text + "': " + FIELD_NAMES[index] + " field '"
        + part + "' " + what);
  }

  /** Day of month: the plain forms plus {@code L}, {@code LW}, {@code L-n} and {@code nW}. */
  private static final class DayOfMonth {
    final boolean any;
    final BitSet values = new BitSet();
    /** Holds L or W forms, which make the existence check moot. */
    boolean special;
    final List<Integer> lastOffsets = new ArrayList<Integer>();
    boolean lastWeekday;
    final BitSet nearestWeekday = new BitSet();

    DayOfMonth(String field, String text) {
      this.any = field.equals("*");
      for (String item : field.split(",", -1)) {
        String u = item.toUpperCase(Locale.ROOT);
        if (u.equals("LW")) {
          lastWeekday = true;
          special = true;
        } else if (u.equals("L")) {
          lastOffsets.add(0);
          special = true;
        } else if (u.startsWith("L-")) {
          lastOffsets.add(number(u.substring(2), 2, text, item, 0, 30, "offset"));
          special = true;
        } else if (u.endsWith("W") && u.length() > 1) {
          nearestWeekday.set(number(u.substring(0, u.length() - 1), 2, text, item, 1, 31,
              "value"));
          special = true;
        } else {
          addItem(values, item, 2, text, field);
        }
      }
    }

    boolean matches(LocalDate d) {
      if (any || values.get(d.getDayOfMonth())) {
        return true;
      }
      int last = d.lengthOfMonth();
      for (int offset : lastOffsets) {
        if (d.getDayOfMonth() == last - offset) {
          return true;
        }
      }
      if (lastWeekday && d.equals(weekdayNear(d.withDayOfMonth(last)))) {
        return true;
      }
      for (int n = nearestWeekday.nextSetBit(1); n >= 0; n = nearestWeekday.nextSetBit(n + 1)) {
        if (n <= last && d.equals(weekdayNear(d.withDayOfMonth(n)))) {
          return true;
        }
      }
      return false;
    }

    /** The weekday nearest to {@code d} within its month (Quartz's W). */
    private static LocalDate weekdayNear(LocalDate d) {
      DayOfWeek w = d.getDayOfWeek();
      if (w == DayOfWeek.SATURDAY) {
        return d.getDayOfMonth() > 1 ? d.minusDays(1) : d.plusDays(2);
      }
      if (w == DayOfWeek.SUNDAY) {
        return d.getDayOfMonth() < d.lengthOfMonth() ? d.plusDays(1) : d.minusDays(2);
      }
      return d;
    }
  }

  /** Day of week: the plain forms plus {@code nL} (last such day) and {@code n#k} (k-th). */
  private static final class DayOfWeekField {
    final boolean any;
    final BitSet values = new BitSet();
    final BitSet lastOf = new BitSet();
    final List<int[]> nth = new ArrayList<int[]>();

    DayOfWeekField(String field, String text) {
      this.any = field.equals("*");
      for (String item : field.split(",", -1)) {
        String u = item.toUpperCase(Locale.ROOT);
        int hash = u.indexOf('#');
        if (hash > 0) {
          nth.add(new int[] {value(u.substring(0, hash), 4, text, item) % 7,
              number(u.substring(hash + 1), 4, text, item, 1, 5, "occurrence")});
        } else if (u.length() > 1 && u.endsWith("L")) {
          lastOf.set(value(u.substring(0, u.length() - 1), 4, text, item) % 7);
        } else {
          addItem(values, item, 4, text, field);
        }
      }
    }

    boolean matches(LocalDate d) {
      int w = d.getDayOfWeek().getValue() % 7; // Sunday = 0
      if (any || values.get(w)) {
        return true;
      }
      if (lastOf.get(w) && d.plusDays(7).getMonthValue() != d.getMonthValue()) {
        return true;
      }
      for (int[] n : nth) {
        if (n[0] == w && (d.getDayOfMonth() - 1) / 7 + 1 == n[1]) {
          return true;
        }
      }
      return false;
    }
  }
}
