package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.ClusterException;
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
 * <p>A delete whose answer was lost (the resent {@code DELETE} found the job gone, or every
 * attempt broke off) is judged by the state ({@link WriteOutcome}): the job gone is a success,
 * the job still there an unknown outcome, never a failure. A job seen before the delete that
 * another client deleted meanwhile counts as deleted too.
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
  public Result delete(final String jobId, boolean stopRuns, boolean missingOk,
      final CancellationToken token) {
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
    String msg = "Metronome job '" + jobId + "' deleted" + (stopRuns && !active.isEmpty()
        ? " after stopping its runs " + active : "");
    try {
      client.deleteJob(jobId, stopRuns, token);
    } catch (ClusterException e) {
      if (e instanceof MetronomeConflictException && !e.answerLost()) {
        return refused(jobId, (MetronomeConflictException) e, active, started);
      }
      if (e instanceof NotFoundException && !e.answerLost()) {
        log.detailed("Metronome job '" + jobId + "' was gone when its delete arrived");
      } else if (WriteOutcome.afterLostAnswer(e, new WriteOutcome.StateCheck() {
        @Override
        public boolean tookEffect() {
          return client.findJob(jobId, null, token) == null;
        }
      }, log) == WriteOutcome.Verdict.CONFIRMED) {
        msg = WriteOutcome.confirmed(msg, e);
      } else {
        String unknown = WriteOutcome.unknown("Deleting Metronome job '" + jobId + "'", e);
        log.basic(unknown);
        return new Result(false, true, unknown, Collections.singletonList(unknown), started,
            jobId, true, false, Collections.<String>emptyList(),
            Collections.<String>emptyList());
      }
    }
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
      this(success, false, message, diagnostics, started, jobId, existed, deleted, stoppedRuns,
          dependants);
    }

    Result(boolean success, boolean unknown, String message, List<String> diagnostics,
        long started, String jobId, boolean existed, boolean deleted, List<String> stoppedRuns,
        List<String> dependants) {
      super(success, unknown, message, diagnostics, System.currentTimeMillis() - started);
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
