package io.pdimesos.core.rows;

import static io.pdimesos.core.rows.FieldType.BOOLEAN;
import static io.pdimesos.core.rows.FieldType.DATE;
import static io.pdimesos.core.rows.FieldType.INTEGER;
import static io.pdimesos.core.rows.FieldType.JSON;
import static io.pdimesos.core.rows.FieldType.NUMBER;
import static io.pdimesos.core.rows.FieldType.STRING;
import static io.pdimesos.core.rows.SourceField.of;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.http.ApiResponse;
import io.pdimesos.core.json.PointerSelection;
import io.pdimesos.core.metronome.JobRun;
import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.metronome.MetronomeClient.Embed;
import io.pdimesos.core.metronome.MetronomeTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Metronome entities as records, all from one {@code GET /v1/jobs} with the embeds each
 * needs (reference metronome.md §3): {@code jobs} (the spec, its schedule, the history summary
 * and what is active now), {@code runs} (the active runs of every job) and {@code history} (the
 * finished runs the history keeps, newest first). Metronome's timestamps have an offset without a
 * colon; DATE fields read them as they are.
 */
public final class MetronomeEntities {
  public static final String JOBS = "jobs";
  public static final String RUNS = "runs";
  public static final String HISTORY = "history";
  public static final List<String> CODES = Collections.unmodifiableList(
      Arrays.asList(JOBS, RUNS, HISTORY));

  static final List<SourceField> JOB_FIELDS = DeclaredEntityReader.fields(
      of("id", STRING, "/id", "Job id (dot-separated)"),
      of("description", STRING, "/description", "Free text description"),
      of("cmd", STRING, "/run/cmd", "Shell command"),
      of("docker_image", STRING, "/run/docker/image", "Docker image, if any"),
      of("cpus", NUMBER, "/run/cpus", "CPUs per run"),
      of("mem", NUMBER, "/run/mem", "Memory per run (MB)"),
      of("disk", NUMBER, "/run/disk", "Disk per run (MB)"),
      of("schedule_cron", STRING, "/schedules/0/cron", "Cron of the schedule; empty without one"),
      of("schedule_timezone", STRING, "/schedules/0/timezone", "Time zone of the schedule"),
      of("schedule_enabled", BOOLEAN, "/schedules/0/enabled", "The schedule is enabled"),
      of("next_run_at", DATE, "/schedules/0/nextRunAt", "When the schedule runs the job next"),
      of("dependencies", STRING, "@dependencies", "Jobs this one runs after, comma-separated"),
      of("success_count", INTEGER, "/historySummary/successCount", "Successful runs"),
      of("failure_count", INTEGER, "/historySummary/failureCount", "Failed runs"),
      of("last_success_at", DATE, "/historySummary/lastSuccessAt",
          "End of the last successful run"),
      of("last_failure_at", DATE, "/historySummary/lastFailureAt", "End of the last failed run"),
      of("state", STRING, "@state", "What the job does now: idle, starting (a run waits for an"
          + " offer) or active"),
      of("active_runs", INTEGER, "@active_runs", "Runs active now"),
      of("active_run_ids", STRING, "@active_run_ids", "Ids of the active runs, comma-separated"),
      of("labels", JSON, "/labels", "Labels as a JSON object"));

  static final List<SourceField> RUN_FIELDS = DeclaredEntityReader.fields(
      of("job_id", STRING, "/jobId", "Job id"),
      of("run_id", STRING, "/id", "Run id"),
      of("status", STRING, "/status", "INITIAL, STARTING (waiting for an offer) or ACTIVE"),
      of("created_at", DATE, "/createdAt", "When the run was started"),
      of("task_ids", STRING, "@task_ids", "Mesos task ids of the run, comma-separated"),
      of("task_states", STRING, "@task_states", "Their Mesos states, in the same order"));

  static final List<SourceField> HISTORY_FIELDS = DeclaredEntityReader.fields(
      of("job_id", STRING, "@job_id", "Job id"),
      of("run_id", STRING, "/id", "Run id"),
      of("outcome", STRING, "@outcome", "success or failure"),
      of("created_at", DATE, "/createdAt", "When the run was started"),
      of("finished_at", DATE, "/finishedAt", "When it ended"),
      of("task_ids", STRING, "/tasks", "Mesos task ids of the run, comma-separated (0.6.33+)"));

  private MetronomeEntities() {}

  /**
   * A reader of {@code code} over {@code client}.
   *
   * @throws IllegalArgumentException for an unknown code (names the valid ones)
   */
  public static EntityReader reader(String code, MetronomeClient client) {
    if (client == null) {
      throw new IllegalArgumentException("A Metronome client is needed to read " + code);
    }
    return create(code, client);
  }

  /** The documented default fields of {@code code}, without a client (Spoon asks for them). */
  public static List<SourceField> defaultFields(String code) {
    return create(code, null).defaultFields();
  }

  /** The one place that maps a code to its reader; a null client is fine for its fields. */
  private static EntityReader create(String code, MetronomeClient client) {
    String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    if (JOBS.equals(c)) {
      return new JobsReader(client);
    }
    if (RUNS.equals(c)) {
      return new RunsReader(client);
    }
    if (HISTORY.equals(c)) {
      return new HistoryReader(client);
    }
    throw DeclaredEntityReader.unknown("Metronome", code, CODES);
  }

  /** Reads the job list with some embeds; subclasses hand on records made from each job. */
  private abstract static class JobListReader extends DeclaredEntityReader {
    private final MetronomeClient client;
    private final EnumSet<Embed> embed;

    JobListReader(String code, List<SourceField> fields, MetronomeClient client,
        EnumSet<Embed> embed) {
      super(code, fields, RowFilter.NAME_PATTERN);
      this.client = client;
      this.embed = embed;
    }

    /** The job's records, in order; empty for none. */
    abstract List<Record> records(JsonNode job, String jobId);

    /** Metronome answers its job list in one body: read whole, every path kept. */
    @Override
    long read(RowFilter f, PointerSelection selection, RecordSink sink, CancellationToken t) {
      ApiResponse r = client.jobsResponse(embed, t);
      JsonNode jobs = r.json();
      if (!jobs.isArray()) {
        throw new BadResponseException(r.describe() + " answered " + jobs.getNodeType()
            + " where a JSON array of jobs was expected", r.status(), r.method(), r.url(), null);
      }
      sink.answered(new ResponseInfo(baseUrl(r.base()), r.elapsedMillis()));
      long handed = 0;
      for (JsonNode job : jobs) {
        t.throwIfCancelled();
        String id = job.path("id").asText(null);
        if (!job.isObject() || !f.nameMatches(id)) {
          continue;
        }
        for (Record rec : records(job, id)) {
          handed++;
          if (!sink.accept(rec)) {
            return handed;
          }
        }
      }
      return handed;
    }
  }

  private static final class JobsReader extends JobListReader {
    JobsReader(MetronomeClient client) {
      super(JOBS, JOB_FIELDS, client, EnumSet.of(Embed.HISTORY_SUMMARY, Embed.ACTIVE_RUNS));
    }

    @Override
    List<Record> records(JsonNode job, String jobId) {
      Map<String, Object> d = new HashMap<String, Object>();
      List<String> parents = new ArrayList<String>();
      for (JsonNode p : job.path("dependencies")) {
        parents.add(p.path("id").asText());
      }
      d.put("dependencies", parents);
      List<String> ids = new ArrayList<String>();
      String state = "idle";
      for (JsonNode run : job.path("activeRuns")) {
        ids.add(run.path("id").asText());
        JobRun.Status s = JobRun.fromTree(run).status();
        if (s == JobRun.Status.ACTIVE) {
          state = "active";
        } else if (s.isStarting() && state.equals("idle")) {
          state = "starting";
        }
      }
      d.put("state", state);
      d.put("active_runs", ids.size());
      d.put("active_run_ids", ids);
      return Collections.singletonList(Record.owning(job, d));
    }
  }

  private static final class RunsReader extends JobListReader {
    RunsReader(MetronomeClient client) {
      super(RUNS, RUN_FIELDS, client, EnumSet.of(Embed.ACTIVE_RUNS));
    }

    @Override
    List<Record> records(JsonNode job, String jobId) {
      List<Record> out = new ArrayList<Record>();
      for (JsonNode run : job.path("activeRuns")) {
        List<String> ids = new ArrayList<String>();
        List<String> states = new ArrayList<String>();
        for (JsonNode task : run.path("tasks")) {
          ids.add(task.path("id").asText());
          states.add(task.path("status").asText());
        }
        Map<String, Object> d = new HashMap<String, Object>();
        d.put("task_ids", ids);
        d.put("task_states", states);
        out.add(Record.owning(run, d));
      }
      return out;
    }
  }

  private static final class HistoryReader extends JobListReader {
    HistoryReader(MetronomeClient client) {
      super(HISTORY, HISTORY_FIELDS, client, EnumSet.of(Embed.HISTORY));
    }

    /** Both lists merged, newest end first, as one timeline of the job's finished runs. */
    @Override
    List<Record> records(JsonNode job, String jobId) {
      final List<Record> out = new ArrayList<Record>();
      JsonNode h = job.path("history");
      add(out, h.path("successfulFinishedRuns"), jobId, "success");
      add(out, h.path("failedFinishedRuns"), jobId, "failure");
      Collections.sort(out, new java.util.Comparator<Record>() {
        @Override
        public int compare(Record a, Record b) {
          return Long.compare(finished(b), finished(a));
        }
      });
      return out;
    }

    private static long finished(Record r) {
      Instant t = MetronomeTime.parse(r.item().path("finishedAt").asText(null));
      return t == null ? Long.MIN_VALUE : t.toEpochMilli();
    }

    private static void add(List<Record> out, JsonNode runs, String jobId, String outcome) {
      for (JsonNode run : runs) {
        Map<String, Object> d = new HashMap<String, Object>();
        d.put("job_id", jobId);
        d.put("outcome", outcome);
        out.add(Record.owning(run, d));
      }
    }
  }
}
