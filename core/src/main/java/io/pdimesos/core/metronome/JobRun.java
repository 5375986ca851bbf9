package io.pdimesos.core.metronome;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One run of a Metronome job as {@code POST/GET /v1/jobs/{id}/runs[/{runId}]} and
 * {@code embed=activeRuns} report it (reference metronome.md §4). Metronome lists a run only while
 * it is active: once it ends it vanishes and shows up in the job's history instead.
 */
public final class JobRun {
  /** The run's {@code status}; {@link #UNKNOWN} for a value this client does not know. */
  public enum Status {
    /** Created, not yet stored: what {@code POST …/runs} usually answers. */
    INITIAL,
    /** Waiting in the launch queue for a Mesos offer. */
    STARTING,
    /** A task is staging, starting or running. */
    ACTIVE,
    SUCCESS,
    FAILED,
    UNKNOWN;

    static Status of(String s) {
      try {
        return s == null ? UNKNOWN : valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return UNKNOWN;
      }
    }

    /** Still waiting for its first task to become active. */
    public boolean isStarting() {
      return this == INITIAL || this == STARTING;
    }

    public boolean isTerminal() {
      return this == SUCCESS || this == FAILED;
    }
  }

  private final JsonNode json;
  private final List<Task> tasks;

  private JobRun(JsonNode json) {
    this.json = json;
    List<Task> ts = new ArrayList<Task>();
    for (JsonNode t : json.path("tasks")) {
      ts.add(new Task(t));
    }
    this.tasks = Collections.unmodifiableList(ts);
  }

  public static JobRun fromTree(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("A Metronome run must be a JSON object, not " + node);
    }
    return new JobRun(node.deepCopy());
  }

  /** The run id, e.g. {@code 20160715130259A34HX} (time of creation and five random letters). */
  public String id() {
    return json.path("id").asText("");
  }

  public String jobId() {
    return json.path("jobId").asText("");
  }

  public Status status() {
    return Status.of(json.path("status").asText(null));
  }

  /** The status as the server wrote it. */
  public String statusText() {
    return json.path("status").asText("");
  }

  public Instant createdAt() {
    return MetronomeTime.parse(json.path("createdAt").asText(null));
  }

  /** Null while the run is active. */
  public Instant completedAt() {
    return MetronomeTime.parse(json.path("completedAt").asText(null));
  }

  public List<Task> tasks() {
    return tasks;
  }

  /** The run's JSON as the server sent it. */
  public JsonNode json() {
    return json.deepCopy();
  }

  @Override
  public String toString() {
    return jobId() + " run " + id() + " (" + statusText() + ")";
  }

  /** A Mesos task of the run: id, Mesos state name and times. */
  public static final class Task {
    private final String id;
    private final String status;
    private final String startedAt;
    private final String completedAt;

    Task(JsonNode n) {
      this.id = n.path("id").asText("");
      this.status = n.path("status").asText("");
      this.startedAt = n.path("startedAt").asText(null);
      this.completedAt = n.path("completedAt").asText(null);
    }

    public String id() {
      return id;
    }

    /** {@code TASK_STAGING}, {@code TASK_RUNNING}, {@code TASK_FINISHED}, … */
    public String status() {
      return status;
    }

    public Instant startedAt() {
      return MetronomeTime.parse(startedAt);
    }

    public Instant completedAt() {
      return MetronomeTime.parse(completedAt);
    }
  }
}
