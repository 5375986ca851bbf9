package io.pdimesos.core.ops;

import io.pdimesos.core.cancel.Waits;

/**
 * The options every run-and-wait takes ({@link ChronosRunOptions}, {@link MetronomeRun.Options}):
 * how long to wait, how often to look, and how the run's Mesos task is matched and reported.
 *
 * @param <O> the concrete options, which every setter returns
 */
public abstract class RunOptions<O extends RunOptions<O>> {
  long timeoutMillis;
  long pollIntervalMillis;
  long clockSkewMillis = 10_000;
  int sandboxTailBytes = 4_096;
  boolean useEvents = true;

  RunOptions(long pollIntervalMillis) {
    this.pollIntervalMillis = pollIntervalMillis;
  }

  @SuppressWarnings("unchecked")
  private O self() {
    return (O) this;
  }

  /** Longest wait for the outcome; 0 = no limit. */
  public O timeoutMillis(long v) {
    this.timeoutMillis = Math.max(0, v);
    return self();
  }

  /**
   * The check cycle: the longest pause between two looks at the run. The first look comes after
   * {@value Waits#FIRST_POLL_MILLIS} ms, each pause then doubles up to this.
   */
  public O pollIntervalMillis(long v) {
    this.pollIntervalMillis = Math.max(10, v);
    return self();
  }

  /**
   * Wake the wait from the Mesos master's event stream when the run's task ends (default true;
   * needs a task lookup); polling is always done too.
   */
  public O useEvents(boolean v) {
    this.useEvents = v;
    return self();
  }

  /**
   * How far the scheduler's clock (its task ids and run times) and the Mesos master's (status
   * times, which bound the task lookups) may lag ours when matching this run's task.
   */
  public O clockSkewMillis(long v) {
    this.clockSkewMillis = Math.max(0, v);
    return self();
  }

  /** How much of the end of the task's stdout and stderr to report; 0 = none. */
  public O sandboxTailBytes(int v) {
    this.sandboxTailBytes = Math.max(0, v);
    return self();
  }

  /** A short run is not charged a whole check cycle: the first look comes early. */
  long firstPollMillis() {
    return Math.min(Waits.FIRST_POLL_MILLIS, pollIntervalMillis);
  }
}
