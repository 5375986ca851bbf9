package io.pdimesos.core.ops;

import java.util.List;

/**
 * What a run-and-wait reports beyond success ({@link ChronosRunResult}, {@link MetronomeRun.Result}):
 * the run's Mesos task with its final state and the tails of its sandbox logs (given a task
 * lookup), and what a timeout or stop left behind.
 */
public abstract class RunResult extends OperationResult {
  private final String taskId;
  private final String taskState;
  private final String stdoutTail;
  private final String stderrTail;
  private final String leftBehind;

  RunResult(boolean success, String message, List<String> diagnostics, long elapsedMillis,
      RunTask task, String leftBehind) {
    this(success, false, message, diagnostics, elapsedMillis, task, leftBehind);
  }

  /** @param unknown a start's answer was lost and the state does not show the run */
  RunResult(boolean success, boolean unknown, String message, List<String> diagnostics,
      long elapsedMillis, RunTask task, String leftBehind) {
    super(success, unknown, message, diagnostics, elapsedMillis);
    this.taskId = task == null ? "" : task.ref.id();
    this.taskState = task == null ? "" : task.ref.state();
    this.stdoutTail = task == null ? "" : task.stdoutTail;
    this.stderrTail = task == null ? "" : task.stderrTail;
    this.leftBehind = leftBehind == null ? "" : leftBehind;
  }

  /** The run's Mesos task (needs a TaskLookup), or "". */
  public String taskId() {
    return taskId;
  }

  /** Its Mesos state, e.g. {@code TASK_FAILED}, or "". */
  public String taskState() {
    return taskState;
  }

  public String stdoutTail() {
    return stdoutTail;
  }

  public String stderrTail() {
    return stderrTail;
  }

  /** After a timeout, cancel or stop: what was left on the scheduler, else "". */
  public String leftBehind() {
    return leftBehind;
  }
}
