package io.pdimesos.entries;

import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.ops.RunResult;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.Setting;
import java.util.Arrays;

/**
 * What the run entries (Chronos: Run Job, Metronome: Run Job) share: the settings that find the
 * run's Mesos task and size the tails of its output, and how that task is reported, in the log
 * and in the result row's last columns.
 */
public final class TaskOutput {
  private static final Class<?> PKG = TaskOutput.class;

  /** On: the task's own log is what a user needs when a run fails. */
  public static final Setting IDENTIFY_TASK = Setting.bool(PKG, "identify_task",
      "TaskOutput.General.IdentifyTask").defaultValue(true).build();
  public static final Setting LOG_TAIL_BYTES = Setting.integer(PKG, "log_tail_bytes",
      "TaskOutput.General.LogTailBytes").defaultValue(4096).build();

  private TaskOutput() {}

  /**
   * The Mesos master to find the task on, or null when not asked for or Mesos cannot be reached
   * (neither its URLs nor, in DC/OS mode, the cluster URL are set).
   */
  public static MesosClient mesos(ClusterRun run) {
    return run.bool(IDENTIFY_TASK) && run.connection().configured(ConnectionSettings.MESOS_MASTERS)
        ? new MesosClient(run.connection().mesos(), run.log()) : null;
  }

  public static int tailBytes(ClusterRun run) {
    return (int) run.integer(LOG_TAIL_BYTES);
  }

  /** {@code rows} with the task's columns appended: task id and state, tails, left behind. */
  public static ResultRows columns(ResultRows rows) {
    return rows.string("task_id").string("task_state").string("stdout_tail")
        .string("stderr_tail").string("left_behind");
  }

  /** One row of {@link #columns}: {@code leading} values, then the task's. */
  public static Object[] values(RunResult r, Object... leading) {
    Object[] row = Arrays.copyOf(leading, leading.length + 5);
    int i = leading.length;
    row[i++] = r.taskId();
    row[i++] = r.taskState();
    row[i++] = r.stdoutTail();
    row[i++] = r.stderrTail();
    row[i] = r.leftBehind();
    return row;
  }

  /**
   * Logs the tails of the task's stdout and stderr: at Basic when the run failed (the user needs
   * them first), at Detailed when it succeeded.
   */
  public static void logTails(ClusterRun run, RunResult r) {
    logTail(run, r, "stdout", r.stdoutTail());
    logTail(run, r, "stderr", r.stderrTail());
  }

  private static void logTail(ClusterRun run, RunResult r, String stream, String tail) {
    if (tail.isEmpty()) {
      return;
    }
    String text = "Task " + stream + " (last bytes):\n" + tail;
    if (r.success()) {
      run.log().detailed(text);
    } else {
      run.log().basic(text);
    }
  }
}
