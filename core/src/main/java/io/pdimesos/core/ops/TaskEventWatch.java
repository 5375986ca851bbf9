package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.cancel.ChangeSignal;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.mesos.TaskLookup;
import java.io.Closeable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Follows Mesos task states in the background (the master's event stream) so that a run's wait
 * wakes the moment the run's task ends, instead of at its next poll: neither Chronos nor
 * Metronome has an event stream for it, and a run ends when its Mesos task does. Purely an
 * accelerator: the scheduler's own answer (Chronos's counters, Metronome's run and history)
 * stays the truth, and without the stream the wait just polls.
 */
final class TaskEventWatch implements Closeable {
  /** How long {@link #start} waits for the stream to open, so the trigger's task is not missed. */
  static final long OPEN_WAIT_MILLIS = 2_000;
  /** Failed connects in a row before the wait settles for polling. */
  private static final int MAX_FAILURES = 2;

  /** Which task ids are the run's (or its job's). */
  private final Predicate<String> ours;
  private final ChangeSignal changes = new ChangeSignal();
  private final CancellationToken streamToken = CancellationToken.create();
  private final CountDownLatch firstAttempt = new CountDownLatch(1);
  private final CancellationToken.Registration parentRegistration;
  private volatile String lastEnded;
  private volatile boolean subscribed;

  private TaskEventWatch(Predicate<String> ours, CancellationToken parent) {
    this.ours = ours;
    this.parentRegistration = parent == null ? null : parent.onCancel(new Runnable() {
      @Override
      public void run() {
        streamToken.cancel();
        changes.signal(); // a stop ends a sleeping wait now
      }
    });
  }

  /** No stream: the wait polls. */
  static TaskEventWatch none() {
    return new TaskEventWatch(null, null);
  }

  /**
   * Opens {@code lookup}'s task-state stream on a daemon thread and waits (at most
   * {@value #OPEN_WAIT_MILLIS} ms) until it is open or has failed; the end of a task whose id
   * {@code ours} accepts moves {@link #changes()}.
   */
  static TaskEventWatch start(final TaskLookup lookup, Predicate<String> ours,
      CancellationToken parent, final ProgressListener log) {
    final TaskEventWatch w = new TaskEventWatch(ours, parent);
    Thread reader = new Thread(new Runnable() {
      @Override
      public void run() {
        w.follow(lookup, log);
      }
    }, "pdi-mesos-task-events");
    reader.setDaemon(true);
    reader.start();
    w.awaitFirstAttempt(parent == null ? CancellationToken.none() : parent);
    return w;
  }

  private void follow(TaskLookup lookup, ProgressListener log) {
    TaskLookup.TaskStateListener listener = new TaskLookup.TaskStateListener() {
      @Override
      public void subscribed() {
        subscribed = true;
        firstAttempt.countDown();
        changes.signal(); // changes during a gap were missed: look again now
      }

      @Override
      public void taskState(String taskId, String state) {
        if (TaskLookup.TaskRef.isTerminal(state) && ours.test(taskId)) {
          lastEnded = taskId;
          changes.signal();
        }
      }
    };
    int failures = 0;
    try {
      while (!streamToken.isCancelled() && failures < MAX_FAILURES) {
        try {
          lookup.streamTaskStates(listener, streamToken);
          return; // no stream to follow, or cancelled
        } catch (ClusterException e) {
          subscribed = false;
          if (streamToken.isCancelled()) {
            return;
          }
          if (++failures >= MAX_FAILURES) {
            log.detailed("Mesos event stream unavailable, polling only: " + e.getMessage());
          } else {
            streamToken.sleep(500);
          }
        }
      }
    } catch (RuntimeException e) {
      if (!streamToken.isCancelled()) {
        log.detailed("Mesos event stream stopped, polling only: " + e.getMessage());
      }
    } finally {
      firstAttempt.countDown();
    }
  }

  private void awaitFirstAttempt(CancellationToken token) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(OPEN_WAIT_MILLIS);
    try {
      while (!token.isCancelled() && System.nanoTime() < end
          && !firstAttempt.await(CancellationToken.SLICE_MILLIS, TimeUnit.MILLISECONDS)) {
        // sliced so a stop is noticed within 100 ms
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Moves when one of our tasks ended (or the stream reopened): worth a look now. */
  ChangeSignal changes() {
    return changes;
  }

  boolean subscribed() {
    return subscribed;
  }

  /** The id of our task that ended last, as the stream said; null before any. */
  String lastEnded() {
    return lastEnded;
  }

  @Override
  public void close() {
    streamToken.cancel();
    if (parentRegistration != null) {
      parentRegistration.close();
    }
  }
}
