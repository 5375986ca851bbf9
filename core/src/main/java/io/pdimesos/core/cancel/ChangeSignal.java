package io.pdimesos.core.cancel;

import io.pdimesos.core.error.CancelledException;
import java.util.concurrent.TimeUnit;

/**
 * A count of things worth a fresh look (an event arrived), and a pause that ends the moment it
 * moves: the thread that signals wakes the one that waits, with no polling in between. The pause
 * still looks at the token every {@value CancellationToken#SLICE_MILLIS} ms, for stop flags that
 * are only polled (PDI's); {@link #signal()} from a token's {@code onCancel} wakes it at once.
 */
public final class ChangeSignal {
  /** Never signalled: a pause is a plain cancellable sleep. */
  public static final ChangeSignal NONE = new ChangeSignal();

  private final Object lock = new Object();
  private volatile int count;

  /** The current count; pass it to {@link #await} to wait for the next change. */
  public int count() {
    return count;
  }

  /** Something changed: waiters wake now. */
  public void signal() {
    synchronized (lock) {
      count++;
      lock.notifyAll();
    }
  }

  /**
   * Waits up to {@code millis}, returning as soon as the count is no longer {@code seen}.
   *
   * @throws CancelledException when the token is (or gets) cancelled, or the thread interrupted
   */
  public void await(int seen, long millis, CancellationToken token) {
    CancellationToken t = token == null ? CancellationToken.none() : token;
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, millis));
    synchronized (lock) {
      while (count == seen) {
        t.throwIfCancelled();
        long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
        if (left <= 0) {
          return;
        }
        try {
          lock.wait(Math.min(left, CancellationToken.SLICE_MILLIS));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          t.cancel();
          throw new CancelledException("Interrupted");
        }
      }
    }
    t.throwIfCancelled(); // woken by the cancel itself
  }
}
