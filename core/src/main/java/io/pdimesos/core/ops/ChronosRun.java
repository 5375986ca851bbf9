package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.cancel.Deadline;
import io.pdimesos.core.cancel.Waits;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.core.chronos.ChronosTaskId;
import io.pdimesos.core.chronos.ChronosValidation;
import io.pdimesos.core.chronos.JobState;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.mesos.TaskLookup;
import io.pdimesos.core.mesos.TaskLookup.TaskRef;
import io.pdimesos.core.ops.ChronosRunResult.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs a Chronos job now and waits for the outcome, following reference chronos.md §6.2. Chronos
 * has no run id: a 204 only means "queued", and the run can still be dropped without a word (job
 * disabled, or busy and not concurrent). So the job's counters are remembered before the trigger
 * and the run is over when {@code successCount} or {@code errorCount} moves; a job back to
 * {@code idle} with no counter change for longer than the grace period (Chronos retries a failed
 * attempt only after {@code --failure_retry}, 60 s by default) ended without a result.
 *
 * <p>With a {@link TaskLookup}, the run's own Mesos task is found ({@link ChronosRunTasks}) and its
 * final state and log tails are reported; and while the run is awaited, the lookup's task-state
 * stream (the Mesos master's events) wakes the wait the moment a task of the job ends, so the
 * outcome is read then rather than at the next poll.
 */
public final class ChronosRun {
  private final ChronosClient client;
  private final ProgressListener log;
  /** Null: the run's Mesos task is not looked for. */
  private ChronosRunTasks tasks;

  public ChronosRun(ChronosClient client, ProgressListener log) {
    this.client = client;
    this.log = log == null ? ProgressListener.NONE : log;
  }

  /** Identifies the run's Mesos task through {@code lookup} (null: do not). */
  public ChronosRun withTaskLookup(TaskLookup taskLookup) {
    this.tasks = taskLookup == null ? null : new ChronosRunTasks(taskLookup, log);
    return this;
  }

  /** Runs the job in {@code o} and waits; transport failures before the trigger are thrown. */
  public ChronosRunResult run(ChronosRunOptions o, CancellationToken token) {
    final CancellationToken t = token == null ? CancellationToken.none() : token;
    final Attempt a = new Attempt(o, System.currentTimeMillis());
    return RunWait.unlessCancelled(t, () -> runAndWait(a, t), () -> finish(a, Outcome.CANCELLED,
        "Run of Chronos job '" + o.jobName + "' cancelled", CancellationToken.none()));
  }

  private ChronosRunResult runAndWait(final Attempt a, final CancellationToken t) {
    final ChronosRunOptions o = a.options;
    final String name = o.jobName;
    Deadline deadline = Deadline.inMillis(o.timeoutMillis);
    ChronosValidation.checkArguments(o.arguments);
    ChronosJob job = client.getJob(name, t);
    if (job.disabled()) {
      return finish(a, Outcome.DISABLED, "Chronos job '" + name + "' is disabled: Chronos drops a"
          + " run-now of a disabled job without running it; enable the job first", t);
    }
    final boolean concurrent = job.concurrent();
    JobState state = state(name, t);
    if (busy(state, concurrent)) {
      a.lastState = state;
      if (o.busyWaitMillis <= 0) {
        return finish(a, Outcome.BUSY, busyMessage(name, state, 0), t);
      }
      log.basic("Chronos job '" + name + "' is " + state.currentState() + "; waiting up to "
          + RunWait.seconds(o.busyWaitMillis) + " for it to become idle");
      Deadline busyDeadline = Deadline.inMillis(o.busyWaitMillis).earlier(deadline);
      JobState free = Waits.until(new Waits.Probe<JobState>() {
        @Override
        public JobState poll() {
          JobState s = state(name, t);
          a.lastState = s;
          return busy(s, concurrent) ? null : s;
        }
      }, busyDeadline, o.firstPollMillis(), o.pollIntervalMillis, t);
      if (free == null) {
        return finish(a, Outcome.BUSY, busyMessage(name, a.lastState, o.busyWaitMillis), t);
      }
      job = client.getJob(name, t); // the previous run may have moved the counters
      if (job.disabled()) {
        return finish(a, Outcome.DISABLED, "Chronos job '" + name + "' was disabled while"
            + " waiting for its previous run to end", t);
      }
    }
    a.jobArguments = ChronosTaskId.argumentsAsStored(join(job.arguments()));
    a.before = job.counters();
    a.after = a.before;
    a.earlierTaskIds = tasks == null ? null
        : tasks.earlierTaskIds(name, System.currentTimeMillis() - o.clockSkewMillis, t);
    // Open before the trigger, so the run's own task cannot end unseen.
    a.events = tasks != null ? tasks.watch(name, o, t) : TaskEventWatch.none();
    try {
      return triggerAndWait(a, t, deadline);
    } finally {
      a.events.close();
    }
  }

  private ChronosRunResult triggerAndWait(final Attempt a, final CancellationToken t,
      Deadline deadline) {
    final ChronosRunOptions o = a.options;
    final String name = o.jobName;
    a.triggerMillis = System.currentTimeMillis();
    try {
      client.runNow(name, o.arguments, t);
    } catch (ClusterException e) {
      if (!e.answerLost() || e instanceof CancelledException) {
        throw e;
      }
      // The trigger may well have been queued: the counters and the state will tell, as for
      // any run (a trigger that never arrived ends as DROPPED after the grace period).
      String lost = "The answer to the run-now of '" + name + "' was lost (" + e.getMessage()
          + "); waiting for what the job's state shows";
      log.warn(lost);
      a.diagnostics.add(lost);
    }
    a.triggered = true;
    log.basic("Chronos job '" + name + "' queued to run now" + (o.arguments == null
        || o.arguments.isEmpty() ? "" : " with arguments '" + o.arguments + "'"));

    Outcome outcome = RunWait.await(new Waits.Probe<Outcome>() {
      @Override
      public Outcome poll() {
        try {
          return observe(a, t);
        } catch (NotFoundException e) {
          a.gone = true;
          return Outcome.DROPPED;
        }
      }
    }, "Reading the state of Chronos job '" + name + "'", log, deadline, o, a.events, t);
    if (outcome == null) {
      return finish(a, Outcome.TIMED_OUT, "Chronos job '" + name + "' did not finish within "
          + RunWait.seconds(o.timeoutMillis), t);
    }
    return finish(a, outcome, null, t);
  }

  /** One poll after the trigger: counters first, then the current state. */
  private Outcome observe(Attempt a, CancellationToken t) {
    ChronosRunOptions o = a.options;
    ChronosJob.Counters now = client.getJob(o.jobName, t).counters();
    a.after = now;
    if (now.succeededSince(a.before)) {
      return Outcome.SUCCEEDED;
    }
    if (now.failedSince(a.before)) {
      return Outcome.FAILED;
    }
    JobState s = state(o.jobName, t);
    if (a.lastState == null || s == null
        || !String.valueOf(s.currentState()).equals(String.valueOf(a.lastState.currentState()))) {
      log.detailed("Chronos job '" + o.jobName + "' is " + describe(s));
    }
    a.lastState = s;
    if (s != null && !s.isIdle()) {
      a.idleSince = -1;
      return null;
    }
    long nowMillis = System.currentTimeMillis();
    // Only a killed task ends the idle wait early; looking for it on every poll would read
    // Mesos ~18 times in the default grace period, so look at most once per lookup interval,
    // or at once when Mesos said a task of the job ended.
    String ended = a.events.lastEnded();
    boolean news = ended != null && !ended.equals(a.lastEndedSeen);
    a.lastEndedSeen = ended;
    if (tasks != null && (a.lastLookupMillis < 0 || news
        || nowMillis - a.lastLookupMillis >= o.taskLookupIntervalMillis)) {
      a.lastLookupMillis = nowMillis;
      TaskRef ours = null;
      try {
        ours = tasks.find(a, t);
      } catch (CancelledException e) {
        throw e;
      } catch (ClusterException e) {
        // Mesos being unreadable must not end a wait that Chronos alone can decide.
        log.debug("Mesos task lookup failed: " + e.getMessage());
      }
      if (ours != null && ChronosRunTasks.KILLED.equals(ours.state())) {
        a.task = ours;
        return Outcome.DROPPED; // Chronos neither counts nor retries a killed task
      }
    }
    if (a.idleSince < 0) {
      a.idleSince = nowMillis;
    } else if (nowMillis - a.idleSince >= o.graceMillis) {
      return Outcome.DROPPED;
    }
    return null;
  }

  private ChronosRunResult finish(Attempt a, Outcome outcome, String message, CancellationToken t) {
    ChronosRunOptions o = a.options;
    List<String> diag = new ArrayList<String>(a.diagnostics);
    boolean stopped = outcome == Outcome.TIMED_OUT || outcome == Outcome.CANCELLED;
    boolean killed = false;
    String left = "";
    if (stopped && a.triggered) {
      // A cancelled caller wants out now: these last calls ignore its token but stay bounded by
      // the HTTP timeouts.
      CancellationToken last = CancellationToken.none();
      if (o.killOnStop) {
        try {
          client.killTasks(o.jobName, last);
          killed = true;
          log.basic("Killed the running tasks of Chronos job '" + o.jobName + "'");
        } catch (ClusterException e) {
          diag.add("Could not kill the tasks of '" + o.jobName + "': " + e.getMessage());
        }
      }
      boolean fresh = false;
      if (outcome == Outcome.TIMED_OUT) { // a cancelled caller does not wait for one more read
        try {
          a.lastState = state(o.jobName, last);
          fresh = true;
        } catch (ClusterException e) {
          diag.add("Could not read the state of '" + o.jobName + "': " + e.getMessage());
        }
      }
      left = leftBehind(a, killed, fresh);
      diag.add(left);
    }
    if (tasks != null && a.triggered && outcome != Outcome.CANCELLED) {
      tasks.identify(a, diag, t);
    }
    String msg = message != null ? message : outcomeMessage(a, outcome);
    if (stopped && !left.isEmpty()) {
      msg = msg + "; " + left;
    }
    if (a.found != null) {
      diag.add(0, a.found.describe());
    }
    log.basic(msg);
    return new ChronosRunResult(outcome, msg, diag, System.currentTimeMillis() - a.startedMillis, a,
        killed, left);
  }

  private String outcomeMessage(Attempt a, Outcome outcome) {
    String name = a.options.jobName;
    switch (outcome) {
      case SUCCEEDED:
        return "Chronos job '" + name + "' succeeded (successCount " + a.before.successCount()
            + " -> " + a.after.successCount() + ")";
      case FAILED:
        return "Chronos job '" + name + "' failed after its retries (errorCount "
            + a.before.errorCount() + " -> " + a.after.errorCount() + ")";
      case DROPPED:
        if (a.gone) {
          return "Chronos job '" + name + "' was deleted while its run was awaited";
        }
        if (a.task != null && ChronosRunTasks.KILLED.equals(a.task.state())) {
          return "Chronos job '" + name + "' ended without result: its Mesos task " + a.task.id()
              + " was killed";
        }
        return "Chronos job '" + name + "' ended without result: killed or dropped (idle for "
            + RunWait.seconds(a.options.graceMillis) + " with no success or failure recorded)";
      default:
        return "Chronos job '" + name + "': " + outcome.name().toLowerCase(Locale.ROOT);
    }
  }

  /** What the stop left on Chronos; {@code fresh}: the state was read after the kill. */
  private String leftBehind(Attempt a, boolean killed, boolean fresh) {
    JobState s = a.lastState;
    String name = a.options.jobName;
    String when = fresh ? "" : " when last seen";
    if (s == null || s.isIdle()) {
      return killed ? "its tasks were killed; the job was idle" + when
          : "nothing of it was running" + when;
    }
    if (s.activity() == JobState.Activity.QUEUED) {
      return "the run was still queued on Chronos" + when + (killed ? " (a task kill does not"
          + " remove queued runs)" : " (not killed)");
    }
    if (killed && !fresh) {
      return "its running tasks were killed (it was " + s.currentState() + ")";
    }
    return "Chronos job '" + name + "' is still " + s.currentState() + (killed
        ? " after the kill request" : " (not killed)");
  }

  private JobState state(String name, CancellationToken t) {
    return client.graph(t).state(name);
  }

  /**
   * A queued task of the job makes Chronos drop another trigger, whatever {@code concurrent}
   * says; a running one only when the job is not concurrent (§6.1).
   */
  private static boolean busy(JobState s, boolean concurrent) {
    if (s == null) {
      return false;
    }
    return s.activity() == JobState.Activity.QUEUED
        || (s.activity() == JobState.Activity.RUNNING && !concurrent);
  }

  private static String busyMessage(String name, JobState s, long waitedMillis) {
    return "Chronos job '" + name + "' is busy (" + s.currentState() + ")"
        + (waitedMillis > 0 ? " after waiting " + RunWait.seconds(waitedMillis) : "")
        + ": Chronos would silently drop a run-now now (a job's run is already "
        + (s.activity() == JobState.Activity.QUEUED ? "queued" : "running and the job is not"
        + " concurrent") + ")";
  }

  private static String describe(JobState s) {
    return s == null ? "not in the job graph" : s.currentState() == null ? "in an unknown state"
        : s.currentState();
  }

  private static String join(List<String> words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w);
    }
    return b.toString();
  }

  /** Mutable bookkeeping of one run, shared with its task matching and its result. */
  static final class Attempt {
    final ChronosRunOptions options;
    final long startedMillis;
    long triggerMillis;
    boolean triggered;
    ChronosJob.Counters before;
    ChronosJob.Counters after;
    JobState lastState;
    long idleSince = -1;
    long lastLookupMillis = -1;
    /** The job's own arguments as an old Chronos's retry id carries them; null when unknown. */
    String jobArguments;
    boolean gone;
    /** The run's task once known (a killed one is known during the wait). */
    TaskRef task;
    /** The run's task with its log tails, found at the end. */
    RunTask found;
    /** The job's Mesos task ids before the trigger, or null when Mesos could not be read. */
    Set<String> earlierTaskIds;
    /** Mesos task states as they change, while the run is awaited. */
    TaskEventWatch events = TaskEventWatch.none();
    /** The last ended task the stream reported that a poll has looked at. */
    String lastEndedSeen;
    /** Lines for the result found before it ends (a trigger whose answer was lost). */
    final List<String> diagnostics = new ArrayList<String>();

    Attempt(ChronosRunOptions options, long startedMillis) {
      this.options = options;
      this.startedMillis = startedMillis;
    }
  }


}
