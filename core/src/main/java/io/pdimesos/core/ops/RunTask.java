package io.pdimesos.core.ops;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.mesos.TaskLookup;
import io.pdimesos.core.mesos.TaskLookup.TaskRef;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A run's Mesos task as a run-and-wait found it, with the ends of its sandbox logs: what a user
 * reads first when a batch run failed.
 */
final class RunTask {
  private static final List<String> SANDBOX_FILES = Arrays.asList("stdout", "stderr");

  final TaskRef ref;
  final String stdoutTail;
  final String stderrTail;

  private RunTask(TaskRef ref, String stdoutTail, String stderrTail) {
    this.ref = ref;
    this.stdoutTail = stdoutTail == null ? "" : stdoutTail;
    this.stderrTail = stderrTail == null ? "" : stderrTail;
  }

  /**
   * The task and, once it has ended, the last {@code tailBytes} of its stdout and stderr (a
   * running task's log says nothing of the outcome yet). An unreadable sandbox gives empty tails.
   */
  static RunTask read(TaskLookup lookup, TaskRef task, int tailBytes, CancellationToken t) {
    if (!task.isTerminal()) {
      return new RunTask(task, "", "");
    }
    Map<String, String> tails = lookup.sandboxTails(task, SANDBOX_FILES, tailBytes, t);
    return new RunTask(task, tails.get("stdout"), tails.get("stderr"));
  }

  /** The first diagnostic of a run whose task was found. */
  String describe() {
    return "Mesos task " + ref.id() + " ended " + ref.state();
  }
}
