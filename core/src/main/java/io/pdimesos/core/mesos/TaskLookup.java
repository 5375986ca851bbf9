package io.pdimesos.core.mesos;

import io.pdimesos.core.cancel.CancellationToken;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Chronos run-and-wait needs from Mesos to identify its run precisely: Chronos names each
 * run's Mesos task {@code ct:<dueMillis>:<attempt>:<job>:<args>}, so the run's task, its final
 * state and its sandbox log can be found on the master. Implemented by the Mesos client;
 * the Chronos operations only see this interface.
 */
public interface TaskLookup {
  /**
   * Mesos tasks (active and completed, any framework) whose id starts with {@code idPrefix},
   * for example {@code "ct:"}; empty when none.
   */
  List<TaskRef> tasksWithIdPrefix(String idPrefix, CancellationToken token);

  /**
   * Like {@link #tasksWithIdPrefix(String, CancellationToken)}, but the caller needs only tasks
   * whose first status update is at or after {@code sinceMillis} (epoch ms, Mesos's clock): an
   * implementation may leave older ones out and so read much less. Tasks that have no status
   * update yet may be left out too. The default returns every task.
   */
  default List<TaskRef> tasksWithIdPrefix(String idPrefix, long sinceMillis,
      CancellationToken token) {
    return tasksWithIdPrefix(idPrefix, token);
  }

  /**
   * The last {@code maxBytes} of each of {@code files} of {@code task}'s sandbox, in the order
   * given (file name → text, empty when unreadable). Implementations may locate the sandbox once
   * for all files; the default reads each with {@link #sandboxTail}.
   */
  default Map<String, String> sandboxTails(TaskRef task, List<String> files, int maxBytes,
      CancellationToken token) {
    Map<String, String> out = new LinkedHashMap<String, String>();
    for (String file : files) {
      out.put(file, sandboxTail(task, file, maxBytes, token));
    }
    return out;
  }

  /**
   * The last {@code maxBytes} of sandbox file {@code file} ("stdout" or "stderr") of
   * {@code task}, or an empty string when the sandbox is gone or unreadable.
   */
  String sandboxTail(TaskRef task, String file, int maxBytes, CancellationToken token);

  /**
   * Reports task state changes as they happen, until {@code token} is cancelled (then it
   * returns) or the source ends or fails (then it throws), so a wait can react at once. The
   * default has no such source and returns at once: callers then poll.
   */
  default void streamTaskStates(TaskStateListener listener, CancellationToken token) {}

  /** Receives task states from {@link #streamTaskStates}, on the reading thread. */
  interface TaskStateListener {
    /** The source is open: changes from now on are reported. */
    default void subscribed() {}

    /** Task {@code taskId} is now in {@code state} ({@code TASK_FINISHED}...). */
    void taskState(String taskId, String state);
  }

  /** A Mesos task as far as the lookup needs it. */
  final class TaskRef {
    private final String id;
    private final String name;
    private final String state;
    private final String frameworkId;
    private final String agentId;
    private final String executorId;
    private final double lastStatusTimestamp;

    public TaskRef(String id, String name, String state, String frameworkId, String agentId,
        String executorId, double lastStatusTimestamp) {
      this.id = id;
      this.name = name;
      this.state = state;
      this.frameworkId = frameworkId;
      this.agentId = agentId;
      this.executorId = executorId;
      this.lastStatusTimestamp = lastStatusTimestamp;
    }

    public String id() {
      return id;
    }

    public String name() {
      return name;
    }

    /** Mesos state name, e.g. {@code TASK_FINISHED}. */
    public String state() {
      return state;
    }

    public String frameworkId() {
      return frameworkId;
    }

    public String agentId() {
      return agentId;
    }

    /** Executor id; empty for command tasks, whose executor id is the task id. */
    public String executorId() {
      return executorId;
    }

    /** Seconds since the epoch of the latest status update, 0 when unknown. */
    public double lastStatusTimestamp() {
      return lastStatusTimestamp;
    }

    public boolean isTerminal() {
      return isTerminal(state);
    }

    /** Whether a task in {@code state} is over for good. */
    public static boolean isTerminal(String state) {
      return state != null && (state.equals("TASK_FINISHED") || state.equals("TASK_FAILED")
          || state.equals("TASK_KILLED") || state.equals("TASK_LOST")
          || state.equals("TASK_ERROR") || state.equals("TASK_DROPPED")
          || state.equals("TASK_GONE") || state.equals("TASK_GONE_BY_OPERATOR"));
    }

    @Override
    public String toString() {
      return id + " (" + state + ")";
    }
  }
}
