package io.pdimesos.core.ops;

/** What {@link ChronosRun} runs and how long it waits. */
public final class ChronosRunOptions extends RunOptions<ChronosRunOptions> {
  final String jobName;
  String arguments;
  long busyWaitMillis;
  long graceMillis = 90_000;
  boolean killOnStop;
  long taskLookupIntervalMillis = 15_000;
  long failureRetryMillis = 60_000;

  public ChronosRunOptions(String jobName) {
    super(5_000);
    if (jobName == null || jobName.isEmpty()) {
      throw new IllegalArgumentException("The Chronos job name is empty");
    }
    this.jobName = jobName;
  }

  /** Extra shell words for this run ({@code ?arguments=}), or null. */
  public ChronosRunOptions arguments(String v) {
    this.arguments = v;
    return this;
  }

  /** How long to wait for a busy, non-concurrent job to become idle; 0 = fail as BUSY. */
  public ChronosRunOptions busyWaitMillis(long v) {
    this.busyWaitMillis = Math.max(0, v);
    return this;
  }

  /**
   * How long the job may sit idle with no counter change before the run counts as dropped.
   * Keep it above Chronos's {@code --failure_retry} (60 s by default).
   */
  public ChronosRunOptions graceMillis(long v) {
    this.graceMillis = Math.max(0, v);
    return this;
  }

  /** On timeout or cancel, kill the job's running tasks. */
  public ChronosRunOptions killOnStop(boolean v) {
    this.killOnStop = v;
    return this;
  }

  /**
   * While the job sits idle with no result, how often to look for a killed Mesos task (each
   * look reads Mesos); the run's task is always looked up once more at the end.
   */
  public ChronosRunOptions taskLookupIntervalMillis(long v) {
    this.taskLookupIntervalMillis = Math.max(0, v);
    return this;
  }

  /**
   * Chronos's {@code --failure_retry} (60 s by default): how long after a failed attempt its
   * retry is due, which tells this run's retries from a concurrent run's.
   */
  public ChronosRunOptions failureRetryMillis(long v) {
    this.failureRetryMillis = Math.max(0, v);
    return this;
  }

  public String jobName() {
    return jobName;
  }
}
