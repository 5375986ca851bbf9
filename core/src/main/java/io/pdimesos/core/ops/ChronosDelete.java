package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.cancel.Deadline;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.core.chronos.GraphCsv;
import io.pdimesos.core.chronos.JobState;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.error.TimedOutException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Deletes a Chronos job, optionally killing its running tasks first. Chronos itself kills them on
 * delete, but an explicit kill first makes the order certain and the log clear. Deleting a parent
 * makes Chronos rewire its dependent children (or turn them into scheduled jobs, chronos.md §2),
 * which the result names so the user is not surprised.
 */
public final class ChronosDelete {
  private final ChronosClient client;
  private final ProgressListener log;

  public ChronosDelete(ChronosClient client, ProgressListener log) {
    this.client = client;
    this.log = log == null ? ProgressListener.NONE : log;
  }

  /**
   * @param killTasksFirst kill the job's running tasks before deleting it
   * @param missingOk a job that does not exist counts as deleted (success), else as a failure
   * @param timeoutMillis limit for the whole operation, 0 = none
   */
  public Result delete(final String jobName, boolean killTasksFirst, boolean missingOk,
      long timeoutMillis, CancellationToken token) {
    long started = System.currentTimeMillis();
    Deadline deadline = Deadline.inMillis(timeoutMillis);
    ChronosJob job = client.findJob(jobName, token);
    if (job == null) {
      return missing(jobName, missingOk, started);
    }
    check(deadline, jobName);
    GraphCsv graph = client.graph(token);
    JobState state = graph.state(jobName);
    List<String> children = graph.children(jobName);
    boolean killed = false;
    List<String> diag = new ArrayList<String>();
    if (killTasksFirst && state != null && !state.isIdle()) {
      check(deadline, jobName);
      try {
        client.killTasks(jobName, token);
        killed = true;
        log.basic("Killed the running tasks of Chronos job '" + jobName + "' ("
            + state.currentState() + ")");
      } catch (ClusterException e) {
        if (!e.answerLost() || e instanceof CancelledException) {
          throw e;
        }
        // Killing is best effort before the delete: go on, and say it is unconfirmed.
        diag.add("The answer to killing the tasks of '" + jobName + "' was lost ("
            + e.getMessage() + "); they may still run");
      }
    }
    check(deadline, jobName);
    String msg = "Chronos job '" + jobName + "' deleted" + (killed ? " after killing its tasks"
        : "");
    try {
      client.deleteJob(jobName, token);
    } catch (ClusterException e) {
      if (e instanceof NotFoundException && !e.answerLost()) {
        return missing(jobName, missingOk, started); // someone else was quicker
      }
      WriteOutcome.Verdict v = WriteOutcome.afterLostAnswer(e, new WriteOutcome.StateCheck() {
        @Override
        public boolean tookEffect() {
          return client.findJob(jobName, token) == null;
        }
      }, log);
      if (v == WriteOutcome.Verdict.UNKNOWN) {
        String unknown = WriteOutcome.unknown("Deleting Chronos job '" + jobName + "'", e);
        log.basic(unknown);
        diag.add(unknown);
        return new Result(false, true, unknown, diag, started, jobName, true, false, killed,
            Collections.<String>emptyList());
      }
      msg = WriteOutcome.confirmed(msg, e);
    }
    if (!children.isEmpty()) {
      diag.add("Chronos rewired the dependent jobs of '" + jobName + "': " + children + " ("
          + (job.isDependent() ? "they now depend on its parents " + job.parents()
          : "they became scheduled jobs with its schedule") + ")");
    }
    log.basic(msg);
    for (String d : diag) {
      log.basic(d);
    }
    return new Result(true, msg, diag, started, jobName, true, true, killed, children);
  }

  private Result missing(String jobName, boolean missingOk, long started) {
    String msg = "Chronos has no job named '" + jobName + "'"
        + (missingOk ? "; nothing to delete" : "");
    log.basic(msg);
    return new Result(missingOk, msg, missingOk ? Collections.<String>emptyList()
        : Collections.singletonList(msg), started, jobName, false, false, false,
        Collections.<String>emptyList());
  }

  private static void check(Deadline deadline, String name) {
    if (deadline.hasExpired()) {
      throw new TimedOutException("Timed out deleting Chronos job '" + name + "'");
    }
  }

  /** Outcome of a delete. */
  public static final class Result extends OperationResult {
    private final String jobName;
    private final boolean existed;
    private final boolean deleted;
    private final boolean killed;
    private final List<String> rewiredChildren;

    Result(boolean success, String message, List<String> diagnostics, long started,
        String jobName, boolean existed, boolean deleted, boolean killed,
        List<String> rewiredChildren) {
      this(success, false, message, diagnostics, started, jobName, existed, deleted, killed,
          rewiredChildren);
    }

    Result(boolean success, boolean unknown, String message, List<String> diagnostics,
        long started, String jobName, boolean existed, boolean deleted, boolean killed,
        List<String> rewiredChildren) {
      super(success, unknown, message, diagnostics, System.currentTimeMillis() - started);
      this.jobName = jobName;
      this.existed = existed;
      this.deleted = deleted;
      this.killed = killed;
      this.rewiredChildren = Collections.unmodifiableList(
          new ArrayList<String>(rewiredChildren));
    }

    public String jobName() {
      return jobName;
    }

    public boolean existed() {
      return existed;
    }

    public boolean deleted() {
      return deleted;
    }

    /** Its running tasks were killed first. */
    public boolean killed() {
      return killed;
    }

    /** Dependent jobs Chronos rewired or converted because their parent went away. */
    public List<String> rewiredChildren() {
      return rewiredChildren;
    }
  }
}
