package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.cancel.Deadline;
import io.pdimesos.core.cancel.Waits;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.mesos.TaskLookup;
import io.pdimesos.core.mesos.TaskLookup.TaskRef;
import io.pdimesos.core.metronome.JobHistory;
import io.pdimesos.core.metronome.JobRun;
import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.metronome.MetronomeClient.Embed;
import io.pdimesos.core.metronome.MetronomeIds;
import io.pdimesos.core.metronome.MetronomeJob;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Starts a run of a Metronome job and waits for its outcome, the way Metronome's own system
 * tests do (reference metronome.md §4). The run has an id, but Metronome lists it only while it
 * is active: the run is polled while it answers 200, and once it answers 404 the outcome is read
 * from the job's history ({@code successfulFinishedRuns} or {@code failedFinishedRuns}), asked a
 * few more times because the history is updated through an event bus after the run is gone.
 *
 * <p>A run that stays {@code STARTING} (no Mesos offer fits it, or Metronome is not registered)
 * ends as {@link Outcome#STARTING_TOO_LONG}, with the reason: whether Metronome's launch queue
 * holds it, and, given a Mesos client, what Mesos reports. With a {@link TaskLookup} the run's
 * Mesos task, its final state and the tails of its sandbox logs are reported.
 */
public final class MetronomeRun {
  /** How a run ended; only {@link #SUCCEEDED} is a success. */
  public enum Outcome {
    SUCCEEDED,
    /** In the failed runs: a task failed with no restart left, was killed, or timed out. */
    FAILED,
    TIMED_OUT,
    CANCELLED,
    /** Still waiting for its first task after {@link Options#maxStartingMillis}. */
    STARTING_TOO_LONG,
    /**
     * The start's answer was lost and the job's runs do not show one run it started: whether
     * it started is unknown ({@link WriteOutcome}). Never a success; look before starting again.
     */
    UNKNOWN
  }

  /** The Mesos framework name Metronome registers with. */
  static final String FRAMEWORK = "metronome";

  private final MetronomeClient client;
  private final ProgressListener log;
  private TaskLookup lookup;
  private LaunchDiagnosis diagnosis;

  public MetronomeRun(MetronomeClient client, ProgressListener log) {
    this.client = client;
    this.log = log == null ? ProgressListener.NONE : log;
  }

  /** Finds the run's Mesos task and log tails through {@code taskLookup} (null: do not). */
  public MetronomeRun withTaskLookup(TaskLookup taskLookup) {
    this.lookup = taskLookup;
    return this;
  }

  /** The Mesos master: task lookup and logs, and why a run gets no offer. */
  public MetronomeRun withMesos(MesosClient mesos) {
    this.lookup = mesos;
    this.diagnosis = mesos == null ? null : new LaunchDiagnosis(mesos);
    return this;
  }

  /** Starts the run and waits; failures before the start (unknown job) are thrown. */
  public Result run(Options o, CancellationToken token) {
    final CancellationToken t = token == null ? CancellationToken.none() : token;
    final Attempt a = new Attempt(o, System.currentTimeMillis());
    return RunWait.unlessCancelled(t, () -> runAndWait(a, t), () -> finish(a, Outcome.CANCELLED,
        "Run of Metronome job '" + o.jobId + "' cancelled", CancellationToken.none()));
  }

  private Result runAndWait(final Attempt a, final CancellationToken t) {
    final Options o = a.options;
    final Deadline deadline = Deadline.inMillis(o.timeoutMillis);
    a.job = client.getJob(o.jobId, t);
    Set<String> before = ids(client.activeRuns(o.jobId, t));
    a.triggerMillis = System.currentTimeMillis();
    JobRun run;
    try {
      run = client.startRun(o.jobId, t);
    } catch (ClusterException e) {
      // The answer was lost: the state decides (a failure with an answer is thrown as it is).
      final JobRun[] ours = new JobRun[1];
      if (WriteOutcome.afterLostAnswer(e, () -> (ours[0] = adoptLostStart(a, before, t)) != null,
          log) == WriteOutcome.Verdict.UNKNOWN) {
        return finish(a, Outcome.UNKNOWN, WriteOutcome.unknown("Starting a run of Metronome"
            + " job '" + o.jobId + "'", e), t);
      }
      run = ours[0];
    }
    a.runId = run.id();
    a.last = run;
    log.basic("Metronome job '" + o.jobId + "' started run " + a.runId);
    // Opened once the run id is known, so only this run's tasks wake the wait; a task that ended
    // before the stream opened is seen by the first look, which comes once it is open.
    final String prefix = MetronomeIds.taskIdPrefix(o.jobId, a.runId);
    Outcome outcome;
    try (TaskEventWatch events = RunWait.watch(lookup, o, id -> id.startsWith(prefix), t, log)) {
      outcome = RunWait.await(new Waits.Probe<Outcome>() {
        @Override
        public Outcome poll() {
          return observe(a, deadline, t);
        }
      }, "Reading run " + a.runId + " of Metronome job '" + o.jobId + "'", log, deadline, o,
          events, t);
    }
    if (outcome == null) {
      return finish(a, Outcome.TIMED_OUT, "Run " + a.runId + " of Metronome job '" + o.jobId
          + "' did not finish within " + RunWait.seconds(o.timeoutMillis), t);
    }
    return finish(a, outcome, null, t);
  }

  /**
   * The start's answer was lost, so whether it happened is read from the state: a run of the
   * job that was not active before and was created since the start (less the clock skew) is
   * ours, if there is exactly one such, active or already in the history.
   */
  private JobRun adoptLostStart(Attempt a, Set<String> before, CancellationToken t) {
    long since = a.triggerMillis - a.options.clockSkewMillis;
    List<JobRun> fresh = new ArrayList<JobRun>();
    for (JobRun r : client.activeRuns(a.options.jobId, t)) {
      if (!before.contains(r.id()) && createdSince(r.createdAt(), since)) {
        fresh.add(r);
      }
    }
    JobHistory h = client.getJob(a.options.jobId, EnumSet.of(Embed.HISTORY), t).history();
    List<JobHistory.FinishedRun> done = new ArrayList<JobHistory.FinishedRun>();
    if (h != null) {
      done.addAll(h.successfulRuns());
      done.addAll(h.failedRuns());
    }
    String finishedId = null;
    int finished = 0;
    for (JobHistory.FinishedRun r : done) {
      if (!before.contains(r.id()) && createdSince(r.createdAt(), since)) {
        finished++;
        finishedId = r.id();
      }
    }
    if (fresh.size() + finished != 1) {
      return null;
    }
    log.detailed("The answer to starting Metronome job '" + a.options.jobId + "' was lost; the"
        + " run it started is " + (fresh.isEmpty() ? finishedId : fresh.get(0).id()));
    return fresh.isEmpty() ? placeholder(a.options.jobId, finishedId) : fresh.get(0);
  }

  private static boolean createdSince(Instant created, long sinceMillis) {
    return created != null && created.toEpochMilli() >= sinceMillis;
  }

  /** A run that already ended, known only by id: the first poll finds it in the history. */
  private static JobRun placeholder(String jobId, String runId) {
    return JobRun.fromTree(Json.MAPPER.createObjectNode().put("id", runId).put("jobId", jobId));
  }

  /** One poll: the run while it is listed, else its history entry. */
  private Outcome observe(Attempt a, Deadline deadline, CancellationToken t) {
    Options o = a.options;
    JobRun r = client.findRun(o.jobId, a.runId, t);
    if (r != null) {
      if (!r.statusText().equals(a.last.statusText())) {
        log.detailed("Run " + a.runId + " of Metronome job '" + o.jobId + "' is "
            + r.statusText());
      }
      a.last = r;
      if (r.status() == JobRun.Status.SUCCESS) {
        return Outcome.SUCCEEDED;
      }
      if (r.status() == JobRun.Status.FAILED) {
        return Outcome.FAILED;
      }
      if (r.status().isStarting() && o.maxStartingMillis > 0
          && System.currentTimeMillis() - a.triggerMillis >= o.maxStartingMillis) {
        return Outcome.STARTING_TOO_LONG;
      }
      return null;
    }
    return fromHistory(a, deadline, t);
  }

  /** The run left the active runs: the history says how it ended, a little later maybe. */
  private Outcome fromHistory(final Attempt a, Deadline deadline, final CancellationToken t) {
    final Options o = a.options;
    Outcome outcome = Waits.until(new Waits.Probe<Outcome>() {
      @Override
      public Outcome poll() {
        MetronomeJob job;
        try {
          job = client.getJob(o.jobId, EnumSet.of(Embed.HISTORY), t);
        } catch (NotFoundException e) {
          a.jobGone = true; // deleted with its history: nothing will ever list the run
          return Outcome.FAILED;
        }
        JobHistory h = job.history();
        a.finished = h == null ? null : h.find(a.runId);
        return a.finished == null ? null
            : a.finished.succeeded() ? Outcome.SUCCEEDED : Outcome.FAILED;
      }
    }, Deadline.inMillis(o.historyWaitMillis).earlier(deadline),
        Math.min(250, o.pollIntervalMillis), Math.min(1000, o.pollIntervalMillis), t);
    if (outcome == null) {
      a.unconfirmed = true;
      return Outcome.FAILED;
    }
    return outcome;
  }

  private Result finish(Attempt a, Outcome outcome, String message, CancellationToken t) {
    Options o = a.options;
    List<String> diag = new ArrayList<String>();
    String left = "";
    boolean stopped = false;
    boolean unfinished = outcome == Outcome.TIMED_OUT || outcome == Outcome.CANCELLED
        || outcome == Outcome.STARTING_TOO_LONG;
    // A cancelled caller wants out now: these last calls ignore its token but stay bounded by
    // the HTTP timeouts.
    CancellationToken last = CancellationToken.none();
    if (unfinished && a.runId != null && outcome != Outcome.CANCELLED && a.last != null
        && a.last.status().isStarting()) {
      a.startingReasons = startingReasons(a, last);
      diag.addAll(a.startingReasons);
    }
    if (unfinished && a.runId != null) {
      if (o.stopOnStop) {
        try {
          client.stopRun(o.jobId, a.runId, last);
          stopped = true;
          left = "the run was stopped (Metronome records it as failed)";
        } catch (NotFoundException e) {
          left = "the run had ended by the time it was to be stopped";
        } catch (ClusterException e) {
          diag.add("Could not stop run " + a.runId + ": " + e.getMessage());
          left = "run " + a.runId + " may still be " + a.last.statusText() + " (the stop failed)";
        }
      } else {
        left = "run " + a.runId + " is still " + a.last.statusText() + " on Metronome (not"
            + " stopped)";
      }
      diag.add(left);
    }
    if (lookup != null && a.runId != null && outcome != Outcome.CANCELLED) {
      identify(a, diag, t);
    }
    String msg = message != null ? message : outcomeMessage(a, outcome);
    if (!left.isEmpty()) {
      msg = msg + "; " + left;
    }
    if (a.task != null) {
      diag.add(0, a.task.describe());
    }
    log.basic(msg);
    return new Result(outcome, msg, diag, System.currentTimeMillis() - a.startedMillis, a,
        stopped, left);
  }

  private String outcomeMessage(Attempt a, Outcome outcome) {
    String what = "Run " + a.runId + " of Metronome job '" + a.options.jobId + "'";
    switch (outcome) {
      case SUCCEEDED:
        return what + " succeeded";
      case FAILED:
        if (a.jobGone) {
          return what + " ended while the job was deleted; no outcome was recorded";
        }
        if (a.unconfirmed) {
          return what + " ended, but the job's history did not list it within "
              + RunWait.seconds(a.options.historyWaitMillis) + "; counted as failed";
        }
        return what + " failed";
      case STARTING_TOO_LONG:
        return what + " was still " + a.last.statusText() + " (no task launched) after "
            + RunWait.seconds(a.options.maxStartingMillis) + (a.startingReasons.isEmpty() ? ""
            : ": " + a.startingReasons.get(0));
      default:
        return what + ": " + outcome.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Why the run has no task yet: Metronome's launch queue, then what Mesos reports. */
  private List<String> startingReasons(Attempt a, CancellationToken t) {
    List<String> out = new ArrayList<String>();
    try {
      Map<String, List<String>> queue = client.queue(t);
      List<String> queued = queue.get(a.options.jobId);
      out.add(queued != null && queued.contains(a.runId)
          ? "run " + a.runId + " is in Metronome's launch queue, waiting for a Mesos offer"
          : "run " + a.runId + " is not in Metronome's launch queue");
    } catch (ClusterException e) {
      out.add("Could not read Metronome's launch queue: " + e.getMessage());
    }
    if (diagnosis != null) {
      try {
        out.addAll(diagnosis.reasons(FRAMEWORK, a.job.cpus(), a.job.mem(), a.job.disk(), t));
      } catch (ClusterException e) {
        out.add("Could not ask Mesos why: " + e.getMessage());
      }
    }
    if (out.size() > 1) {
      out.add(0, out.remove(1)); // what Mesos reports is the reason; the queue only confirms it
    }
    return out;
  }

  /**
   * The run's task: its ids start with the run spec path ({@link MetronomeIds#taskIdPrefix});
   * with restarts (ON_FAILURE) there are several, and the last one carries the final state.
   */
  private void identify(Attempt a, List<String> diag, CancellationToken t) {
    Options o = a.options;
    String prefix = MetronomeIds.taskIdPrefix(o.jobId, a.runId);
    try {
      TaskRef latest = null;
      for (TaskRef r : lookup.tasksWithIdPrefix(prefix, a.triggerMillis - o.clockSkewMillis, t)) {
        if (latest == null || r.lastStatusTimestamp() > latest.lastStatusTimestamp()) {
          latest = r;
        }
      }
      if (latest == null) {
        diag.add("No Mesos task of run " + a.runId + " (" + prefix + "…) found");
        return;
      }
      a.task = RunTask.read(lookup, latest, o.sandboxTailBytes, t);
    } catch (ClusterException e) {
      diag.add("Could not look up the Mesos task: " + e.getMessage());
    }
  }

  private static Set<String> ids(List<JobRun> runs) {
    Set<String> out = new HashSet<String>();
    for (JobRun r : runs) {
      out.add(r.id());
    }
    return out;
  }

  /** What to run and how long to wait. */
  public static final class Options extends RunOptions<Options> {
    private final String jobId;
    private long maxStartingMillis = 600_000;
    private long historyWaitMillis = 10_000;
    private boolean stopOnStop;

    public Options(String jobId) {
      super(2_000);
      this.jobId = MetronomeIds.checkJobId(jobId);
    }

    /**
     * How long the run may wait for its first task (INITIAL or STARTING) before the wait ends
     * as {@link Outcome#STARTING_TOO_LONG}; 0 = as long as the timeout allows. A manual run has
     * no starting deadline on Metronome and would wait for an offer for ever.
     */
    public Options maxStartingMillis(long v) {
      this.maxStartingMillis = Math.max(0, v);
      return this;
    }

    /** How long to keep asking the history for a run that has left the active runs. */
    public Options historyWaitMillis(long v) {
      this.historyWaitMillis = Math.max(0, v);
      return this;
    }

    /** On timeout, cancel or a start that takes too long, stop the run. */
    public Options stopOnStop(boolean v) {
      this.stopOnStop = v;
      return this;
    }

    public String jobId() {
      return jobId;
    }
  }

  /** Mutable bookkeeping of one run. */
  private static final class Attempt {
    final Options options;
    final long startedMillis;
    MetronomeJob job;
    long triggerMillis;
    String runId;
    JobRun last;
    JobHistory.FinishedRun finished;
    boolean jobGone;
    boolean unconfirmed;
    List<String> startingReasons = new ArrayList<String>();
    RunTask task;

    Attempt(Options options, long startedMillis) {
      this.options = options;
      this.startedMillis = startedMillis;
    }
  }

  /** Outcome of a run-and-wait. */
  public static final class Result extends RunResult {
    private final Outcome outcome;
    private final String jobId;
    private final String runId;
    private final String status;
    private final List<String> taskIds;
    private final boolean stopped;

    Result(Outcome outcome, String message, List<String> diagnostics, long elapsed, Attempt a,
        boolean stopped, String leftBehind) {
      super(outcome == Outcome.SUCCEEDED, outcome == Outcome.UNKNOWN, message, diagnostics,
          elapsed, a.task, leftBehind);
      this.outcome = outcome;
      this.jobId = a.options.jobId;
      this.runId = a.runId == null ? "" : a.runId;
      this.status = a.finished != null ? (a.finished.succeeded() ? "SUCCESS" : "FAILED")
          : a.last == null ? "" : a.last.statusText();
      List<String> ids = new ArrayList<String>();
      if (a.finished != null) {
        ids.addAll(a.finished.tasks());
      } else if (a.last != null) {
        for (JobRun.Task task : a.last.tasks()) {
          ids.add(task.id());
        }
      }
      this.taskIds = java.util.Collections.unmodifiableList(ids);
      this.stopped = stopped;
    }

    public Outcome outcome() {
      return outcome;
    }

    public String jobId() {
      return jobId;
    }

    /** The run's id, "" when no run was started. */
    public String runId() {
      return runId;
    }

    public boolean triggered() {
      return !runId.isEmpty();
    }

    /** The run's last known status (SUCCESS or FAILED from the history once it ended). */
    public String status() {
      return status;
    }

    /** The run's Mesos task ids as Metronome reported them (history: 0.6.33 and later). */
    public List<String> taskIds() {
      return taskIds;
    }

    /** The run was stopped because of a timeout, cancel or a start taking too long. */
    public boolean stopped() {
      return stopped;
    }
  }
}
