package io.pdimesos.core.metronome;

import java.util.regex.Pattern;

/**
 * Metronome's id rules (reference metronome.md §3), checked here so that a bad id is refused with
 * a message naming the bad part instead of the server's 400 "Not a valid id" or a 422 listing a
 * regular expression.
 */
public final class MetronomeIds {
  /** One segment of a job id: lower-case letters and digits, hyphens only inside (#391: "a--a"). */
  private static final Pattern SEGMENT = Pattern.compile("[a-z0-9]+(-+[a-z0-9]+)*");
  /** A whole job id: {@link #SEGMENT}s joined by dots. */
  private static final Pattern JOB_ID = Pattern.compile(SEGMENT.pattern() + "(\\."
      + SEGMENT.pattern() + ")*");
  /** A schedule id as {@code POST …/schedules} validates it: at least two characters, no dots. */
  private static final Pattern SCHEDULE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*[a-z0-9]+");

  private MetronomeIds() {}

  /**
   * Checks a job id: dot-separated segments of {@code a-z}, {@code 0-9} and inner {@code -}.
   *
   * @throws IllegalArgumentException naming the segment and the character at fault
   */
  public static String checkJobId(String id) {
    if (id == null || id.trim().isEmpty()) {
      throw new IllegalArgumentException("The Metronome job id is empty");
    }
    if (!id.equals(id.trim())) {
      throw new IllegalArgumentException("The Metronome job id '" + id + "' has spaces around"
          + " it");
    }
    String[] segments = id.split("\\.", -1);
    for (String s : segments) {
      if (s.isEmpty()) {
        throw new IllegalArgumentException("Metronome job id '" + id + "' has an empty segment:"
            + " it may not start or end with '.' nor hold '..'");
      }
      if (!SEGMENT.matcher(s).matches()) {
        throw new IllegalArgumentException("Metronome job id '" + id + "': segment '" + s + "' "
            + segmentFault(s) + " (ids are dot-separated segments of a-z, 0-9 and inner '-')");
      }
    }
    return id;
  }

  /** Whether {@code id} is a job id as {@link #checkJobId} accepts it. */
  static boolean isJobId(String id) {
    return id != null && JOB_ID.matcher(id).matches();
  }

  private static String segmentFault(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
      if (!allowed) {
        return Character.isUpperCase(c) ? "has the upper-case letter '" + c + "' (Metronome ids"
            + " are lower case)" : "has the character '" + c + "'";
      }
    }
    return s.startsWith("-") ? "starts with '-'" : "ends with '-'";
  }

  /**
   * Checks a schedule id as {@code POST /v1/jobs/{id}/schedules} accepts it.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static String checkScheduleId(String id) {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("The schedule id is empty");
    }
    if (!SCHEDULE_ID.matcher(id).matches()) {
      throw new IllegalArgumentException("Schedule id '" + id + "' must have at least two"
          + " characters of a-z, 0-9 and '-', and not start or end with '-'");
    }
    return id;
  }

  /**
   * The start of the Mesos task ids of run {@code runId} of job {@code jobId}: Metronome launches
   * each run as a Marathon run spec {@code /<job path>/<runId>}, whose tasks are named
   * {@code <path with '_' for '/'>.<uuid>} ({@code prod_example_app_20160715130259A34HX.…}).
   */
  public static String taskIdPrefix(String jobId, String runId) {
    return jobId.replace('.', '_') + "_" + runId + ".";
  }
}
