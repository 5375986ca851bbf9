package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.metronome.JobRun;
import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.metronome.MetronomeClient.Embed;
import io.pdimesos.core.metronome.MetronomeConflictException;
import io.pdimesos.core.metronome.MetronomeJob;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

/**
 * Deletes a Metronome job. Metronome refuses (409) while runs are active unless they are stopped
 * with it ({@code stopCurrentJobRuns}), and while other jobs depend on it; both come back as a
 * failed result naming the runs or the dependent jobs. The job's history goes with it.
 *
 * <p>A job seen before the delete and gone after it counts as deleted, however the 404 came
 * about: the seam resends a {@code DELETE} whose answer was lost, and the resent one finds the
 * job gone.
 */
public final class MetronomeDelete {
  private final MetronomeClient client;
  private final ProgressListener log;

  public MetronomeDelete(MetronomeClient client, ProgressListener log) {
    this.client = client;
    this.log = log == null ? ProgressListener.NONE : log;
  }

  /**
   * @param stopRuns stop the job's active runs (they end FAILED) instead of refusing
   * @param missingOk a job that does not exist counts as deleted (success), else as a failure
   */
  public Result delete(String jobId, boolean stopRuns, boolean missingOk,
      CancellationToken token) {
    long started = System.currentTimeMillis();
    MetronomeJob job = client.findJob(jobId, EnumSet.of(Embed.ACTIVE_RUNS), token);
    if (job == null) {
      String msg = "Metronome has no job '" + jobId + "'" + (missingOk ? "; nothing to delete"
          : "");
      log.basic(msg);
      return new Result(missingOk, msg, missingOk ? Collections.<String>emptyList()
          : Collections.singletonList(msg), started, jobId, false, false, ids(null),
          Collections.<String>emptyList());
    }
    List<String> active = ids(job.activeRuns());
    try {
      client.deleteJob(jobId, stopRuns, token);
    } catch (NotFoundException e) {
      log.detailed("Metronome job '" + jobId + "' was gone when its delete was confirmed");
    } catch (MetronomeConflictException e) {
      return refused(jobId, e, active, started);
    }
    String msg = "Metronome job '" + jobId + "' deleted" + (stopRuns && !active.isEmpty()
        ? " after stopping its runs " + active : "");
    log.basic(msg);
    return new Result(true, msg, Collections.<String>emptyList(), started, jobId, true, true,
        stopRuns ? active : Collections.<String>emptyList(), Collections.<String>emptyList());
  }

  private Result refused(String jobId, MetronomeConflictException e, List<String> active,
      long started) {
    String msg;
    if (e.reason() == MetronomeConflictException.Reason.DEPENDANTS) {
      msg = "Metronome job '" + jobId + "' was not deleted: the jobs " + e.dependants()
          + " depend on it (delete them or their dependency first)";
    } else if (e.reason() == MetronomeConflictException.Reason.ACTIVE_RUNS) {
      msg = "Metronome job '" + jobId + "' was not deleted: it has active runs"
          + (active.isEmpty() ? "" : " " + active) + " (stop them with it, or wait)";
    } else {
      msg = "Metronome job '" + jobId + "' was not deleted";
    }
    List<String> diag = new ArrayList<String>();
    diag.add(msg);
    diag.add("Metronome said: " + e.serverMessage());
    log.basic(msg);
    return new Result(false, msg, diag, started, jobId, true, false,
        Collections.<String>emptyList(), e.dependants());
  }

  private static List<String> ids(List<JobRun> runs) {
    List<String> out = new ArrayList<String>();
    if (runs != null) {
      for (JobRun r : runs) {
        out.add(r.id());
      }
    }
    return out;
  }

  /** Outcome of a delete. */
  public static final class Result extends OperationResult {
    private final String jobId;
    private final boolean existed;
    private final boolean deleted;
    private final List<String> stoppedRuns;
    private final List<String> dependants;

    Result(boolean success, String message, List<String> diagnostics, long started,
        String jobId, boolean existed, boolean deleted, List<String> stoppedRuns,
        List<String> dependants) {
      super(success, message, diagnostics, System.currentTimeMillis() - started);
      this.jobId = jobId;
      this.existed = existed;
      this.deleted = deleted;
      this.stoppedRuns = Collections.unmodifiableList(new ArrayList<String>(stoppedRuns));
      this.dependants = Collections.unmodifiableList(new ArrayList<String>(dependants));
    }

    public String jobId() {
      return jobId;
    }

    public boolean existed() {
      return existed;
    }

    public boolean deleted() {
      return deleted;
    }

    /** Runs that were active and stopped with the job. */
    public List<String> stoppedRuns() {
      return stoppedRuns;
    }

    /** When refused because of them: the jobs that depend on this one. */
    public List<String> dependants() {
      return dependants;
    }
  }
}
