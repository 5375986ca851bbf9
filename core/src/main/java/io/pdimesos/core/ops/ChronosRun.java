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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs a Chronos job now and waits for the outcome, following reference chronos.md §6.2. Chronos
 * has no run id: a 204 only means "queued", and the run can still be dropped without a word (job
 * disabled, or busy and not concurrent). So the job's counters are remembered before the trigger
 * and the run is over when {@code successCount} or {@code errorCount} moves; a job back to
 * {@code idle} with no counter change for longer than the grace period (Chronos retries a failed
 * attempt only after {@code --failure_retry}, 60 s by default) ended without a result.
 *
 * <p>With a {@link TaskLookup}, the run's own Mesos task is found by its id
 * {@code ct:<millis>:<attempt>:<job>:<args>} and its final state and log tails are reported.
 */
public final class ChronosRun {
  /** How a run ended; only {@link #SUCCEEDED} is a success. */
  public enum Outcome {
    SUCCEEDED,
    FAILED,
    /** Already queued or running and not concurrent: a trigger would have been dropped. */
    BUSY,
    /** Disabled jobs never run, not even on demand. */
    DISABLED,
    /** Back to idle without success or failure: killed, or the queued run was dropped. */
    DROPPED,
    TIMED_OUT,
    CANCELLED
  }

  /** Polls in a row that may fail before the wait gives up. */
  static final int MAX_FAILED_POLLS = 5;

  /** Final Mesos states that Chronos counts neither as success nor as failure. */
  private static final String KILLED = "TASK_KILLED";
  private static final List<String> SANDBOX_FILES = Arrays.asList("stdout", "stderr");

  private final ChronosClient client;
  private final ProgressListener log;
  private TaskLookup lookup;

  public ChronosRun(ChronosClient client, ProgressListener log) {
    this.client = client;
    this.log = log == null ? ProgressListener.NONE : log;
  }

  /** Identifies the run's Mesos task through {@code lookup} (null: do not). */
  public ChronosRun withTaskLookup(TaskLookup taskLookup) {
    this.lookup = taskLookup;
    return this;
  }

  /** Runs the job in {@code o} and waits; transport failures before the trigger are thrown. */
  public Result run(Options o, CancellationToken token) {
    CancellationToken t = token == null ? CancellationToken.none() : token;
    Attempt a = new Attempt(o, System.currentTimeMillis());
    try {
      return runAndWait(a, t);
    } catch (CancelledException e) {
      if (!t.isCancelled()) {
        throw e;
      }
      return finish(a, Outcome.CANCELLED, "Run of Chronos job '" + o.jobName + "' cancelled",
          CancellationToken.none());
    }
  }

  private Result runAndWait(final Attempt a, final CancellationToken t) {
    final Options o = a.options;
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
          + seconds(o.busyWaitMillis) + " for it to become idle");
      Deadline busyDeadline = earlier(Deadline.inMillis(o.busyWaitMillis), deadline);
      JobState free = Waits.until(new Waits.Probe<JobState>() {
        @Override
        public JobState poll() {
          JobState s = state(name, t);
          a.lastState = s;
          return busy(s, concurrent) ? null : s;
        }
      }, busyDeadline, Math.min(1000, o.pollIntervalMillis), o.pollIntervalMillis, t);
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
    a.earlierTaskIds = earlierTaskIds(name, System.currentTimeMillis() - o.clockSkewMillis, t);
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

    Outcome outcome = Waits.until(new Waits.Probe<Outcome>() {
      @Override
      public Outcome poll() {
        try {
          Outcome seen = observe(a, t);
          a.failedPolls = 0;
          return seen;
        } catch (NotFoundException e) {
          a.gone = true;
          return Outcome.DROPPED;
        } catch (CancelledException e) {
          throw e;
        } catch (ClusterException e) {
          // A long run outlives leader changes and network blips; only a lasting failure ends it.
          if (++a.failedPolls >= MAX_FAILED_POLLS) {
            throw e;
          }
          log.warn("Reading the state of Chronos job '" + name + "' failed (" + a.failedPolls
              + " of " + MAX_FAILED_POLLS + "): " + e.getMessage());
          return null;
        }
      }
    }, deadline, Math.min(1000, o.pollIntervalMillis), o.pollIntervalMillis, t);
    if (outcome == null) {
      return finish(a, Outcome.TIMED_OUT, "Chronos job '" + name + "' did not finish within "
          + seconds(o.timeoutMillis), t);
    }
    return finish(a, outcome, null, t);
  }

  /** One poll after the trigger: counters first, then the current state. */
  private Outcome observe(Attempt a, CancellationToken t) {
    Options o = a.options;
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
    // Mesos ~18 times in the default grace period, so look at most once per lookup interval.
    if (lookup != null && (a.lastLookupMillis < 0
        || nowMillis - a.lastLookupMillis >= o.taskLookupIntervalMillis)) {
      a.lastLookupMillis = nowMillis;
      TaskRef ours = null;
      try {
        ours = findTask(a, t);
      } catch (CancelledException e) {
        throw e;
      } catch (ClusterException e) {
        // Mesos being unreadable must not end a wait that Chronos alone can decide.
        log.debug("Mesos task lookup failed: " + e.getMessage());
      }
      if (ours != null && KILLED.equals(ours.state())) {
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

  private Result finish(Attempt a, Outcome outcome, String message, CancellationToken t) {
    Options o = a.options;
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
    if (lookup != null && a.triggered && outcome != Outcome.CANCELLED) {
      identify(a, diag, t);
    }
    String msg = message != null ? message : outcomeMessage(a, outcome);
    if (stopped && !left.isEmpty()) {
      msg = msg + "; " + left;
    }
    if (a.task != null) {
      diag.add(0, "Mesos task " + a.task.id() + " ended " + a.task.state());
    }
    log.basic(msg);
    return new Result(outcome, msg, diag, System.currentTimeMillis() - a.startedMillis, a,
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
        if (a.task != null && KILLED.equals(a.task.state())) {
          return "Chronos job '" + name + "' ended without result: its Mesos task " + a.task.id()
              + " was killed";
        }
        return "Chronos job '" + name + "' ended without result: killed or dropped (idle for "
            + seconds(a.options.graceMillis) + " with no success or failure recorded)";
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

  /** Finds the run's task and fills task state and log tails into the result. */
  private void identify(Attempt a, List<String> diag, CancellationToken t) {
    try {
      TaskRef ours = a.task != null ? a.task : findTask(a, t);
      if (ours == null) {
        diag.add("No Mesos task of this run (ct:<millis>:0:" + a.options.jobName + ":…) found");
        return;
      }
      a.task = ours;
      if (ours.isTerminal()) {
        Map<String, String> tails = lookup.sandboxTails(ours, SANDBOX_FILES,
            a.options.sandboxTailBytes, t);
        a.stdoutTail = tails.get("stdout");
        a.stderrTail = tails.get("stderr");
      }
    } catch (ClusterException e) {
      diag.add("Could not look up the Mesos task: " + e.getMessage());
    }
  }

  /**
   * The job's task ids known to Mesos before the trigger. A task not among them afterwards is
   * this run's, whatever the clocks of Chronos and this machine say; null when there is no
   * lookup or Mesos cannot be read now (then the trigger time, less the skew allowance, decides).
   */
  private Set<String> earlierTaskIds(String jobName, long sinceMillis, CancellationToken t) {
    if (lookup == null) {
      return null;
    }
    try {
      Set<String> ids = new HashSet<String>();
      for (TaskRef r : lookup.tasksWithIdPrefix(ChronosTaskId.PREFIX, sinceMillis, t)) {
        ChronosTaskId id = ChronosTaskId.parse(r.id());
        if (id != null && id.jobName().equals(jobName)) {
          ids.add(r.id());
        }
      }
      return ids;
    } catch (CancelledException e) {
      throw e;
    } catch (ClusterException e) {
      log.debug("Mesos task lookup before the run failed: " + e.getMessage());
      return null;
    }
  }

  /**
   * The run's task: the first attempt of this job, with our arguments, that was not there before
   * the trigger (or, when that is unknown, due no earlier than the trigger minus the clock-skew
   * allowance), the earliest such; then its retries, as the last retry carries the final state.
   */
  private TaskRef findTask(Attempt a, CancellationToken t) {
    Options o = a.options;
    long from = a.triggerMillis - o.clockSkewMillis;
    List<TaskRef> tasks = lookup.tasksWithIdPrefix(ChronosTaskId.PREFIX, from, t);
    TaskRef first = null;
    ChronosTaskId firstId = null;
    for (TaskRef r : tasks) {
      ChronosTaskId id = ChronosTaskId.parse(r.id());
      if (id == null || !id.jobName().equals(o.jobName) || id.attempt() != 0
          || !isNew(a, r.id(), id, from)) {
        continue;
      }
      if (o.arguments != null && !o.arguments.isEmpty()
          && !id.arguments().equals(ChronosTaskId.argumentsAsStored(o.arguments))) {
        continue;
      }
      if (firstId == null || id.dueMillis() < firstId.dueMillis()) {
        first = r;
        firstId = id;
      }
    }
    return first == null ? null : lastRetry(a, tasks, first, firstId);
  }

  /**
   * Follows the retries of {@code first}. A retry's id never carries the run-now arguments
   * (chronos.md §6.4): Chronos 2.5+ builds it with none, older releases with the job's own
   * arguments. So arguments cannot tell two concurrent runs' retries apart; they only rule out
   * ids with other arguments (run-now triggers, not retries). What ties attempt n+1 to
   * attempt n is time: Chronos queues it {@code --failure_retry} after attempt n failed, so among
   * the candidates due after that failure the one due closest to failure + retry delay is taken.
   * Without a failure time (status unknown) the earliest later retry is taken.
   */
  private TaskRef lastRetry(Attempt a, List<TaskRef> tasks, TaskRef first,
      ChronosTaskId firstId) {
    TaskRef current = first;
    ChronosTaskId currentId = firstId;
    Set<String> taken = new HashSet<String>();
    taken.add(first.id());
    for (int guard = 0; guard < tasks.size(); guard++) {
      if (!current.isTerminal() || KILLED.equals(current.state())
          || "TASK_FINISHED".equals(current.state())) {
        break; // only a failure (or a lost task) is retried
      }
      long failedMillis = (long) (current.lastStatusTimestamp() * 1000);
      long expected = failedMillis > 0 ? failedMillis + a.options.failureRetryMillis : 0;
      TaskRef next = null;
      long nextDistance = Long.MAX_VALUE;
      for (TaskRef r : tasks) {
        ChronosTaskId id = ChronosTaskId.parse(r.id());
        if (id == null || taken.contains(r.id()) || !id.jobName().equals(a.options.jobName)
            || id.attempt() != currentId.attempt() + 1 || id.dueMillis() <= currentId.dueMillis()
            || !isRetryArguments(id.arguments(), a.jobArguments)) {
          continue;
        }
        long distance = expected > 0 ? Math.abs(id.dueMillis() - expected)
            : id.dueMillis() - currentId.dueMillis();
        if (distance < nextDistance) {
          next = r;
          nextDistance = distance;
        }
      }
      if (next == null) {
        break;
      }
      current = next;
      currentId = ChronosTaskId.parse(next.id());
      taken.add(next.id());
    }
    return current;
  }

  private static boolean isRetryArguments(String arguments, String jobArguments) {
    return arguments.isEmpty() || jobArguments == null || arguments.equals(jobArguments);
  }

  private static boolean isNew(Attempt a, String taskId, ChronosTaskId id, long fromMillis) {
    return a.earlierTaskIds != null ? !a.earlierTaskIds.contains(taskId)
        : id.dueMillis() >= fromMillis;
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
        + (waitedMillis > 0 ? " after waiting " + seconds(waitedMillis) : "")
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

  private static Deadline earlier(Deadline a, Deadline b) {
    return a.remainingMillis() <= b.remainingMillis() ? a : b;
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
  }

  /** What to run and how long to wait. */
  public static final class Options {
    private final String jobName;
    private String arguments;
    private long timeoutMillis;
    private long pollIntervalMillis = 5_000;
    private long busyWaitMillis;
    private long graceMillis = 90_000;
    private boolean killOnStop;
    private long clockSkewMillis = 10_000;
    private int sandboxTailBytes = 4_096;
    private long taskLookupIntervalMillis = 15_000;
    private long failureRetryMillis = 60_000;

    public Options(String jobName) {
      if (jobName == null || jobName.isEmpty()) {
        throw new IllegalArgumentException("The Chronos job name is empty");
      }
      this.jobName = jobName;
    }

    /** Extra shell words for this run ({@code ?arguments=}), or null. */
    public Options arguments(String v) {
      this.arguments = v;
      return this;
    }

    /** Longest wait for the outcome; 0 = no limit. */
    public Options timeoutMillis(long v) {
      this.timeoutMillis = Math.max(0, v);
      return this;
    }

    public Options pollIntervalMillis(long v) {
      this.pollIntervalMillis = Math.max(10, v);
      return this;
    }

    /** How long to wait for a busy, non-concurrent job to become idle; 0 = fail as BUSY. */
    public Options busyWaitMillis(long v) {
      this.busyWaitMillis = Math.max(0, v);
      return this;
    }

    /**
     * How long the job may sit idle with no counter change before the run counts as dropped.
     * Keep it above Chronos's {@code --failure_retry} (60 s by default).
     */
    public Options graceMillis(long v) {
      this.graceMillis = Math.max(0, v);
      return this;
    }

    /** On timeout or cancel, kill the job's running tasks. */
    public Options killOnStop(boolean v) {
      this.killOnStop = v;
      return this;
    }

    /**
     * How far the clocks of the Chronos leader (task ids) and the Mesos master (status times,
     * which bound the task lookups) may lag ours when matching this run's task.
     */
    public Options clockSkewMillis(long v) {
      this.clockSkewMillis = Math.max(0, v);
      return this;
    }

    /**
     * While the job sits idle with no result, how often to look for a killed Mesos task (each
     * look reads Mesos); the run's task is always looked up once more at the end.
     */
    public Options taskLookupIntervalMillis(long v) {
      this.taskLookupIntervalMillis = Math.max(0, v);
      return this;
    }

    /**
     * Chronos's {@code --failure_retry} (60 s by default): how long after a failed attempt its
     * retry is due, which tells this run's retries from a concurrent run's.
     */
    public Options failureRetryMillis(long v) {
      this.failureRetryMillis = Math.max(0, v);
      return this;
    }

    public Options sandboxTailBytes(int v) {
      this.sandboxTailBytes = Math.max(0, v);
      return this;
    }

    public String jobName() {
      return jobName;
    }
  }

  /** Mutable bookkeeping of one run. */
  private static final class Attempt {
    final Options options;
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
    int failedPolls;
    boolean gone;
    TaskRef task;
    /** The job's Mesos task ids before the trigger, or null when Mesos could not be read. */
    Set<String> earlierTaskIds;
    String stdoutTail = "";
    String stderrTail = "";
    /** Lines for the result found before it ends (a trigger whose answer was lost). */
    final List<String> diagnostics = new ArrayList<String>();

    Attempt(Options options, long startedMillis) {
      this.options = options;
      this.startedMillis = startedMillis;
    }
  }

  /** Outcome of a run-and-wait. */
  public static final class Result extends OperationResult {
    private final Outcome outcome;
    private final String jobName;
    private final long triggerMillis;
    private final ChronosJob.Counters before;
    private final ChronosJob.Counters after;
    private final String currentState;
    private final String taskId;
    private final String taskState;
    private final String stdoutTail;
    private final String stderrTail;
    private final boolean killed;
    private final String leftBehind;

    Result(Outcome outcome, String message, List<String> diagnostics, long elapsed, Attempt a,
        boolean killed, String leftBehind) {
      super(outcome == Outcome.SUCCEEDED, message, diagnostics, elapsed);
      this.outcome = outcome;
      this.jobName = a.options.jobName;
      this.triggerMillis = a.triggered ? a.triggerMillis : 0;
      this.before = a.before;
      this.after = a.after;
      this.currentState = a.lastState == null ? "" : String.valueOf(a.lastState.currentState());
      this.taskId = a.task == null ? "" : a.task.id();
      this.taskState = a.task == null ? "" : a.task.state();
      this.stdoutTail = a.stdoutTail == null ? "" : a.stdoutTail;
      this.stderrTail = a.stderrTail == null ? "" : a.stderrTail;
      this.killed = killed;
      this.leftBehind = leftBehind;
    }

    public Outcome outcome() {
      return outcome;
    }

    public String jobName() {
      return jobName;
    }

    /** When the run-now was sent (epoch ms), 0 when it was not. */
    public long triggerMillis() {
      return triggerMillis;
    }

    public boolean triggered() {
      return triggerMillis > 0;
    }

    /** Counters read just before the trigger, or null when it was not sent. */
    public ChronosJob.Counters countersBefore() {
      return before;
    }

    /** Counters at the last poll, or null. */
    public ChronosJob.Counters countersAfter() {
      return after;
    }

    /** The job's last seen state column ({@code idle}, {@code 1 running}…), or "". */
    public String currentState() {
      return currentState;
    }

    /** The run's Mesos task id (needs a TaskLookup), or "". */
    public String taskId() {
      return taskId;
    }

    /** Its final Mesos state, e.g. {@code TASK_FAILED}, or "". */
    public String taskState() {
      return taskState;
    }

    public String stdoutTail() {
      return stdoutTail;
    }

    public String stderrTail() {
      return stderrTail;
    }

    /** The job's tasks were killed because of the timeout or cancel. */
    public boolean killed() {
      return killed;
    }

    /** After a timeout or cancel: what was left running, else "". */
    public String leftBehind() {
      return leftBehind;
    }
  }
}
