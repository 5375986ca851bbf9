package io.pdimesos.core.metronome;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A job's run history, {@code embed=history} (or only its counters, {@code embed=historySummary};
 * reference metronome.md §3): counts and times of the last success and failure, and the finished
 * runs newest first, each list capped by the server's {@code metronome.history.count}. Metronome
 * updates it through an event bus after the run has left the active runs, so it lags slightly.
 */
public final class JobHistory {
  private final long successCount;
  private final long failureCount;
  private final Instant lastSuccessAt;
  private final Instant lastFailureAt;
  private final List<FinishedRun> successfulRuns;
  private final List<FinishedRun> failedRuns;

  private JobHistory(JsonNode n) {
    this.successCount = n.path("successCount").asLong(0);
    this.failureCount = n.path("failureCount").asLong(0);
    this.lastSuccessAt = MetronomeTime.parse(n.path("lastSuccessAt").asText(null));
    this.lastFailureAt = MetronomeTime.parse(n.path("lastFailureAt").asText(null));
    this.successfulRuns = runs(n.path("successfulFinishedRuns"), true);
    this.failedRuns = runs(n.path("failedFinishedRuns"), false);
  }

  /** Reads {@code history} or {@code historySummary}; a summary has no finished runs. */
  public static JobHistory fromTree(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("A Metronome job history must be a JSON object, not "
          + node);
    }
    return new JobHistory(node);
  }

  private static List<FinishedRun> runs(JsonNode list, boolean succeeded) {
    List<FinishedRun> out = new ArrayList<FinishedRun>();
    for (JsonNode r : list) {
      out.add(new FinishedRun(r, succeeded));
    }
    return Collections.unmodifiableList(out);
  }

  public long successCount() {
    return successCount;
  }

  public long failureCount() {
    return failureCount;
  }

  /** Null when the job never succeeded. */
  public Instant lastSuccessAt() {
    return lastSuccessAt;
  }

  public Instant lastFailureAt() {
    return lastFailureAt;
  }

  public List<FinishedRun> successfulRuns() {
    return successfulRuns;
  }

  public List<FinishedRun> failedRuns() {
    return failedRuns;
  }

  /** The finished run {@code runId} from either list, or null when the history lacks it. */
  public FinishedRun find(String runId) {
    FinishedRun r = find(successfulRuns, runId);
    return r != null ? r : find(failedRuns, runId);
  }

  private static FinishedRun find(List<FinishedRun> runs, String runId) {
    for (FinishedRun r : runs) {
      if (r.id().equals(runId)) {
        return r;
      }
    }
    return null;
  }

  /** A run that ended, as the history keeps it: no status, only which list it is in. */
  public static final class FinishedRun {
    private final String id;
    private final boolean succeeded;
    private final String createdAt;
    private final String finishedAt;
    private final List<String> tasks;

    FinishedRun(JsonNode n, boolean succeeded) {
      this.id = n.path("id").asText("");
      this.succeeded = succeeded;
      this.createdAt = n.path("createdAt").asText(null);
      this.finishedAt = n.path("finishedAt").asText(null);
      List<String> ts = new ArrayList<String>();
      for (JsonNode t : n.path("tasks")) {
        ts.add(t.asText());
      }
      this.tasks = Collections.unmodifiableList(ts);
    }

    public String id() {
      return id;
    }

    /** In {@code successfulFinishedRuns} (else {@code failedFinishedRuns}). */
    public boolean succeeded() {
      return succeeded;
    }

    public Instant createdAt() {
      return MetronomeTime.parse(createdAt);
    }

    public Instant finishedAt() {
      return MetronomeTime.parse(finishedAt);
    }

    /** Its Mesos task ids (Metronome 0.6.33 and later; empty before). */
    public List<String> tasks() {
      return tasks;
    }
  }
}
