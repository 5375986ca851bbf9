package io.pdimesos.sim.metronome;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Metronome's cron (CronSpec.scala: cron-utils with minutes, hours, day of month with L/W/#,
 * month, day of week 0-7 with L/#, optional year; both day fields must match; impossible dates
 * refused by CronDaysInMonthValidation). Written for the emulator on its own, not shared with the
 * client's parser, so that a client bug shows up as a disagreement instead of being mirrored.
 */
final class Cron {
  private static final int[][] RANGES = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 7}, {1970, 2099}};
  private static final String MONTHS = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";
  private static final String DAYS = "SUNMONTUEWEDTHUFRISAT";
  private static final int[] LONGEST = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private final String rendered;
  private final boolean[][] plain = new boolean[6][];
  private final String dayOfMonth;
  private final String dayOfWeek;
  private final boolean hasYear;

  private Cron(String[] f) {
    hasYear = f.length == 6;
    dayOfMonth = f[2].toUpperCase(Locale.ROOT);
    dayOfWeek = f[4].toUpperCase(Locale.ROOT);
    for (int i = 0; i < f.length; i++) {
      plain[i] = new boolean[RANGES[i][1] + 1];
      if ((i == 2 || i == 4) && special(f[i])) {
        checkSpecial(i, f[i].toUpperCase(Locale.ROOT));
        continue; // L, W and # are evaluated per date
      }
      for (String item : f[i].split(",")) {
        mark(i, item);
      }
    }
    if (plain[4] != null && plain[4][7]) {
      plain[4][0] = true;
    }
    // cron-utils renders "*/1" as "*" (CronSpecFormatTest "Every minute alternate")
    StringBuilder sb = new StringBuilder();
    for (String part : f) {
      sb.append(sb.length() == 0 ? "" : " ").append(part.equals("*/1") ? "*" : part);
    }
    rendered = sb.toString();
  }

  /** Parses, or null when Metronome's reader refuses the text. */
  static Cron parse(String text) {
    if (text == null) {
      return null;
    }
    String[] f = text.trim().split("\\s+");
    if (f.length != 5 && f.length != 6) {
      return null;
    }
    try {
      Cron c = new Cron(f);
      return c.daysExist(f[2], f[3]) ? c : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean special(String field) {
    String u = field.toUpperCase(Locale.ROOT);
    return u.contains("L") || u.contains("W") || u.contains("#");
  }

  /** The forms cron-utils takes with supportsL/W/Hash: L, LW, L-n, nW; dL, d#k. */
  private static void checkSpecial(int field, String text) {
    String day = "(\\d{1,2}|[A-Z]{3})";
    String form = field == 2 ? "L|LW|L-\\d{1,2}|([1-9]|[12]\\d|3[01])W|\\d{1,2}"
        : day + "L|" + day + "#[1-5]|" + day;
    for (String item : text.split(",")) {
      if (!item.matches(form)) {
        throw new IllegalArgumentException(item);
      }
      if (field == 4 && !item.contains("#") && !item.endsWith("L")) {
        int v = value(4, item);
        if (v < 0 || v > 7) {
          throw new IllegalArgumentException(item);
        }
      }
    }
  }

  private void mark(int field, String item) {
    int lo = RANGES[field][0];
    int hi = RANGES[field][1];
    int step = 1;
    String range = item;
    if (item.contains("/")) {
      range = item.substring(0, item.indexOf('/'));
      step = Integer.parseInt(item.substring(item.indexOf('/') + 1));
      if (step < 1) {
        throw new IllegalArgumentException("step");
      }
    }
    int from = lo;
    int to = hi;
    if (!range.equals("*")) {
      String[] ends = range.split("-", 2);
      from = value(field, ends[0]);
      to = ends.length == 2 ? value(field, ends[1]) : item.contains("/") ? hi : from;
    }
    if (from < lo || to > hi || from > to) {
      throw new IllegalArgumentException("range");
    }
    for (int v = from; v <= to; v += step) {
      plain[field][v] = true;
    }
  }

  private static int value(int field, String s) {
    String names = field == 3 ? MONTHS : field == 4 ? DAYS : null;
    int at = names == null || s.length() != 3 ? -1 : names.indexOf(s.toUpperCase(Locale.ROOT));
    if (at >= 0 && at % 3 == 0) {
      return at / 3 + (field == 3 ? 1 : 0);
    }
    return Integer.parseInt(s);
  }

  /** CronDaysInMonthValidation: a plain day or day range must exist in a plain month (range). */
  private boolean daysExist(String dayField, String monthField) {
    int[] days = span(dayField);
    int[] months = span(monthField);
    if (days == null || months == null) {
      return true;
    }
    for (int m = months[0]; m < months[1]; m++) { // Array.range: the end is left out
      for (int d = days[0]; d < days[1]; d++) {
        if (d <= LONGEST[m - 1]) {
          return true;
        }
      }
    }
    return days[0] >= days[1] || months[0] >= months[1];
  }

  private static int[] span(String field) {
    if (field.matches("\\d+")) {
      return new int[] {Integer.parseInt(field), Integer.parseInt(field) + 1};
    }
    if (field.matches("\\d+-\\d+")) {
      String[] p = field.split("-");
      return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])};
    }
    return null;
  }

  /** The next time strictly after {@code after}, in {@code zone}; null if none before 2100. */
  ZonedDateTime next(ZonedDateTime after, ZoneId zone) {
    ZonedDateTime t = after.withZoneSameInstant(zone).truncatedTo(ChronoUnit.MINUTES)
        .plusMinutes(1);
    for (LocalDate day = t.toLocalDate(); day.getYear() < 2100; day = day.plusDays(1)) {
      if (!dateMatches(day)) {
        continue;
      }
      int firstMinute = day.equals(t.toLocalDate()) ? t.getHour() * 60 + t.getMinute() : 0;
      for (int m = firstMinute; m < 24 * 60; m++) {
        if (plain[1][m / 60] && plain[0][m % 60]) {
          return day.atStartOfDay(zone).plusMinutes(m);
        }
      }
    }
    return null;
  }

  private boolean dateMatches(LocalDate d) {
    if (hasYear && !plain[5][d.getYear()] || !plain[3][d.getMonthValue()]) {
      return false;
    }
    return dayOfMonthMatches(d) && dayOfWeekMatches(d);
  }

  private boolean dayOfMonthMatches(LocalDate d) {
    if (dayOfMonth.equals("*") || !special(dayOfMonth)) {
      return plain[2][d.getDayOfMonth()];
    }
    int last = d.lengthOfMonth();
    for (String item : dayOfMonth.split(",")) {
      boolean hit;
      if (item.equals("L")) {
        hit = d.getDayOfMonth() == last;
      } else if (item.startsWith("L-")) {
        hit = d.getDayOfMonth() == last - Integer.parseInt(item.substring(2));
      } else if (item.equals("LW")) {
        hit = d.equals(nearestWeekday(d.withDayOfMonth(last)));
      } else if (item.endsWith("W")) {
        int n = Integer.parseInt(item.substring(0, item.length() - 1));
        hit = n <= last && d.equals(nearestWeekday(d.withDayOfMonth(n)));
      } else {
        hit = item.equals(String.valueOf(d.getDayOfMonth()));
      }
      if (hit) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate nearestWeekday(LocalDate d) {
    if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return d.getDayOfMonth() == 1 ? d.plusDays(2) : d.minusDays(1);
    }
    if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return d.getDayOfMonth() == d.lengthOfMonth() ? d.minusDays(2) : d.plusDays(1);
    }
    return d;
  }

  private boolean dayOfWeekMatches(LocalDate d) {
    int w = d.getDayOfWeek().getValue() % 7;
    if (dayOfWeek.equals("*") || !special(dayOfWeek)) {
      return plain[4][w];
    }
    for (String item : dayOfWeek.split(",")) {
      if (item.endsWith("L") && value(4, item.substring(0, item.length() - 1)) % 7 == w) {
        if (d.plusWeeks(1).getMonth() != d.getMonth()) {
          return true;
        }
      } else if (item.contains("#")) {
        String[] p = item.split("#");
        if (value(4, p[0]) % 7 == w && (d.getDayOfMonth() + 6) / 7 == Integer.parseInt(p[1])) {
          return true;
        }
      } else if (!item.endsWith("L") && value(4, item) % 7 == w) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return rendered;
  }
}
