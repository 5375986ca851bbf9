package io.pdimesos.core.rows;

import static io.pdimesos.core.rows.SourceField.of;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.GraphCsv;
import io.pdimesos.core.chronos.JobState;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.http.ApiResponse;
import io.pdimesos.core.http.Urls;
import io.pdimesos.core.json.PointerSelection;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The entities of the Chronos Jobs Input step. {@code jobs}: one record per job of the job list,
 * the job's JSON as the server sent it (2.x and 3.x alike), plus its last outcome and current
 * state from {@code graph/csv} (reference chronos.md §5).
 */
public final class ChronosEntities {
  public static final String JOBS = "jobs";
  public static final List<String> CODES = Collections.unmodifiableList(Arrays.asList(JOBS));

  static final List<SourceField> JOB_FIELDS = DeclaredEntityReader.fields(
      of("name", FieldType.STRING, "/name", "Job name"),
      of("description", FieldType.STRING, "/description", "Free text description"),
      of("command", FieldType.STRING, "/command", "Command line (or Docker arguments)"),
      of("schedule", FieldType.STRING, "/schedule", "ISO 8601 repeating interval; empty for a "
          + "dependent job"),
      of("schedule_time_zone", FieldType.STRING, "/scheduleTimeZone", "Time zone of the schedule"),
      of("parents", FieldType.STRING, "/parents", "Parent jobs of a dependent job, comma-separated"),
      of("epsilon", FieldType.STRING, "/epsilon", "How late a run may start (ISO 8601 duration)"),
      of("owner", FieldType.STRING, "/owner", "Owner e-mail addresses"),
      of("container_image", FieldType.STRING, "/container/image", "Docker image, if any"),
      of("cpus", FieldType.NUMBER, "/cpus", "CPU shares per run"),
      of("mem", FieldType.NUMBER, "/mem", "Memory per run (MB)"),
      of("disk", FieldType.NUMBER, "/disk", "Disk per run (MB)"),
      of("retries", FieldType.INTEGER, "/retries", "Retries after a failed attempt"),
      of("disabled", FieldType.BOOLEAN, "/disabled", "The job is not scheduled"),
      of("async", FieldType.BOOLEAN, "/async", "Asynchronous job (1.x/2.x)"),
      of("success_count", FieldType.INTEGER, "/successCount", "Successful runs"),
      of("error_count", FieldType.INTEGER, "/errorCount", "Failed runs"),
      of("errors_since_last_success", FieldType.INTEGER, "/errorsSinceLastSuccess",
          "Failed runs since the last success"),
      of("last_success", FieldType.DATE, "/lastSuccess", "End of the last successful run"),
      of("last_error", FieldType.DATE, "/lastError", "End of the last failed run"),
      of("last_status", FieldType.STRING, "@last_status",
          "Last outcome from graph/csv: fresh (never ran), success or failure"),
      of("state", FieldType.STRING, "@state",
          "What the job does now, from graph/csv: idle, queued or running (empty before 2.3)"),
      of("running_tasks", FieldType.INTEGER, "@running_tasks", "Tasks running now"));

  private ChronosEntities() {}

  /**
   * The documented default fields of {@code code}, without a client (Spoon asks for them).
   *
   * @throws IllegalArgumentException when {@code code} is not one of {@link #CODES}
   */
  public static List<SourceField> defaultFields(String code) {
    if (JOBS.equals(code)) {
      return JOB_FIELDS;
    }
    throw DeclaredEntityReader.unknown("Chronos", code, CODES);
  }

  /**
   * @throws IllegalArgumentException when {@code code} is not one of {@link #CODES}
   */
  public static EntityReader reader(String code, ChronosClient client) {
    if (JOBS.equals(code)) {
      return new JobsReader(client);
    }
    throw DeclaredEntityReader.unknown("Chronos", code, CODES);
  }

  private static final class JobsReader extends DeclaredEntityReader {
    private final ChronosClient client;

    JobsReader(ChronosClient client) {
      super(JOBS, JOB_FIELDS, RowFilter.NAME_PATTERN);
      this.client = client;
    }

    /** Chronos answers its job list in one small body: read whole, every path kept. */
    @Override
    long read(RowFilter f, PointerSelection selection, RecordSink sink, CancellationToken t) {
      ApiResponse r = client.jobsResponse(t);
      JsonNode jobs = r.json();
      if (!jobs.isArray()) {
        throw new BadResponseException(r.describe() + " answered " + jobs.getNodeType()
            + " where a JSON array of jobs was expected", r.status(), r.method(), r.url(), null);
      }
      sink.answered(new ResponseInfo(Urls.redact(r.base()), r.elapsedMillis()));
      // Asked after the list, so a job created in between has a job row but no graph line
      // (status empty) rather than a graph line without a job.
      GraphCsv graph = client.graph(t);
      long accepted = 0;
      for (JsonNode job : jobs) {
        t.throwIfCancelled();
        String name = job.path("name").asText(null);
        if (!job.isObject() || !f.nameMatches(name)) {
          continue;
        }
        accepted++;
        if (!sink.accept(Record.owning(job, derived(graph.state(name))))) {
          break;
        }
      }
      return accepted;
    }

    private static Map<String, Object> derived(JobState s) {
      Map<String, Object> d = new HashMap<String, Object>();
      if (s == null) {
        return d;
      }
      d.put("last_status", s.lastOutcome().isEmpty() ? null : s.lastOutcome());
      if (s.activity() != JobState.Activity.UNKNOWN) { // pre-2.3 graphs have no state column
        d.put("state", s.activity().name().toLowerCase(Locale.ROOT));
        d.put("running_tasks", s.runningCount());
      }
      return d;
    }
  }
}
