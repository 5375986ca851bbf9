package io.pdimesos.core.metronome;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What Metronome would refuse, checked before anything is sent, with a message that names the
 * field (reference metronome.md §3). The server's own 422 lists JSON paths and schema wording;
 * these say what to change. Only definite errors throw; doubtful settings come back as
 * warnings.
 */
public final class MetronomeValidation {
  private MetronomeValidation() {}

  /**
   * @return warnings (the job is valid)
   * @throws IllegalArgumentException for the first definite error, naming the field
   */
  public static List<String> validate(MetronomeJob job) {
    List<String> warnings = new ArrayList<String>();
    MetronomeIds.checkJobId(job.id());
    JsonNode tree = job.toTree();
    for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!MetronomeJob.SPEC_FIELDS.contains(f) && !MetronomeJob.EMBEDDED_FIELDS.contains(f)) {
        throw new IllegalArgumentException("Job '" + job.id() + "': unknown field '" + f
            + "' (a Metronome job has " + MetronomeJob.SPEC_FIELDS + ")");
      }
    }
    checkRun(job);
    List<MetronomeSchedule> schedules = job.schedules();
    if (schedules.size() > 1) {
      throw new IllegalArgumentException("Job '" + job.id() + "' has " + schedules.size()
          + " schedules; Metronome supports one");
    }
    if (!schedules.isEmpty() && !job.dependencies().isEmpty()) {
      throw new IllegalArgumentException("Job '" + job.id() + "' has both a schedule and"
          + " dependencies; Metronome allows one or the other");
    }
    for (MetronomeSchedule s : schedules) {
      String note = checkSchedule(s);
      if (note != null) {
        warnings.add(note);
      }
    }
    for (String parent : job.dependencies()) {
      try {
        MetronomeIds.checkJobId(parent);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Job '" + job.id() + "' dependencies: "
            + e.getMessage(), e);
      }
      if (parent.equals(job.id())) {
        throw new IllegalArgumentException("Job '" + job.id() + "' depends on itself");
      }
    }
    return warnings;
  }

  private static void checkRun(MetronomeJob job) {
    JsonNode run = job.run();
    String id = job.id();
    if (!run.isObject()) {
      throw new IllegalArgumentException("Job '" + id + "' has no 'run' object");
    }
    // The schema requires all three: the Scala defaults never apply through the API.
    minimum(id, run, "cpus", 0.01, "");
    minimum(id, run, "mem", 32, " MB");
    minimum(id, run, "disk", 0, " MB");
    boolean cmd = !run.path("cmd").asText("").isEmpty();
    boolean docker = run.has("docker");
    boolean ucr = run.has("ucr");
    if (docker && run.path("docker").path("image").asText("").isEmpty()) {
      throw new IllegalArgumentException("Job '" + id + "': run.docker.image is empty");
    }
    if (!cmd && !docker && !ucr) {
      throw new IllegalArgumentException("Job '" + id + "' has nothing to run: set run.cmd, a"
          + " Docker image (run.docker.image) or a UCR image (run.ucr.image.id)");
    }
    if (docker && ucr) {
      throw new IllegalArgumentException("Job '" + id + "' sets both run.docker and run.ucr;"
          + " Metronome takes one");
    }
    if (docker && run.path("gpus").asInt(0) > 0) {
      throw new IllegalArgumentException("Job '" + id + "': GPUs (run.gpus) are not supported"
          + " with Docker");
    }
  }

  private static void minimum(String id, JsonNode run, String field, double min, String unit) {
    JsonNode v = run.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("Job '" + id + "': run." + field + " is required"
          + " (Metronome has no default for it)");
    }
    if (!v.isNumber()) {
      throw new IllegalArgumentException("Job '" + id + "': run." + field + " must be a number,"
          + " not " + v);
    }
    if (v.asDouble() < min) {
      throw new IllegalArgumentException("Job '" + id + "': run." + field + " is " + v.asText()
          + unit + "; Metronome's minimum is " + (min == Math.rint(min) ? String.valueOf((long) min)
          : String.valueOf(min)) + unit);
    }
  }

  /**
   * Checks one schedule: id, cron, time zone, starting deadline.
   *
   * @return a note on the cron's day rule, or null
   * @throws IllegalArgumentException naming the setting at fault
   */
  public static String checkSchedule(MetronomeSchedule s) {
    MetronomeIds.checkScheduleId(s.id());
    CronExpression cron = CronExpression.parse(s.cron());
    if (!ZoneId.getAvailableZoneIds().contains(s.timezone())) {
      throw new IllegalArgumentException("Schedule '" + s.id() + "': no time zone '"
          + s.timezone() + "' (use an IANA name such as Europe/Berlin or UTC)");
    }
    if (s.startingDeadlineSeconds() < MetronomeSchedule.MIN_STARTING_DEADLINE_SECONDS) {
      throw new IllegalArgumentException("Schedule '" + s.id() + "': startingDeadlineSeconds is "
          + s.startingDeadlineSeconds() + "; Metronome's minimum is "
          + MetronomeSchedule.MIN_STARTING_DEADLINE_SECONDS);
    }
    String policy = s.toTree().path("concurrencyPolicy").asText("ALLOW");
    if (!policy.equals("ALLOW") && !policy.equals("FORBID")) {
      throw new IllegalArgumentException("Schedule '" + s.id() + "': concurrencyPolicy '"
          + policy + "' is neither ALLOW nor FORBID");
    }
    return cron.dayRuleNote();
  }
}
