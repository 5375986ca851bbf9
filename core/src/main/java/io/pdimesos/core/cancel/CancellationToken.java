package io.pdimesos.core.cancel;

import io.pdimesos.core.error.CancelledException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Lets a caller abandon a request or a wait from another thread. PDI's Stop only sets a flag
 * ({@code parentJob.isStopped()}), so a token can also poll an external stop condition; waits
 * sleep in slices of at most {@value #SLICE_MILLIS} ms and cancel in-flight HTTP calls, so a
 * cancelled operation returns within a second.
 */
public final class CancellationToken {
  /** Longest uninterrupted sleep: a stop is noticed at least this often. */
  public static final long SLICE_MILLIS = 100;

  private static final CancellationToken NONE = new CancellationToken(null);

  private final BooleanSupplier externalStop;
  private volatile boolean cancelled;
  private final CopyOnWriteArrayList<Runnable> onCancel = new CopyOnWriteArrayList<Runnable>();

  private CancellationToken(BooleanSupplier externalStop) {
    this.externalStop = externalStop;
  }

  /** A token that is never cancelled. */
  public static CancellationToken none() {
    return NONE;
  }

  /** A token cancelled only through {@link #cancel()}. */
  public static CancellationToken create() {
    return new CancellationToken(null);
  }

  /** A token that also counts as cancelled as soon as {@code stopFlag} answers true. */
  public static CancellationToken polling(BooleanSupplier stopFlag) {
    return new CancellationToken(stopFlag);
  }

  /** Cancels: in-flight calls registered with {@link #onCancel(Runnable)} are aborted now. */
  public void cancel() {
    if (this == NONE) {
      return;
    }
    cancelled = true;
    for (Runnable r : onCancel) {
      try {
        r.run();
      } catch (RuntimeException ignored) {
        // one failing canceller must not keep the others from running
      }
    }
  }

  public boolean isCancelled() {
    if (cancelled) {
      return true;
    }
    if (externalStop != null && externalStop.getAsBoolean()) {
      cancel();
      return true;
    }
    return false;
  }

  /** Throws {@link CancelledException} when cancelled. */
  public void throwIfCancelled() {
    if (isCancelled()) {
      throw new CancelledException("Cancelled");
    }
  }

  /**
   * A canceller registered with {@link #onCancel}. Closing it unregisters it, which cannot fail,
   * so callers need no catch; use it in try-with-resources or a finally block.
   */
  public interface Registration extends AutoCloseable {
    @Override
    void close();
  }

  /** The registration of nothing, for a call that never registered a canceller. */
  public static final Registration NOTHING_REGISTERED = new Registration() {
    @Override
    public void close() {}
  };

  /**
   * Runs {@code action} on cancel (immediately when already cancelled). Closing the returned
   * handle unregisters it, so finished calls do not pile up on a long-lived token.
   */
  public Registration onCancel(final Runnable action) {
    if (this == NONE) {
      return NOTHING_REGISTERED;
    }
    onCancel.add(action);
    if (cancelled) {
      action.run();
    }
    return new Registration() {
      @Override
      public void close() {
        onCancel.remove(action);
      }
    };
  }

  /**
   * Sleeps {@code millis}, waking at least every {@value #SLICE_MILLIS} ms to check for cancel.
   *
   * @throws CancelledException when cancelled before or during the sleep, or when the thread is
   *     interrupted (the interrupt flag is restored)
   */
  public void sleep(long millis) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, millis));
    while (true) {
      throwIfCancelled();
      long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
      if (left <= 0) {
        return;
      }
      try {
        Thread.sleep(Math.min(left, SLICE_MILLIS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        cancel();
        throw new CancelledException("Interrupted");
      }
    }
  }
}
