package io.pdimesos.core.ops;

import io.pdimesos.core.chronos.ChronosJob;
import java.util.List;

/** Outcome of a {@link ChronosRun}: how the run ended, the job's counters, its Mesos task. */
public final class ChronosRunResult extends RunResult {
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

  private final Outcome outcome;
  private final String jobName;
  private final long triggerMillis;
  private final ChronosJob.Counters before;
  private final ChronosJob.Counters after;
  private final String currentState;
  private final boolean killed;

  ChronosRunResult(Outcome outcome, String message, List<String> diagnostics, long elapsed,
      ChronosRun.Attempt a, boolean killed, String leftBehind) {
    super(outcome == Outcome.SUCCEEDED, message, diagnostics, elapsed, a.found, leftBehind);
    this.outcome = outcome;
    this.jobName = a.options.jobName;
    this.triggerMillis = a.triggered ? a.triggerMillis : 0;
    this.before = a.before;
    this.after = a.after;
    this.currentState = a.lastState == null ? "" : String.valueOf(a.lastState.currentState());
    this.killed = killed;
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

  /** The job's tasks were killed because of the timeout or cancel. */
  public boolean killed() {
    return killed;
  }
}
