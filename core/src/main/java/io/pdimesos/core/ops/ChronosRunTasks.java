package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.chronos.ChronosTaskId;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.mesos.TaskLookup;
import io.pdimesos.core.mesos.TaskLookup.TaskRef;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the Mesos task of one {@link ChronosRun} among its job's tasks and reads its log tails.
 * Chronos names a task {@code ct:<due millis>:<attempt>:<job>:<args>} and gives no run id, so
 * the run's task is told from earlier and concurrent runs by what Mesos had before the trigger,
 * by the arguments and by time (chronos.md §6.4).
 */
final class ChronosRunTasks {
  /** The final Mesos state that Chronos counts neither as success nor as failure. */
  static final String KILLED = "TASK_KILLED";

  private final TaskLookup lookup;
  private final ProgressListener log;

  ChronosRunTasks(TaskLookup lookup, ProgressListener log) {
    this.lookup = lookup;
    this.log = log;
  }

  /**
   * Follows the lookup's task states while {@code jobName}'s run is awaited (the Mesos master's
   * events), so the wait wakes when one of the job's tasks ends: the run's task id is not known
   * before it ends, so any of the job's will do.
   */
  TaskEventWatch watch(String jobName, RunOptions<?> o, CancellationToken t) {
    return RunWait.watch(lookup, o, taskId -> {
      ChronosTaskId id = ChronosTaskId.parse(taskId);
      return id != null && id.jobName().equals(jobName);
    }, t, log);
  }

  /**
   * The job's task ids known to Mesos before the trigger. A task not among them afterwards is
   * this run's, whatever the clocks of Chronos and this machine say; null when Mesos cannot be
   * read now (then the trigger time, less the skew allowance, decides).
   */
  Set<String> earlierTaskIds(String jobName, long sinceMillis, CancellationToken t) {
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
  TaskRef find(ChronosRun.Attempt a, CancellationToken t) {
    ChronosRunOptions o = a.options;
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
  private TaskRef lastRetry(ChronosRun.Attempt a, List<TaskRef> tasks, TaskRef first,
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

  private static boolean isNew(ChronosRun.Attempt a, String taskId, ChronosTaskId id,
      long fromMillis) {
    return a.earlierTaskIds != null ? !a.earlierTaskIds.contains(taskId)
        : id.dueMillis() >= fromMillis;
  }

  /** Finds the run's task and fills task state and log tails into the result. */
  void identify(ChronosRun.Attempt a, List<String> diag, CancellationToken t) {
    try {
      TaskRef ours = a.task != null ? a.task : find(a, t);
      if (ours == null) {
        diag.add("No Mesos task of this run (ct:<millis>:0:" + a.options.jobName + ":…) found");
        return;
      }
      a.task = ours;
      a.found = RunTask.read(lookup, ours, a.options.sandboxTailBytes, t);
    } catch (ClusterException e) {
      diag.add("Could not look up the Mesos task: " + e.getMessage());
    }
  }
}
