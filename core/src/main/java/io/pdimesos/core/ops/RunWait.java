package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.cancel.Deadline;
import io.pdimesos.core.cancel.Waits;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.mesos.TaskLookup;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the run-and-wait operations ({@link ChronosRun}, {@link MetronomeRun}) do alike: a cancel
 * of the caller's token becomes a CANCELLED result rather than an exception, a poll of a long
 * run rides out a few failures in a row, and the wait wakes when the Mesos master reports the
 * run's task ended (neither Chronos nor Metronome has an event of its own for it).
 */
final class RunWait {
  /** Polls in a row that may fail before the wait gives up. */
  static final int MAX_FAILED_POLLS = 5;

  private RunWait() {}

  /**
   * Runs {@code body}; when the caller's {@code token} is cancelled meanwhile, returns what
   * {@code cancelled} makes instead. A cancel of some other token still throws.
   */
  static <R> R unlessCancelled(CancellationToken token, Supplier<R> body,
      Supplier<R> cancelled) {
    try {
      return body.get();
    } catch (CancelledException e) {
      if (!token.isCancelled()) {
        throw e;
      }
      return cancelled.get();
    }
  }

  /**
   * Follows the run's task states on the Mesos master's event stream (when there is a task
   * lookup and the options allow events), so that {@link #await} wakes when a task that
   * {@code ours} accepts (by its id) ends; otherwise no stream, and the wait just polls.
   */
  static TaskEventWatch watch(TaskLookup lookup, RunOptions<?> o, Predicate<String> ours,
      CancellationToken t, ProgressListener log) {
    return lookup != null && o.useEvents ? TaskEventWatch.start(lookup, ours, t, log)
        : TaskEventWatch.none();
  }

  /**
   * Polls {@code probe} ({@link #tolerant}) until it answers or {@code deadline} passes: the
   * first look soon ({@link RunOptions#firstPollMillis}), each pause then doubling up to the
   * check cycle, and a task's end on {@code events} ending a pause at once.
   *
   * @return the probe's answer, or null when the deadline passed first
   */
  static <T> T await(Waits.Probe<T> probe, String what, ProgressListener log, Deadline deadline,
      RunOptions<?> o, TaskEventWatch events, CancellationToken t) {
    return Waits.until(tolerant(probe, what, log), deadline, o.firstPollMillis(),
        o.pollIntervalMillis, events.changes(), t);
  }

  /**
   * {@code probe}, riding out failed polls: a long run outlives leader changes and network
   * blips, so a failure is logged as a warning and the poll answers "not yet", until
   * {@link #MAX_FAILED_POLLS} in a row fail and the last failure is thrown.
   *
   * @param what what a poll reads, for the warning: "Reading run X of Metronome job 'y'"
   */
  static <T> Waits.Probe<T> tolerant(final Waits.Probe<T> probe, final String what,
      final ProgressListener log) {
    return new Waits.Probe<T>() {
      private int failed;

      @Override
      public T poll() {
        try {
          T seen = probe.poll();
          failed = 0;
          return seen;
        } catch (CancelledException e) {
          throw e;
        } catch (ClusterException e) {
          if (++failed >= MAX_FAILED_POLLS) {
            throw e;
          }
          log.warn(what + " failed (" + failed + " of " + MAX_FAILED_POLLS + "): "
              + e.getMessage());
          return null;
        }
      }
    };
  }

  /** A duration for messages: whole seconds as "90 s", anything else in ms. */
  static String seconds(long millis) {
    return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
  }
}
