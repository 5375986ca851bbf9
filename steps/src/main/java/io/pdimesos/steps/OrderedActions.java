package io.pdimesos.steps;

import java.io.Closeable;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Runs up to {@code threads} calls at once on its own small pool, holds up to {@code window}
 * submitted and not yet taken, and hands their results back in the order they were submitted:
 * the head is released only when it is done, however early the calls behind it finished, and a
 * call that throws is released in its place like any other.
 * One owner thread submits and takes; {@link #close()} cancels what is still running and ends
 * the pool's threads. Knows nothing of PDI.
 *
 * @param <K> what identifies a call (the row it came from)
 * @param <V> what a call produces
 */
public final class OrderedActions<K, V> implements Closeable {
  private final int window;
  private final ThreadPoolExecutor pool;
  private final ArrayDeque<Pending<K, V>> pending = new ArrayDeque<Pending<K, V>>();

  /**
   * @param window calls in flight at most (at least 1)
   * @param threadName prefix of the pool's thread names, which tests and thread dumps look for
   */
  public OrderedActions(int window, String threadName) {
    this(window, window, threadName);
  }

  /**
   * @param threads calls running at once at most (at least 1)
   * @param window calls submitted and not yet taken at most (at least {@code threads}): those
   *     beyond {@code threads} wait for a thread, and start the moment any running call ends,
   *     so one slow call at the head does not hold the others' threads idle
   * @param threadName prefix of the pool's thread names, which tests and thread dumps look for
   */
  public OrderedActions(int threads, int window, final String threadName) {
    int t = Math.max(1, threads);
    this.window = Math.max(t, window);
    final AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(t, t, 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<Runnable>(), new ThreadFactory() {
          @Override
          public Thread newThread(Runnable r) {
            // Daemon: a pool an engine forgot to dispose must not keep the JVM (Pan) alive.
            Thread t = new Thread(r, threadName + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
          }
        });
  }

  /** Whether another call may be submitted without exceeding the window. */
  public boolean hasRoom() {
    return pending.size() < window;
  }

  public boolean isEmpty() {
    return pending.isEmpty();
  }

  /** Calls submitted and not yet taken. */
  public int size() {
    return pending.size();
  }

  /** Whether a call not yet taken has a key {@code test} accepts. */
  public boolean anyPending(Predicate<K> test) {
    for (Pending<K, V> p : pending) {
      if (test.test(p.key)) {
        return true;
      }
    }
    return false;
  }

  /** Starts {@code call} for {@code key}; the caller checks {@link #hasRoom()} first. */
  public void submit(K key, Callable<V> call) {
    if (!hasRoom()) {
      throw new IllegalStateException("window of " + window + " calls is full");
    }
    pending.addLast(new Pending<K, V>(key, pool.submit(call), null));
  }

  /** Queues a result known without a call (a bad row), keeping its place in the order. */
  public void submitDone(K key, V value) {
    if (!hasRoom()) {
      throw new IllegalStateException("window of " + window + " calls is full");
    }
    pending.addLast(new Pending<K, V>(key, null, value));
  }

  /**
   * The oldest call once it is done, waiting at most {@code timeout} for it; null when it is
   * still running (or nothing is pending). Interrupting the waiting thread returns null too,
   * with the interrupt flag kept.
   */
  public Done<K, V> takeHead(long timeout, TimeUnit unit) {
    Pending<K, V> head = pending.peekFirst();
    if (head == null) {
      return null;
    }
    Done<K, V> done;
    if (head.future == null) {
      done = new Done<K, V>(head.key, head.value, null);
    } else {
      try {
        done = new Done<K, V>(head.key, head.future.get(Math.max(0, timeout), unit), null);
      } catch (TimeoutException e) {
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      } catch (ExecutionException e) {
        done = new Done<K, V>(head.key, null, e.getCause());
      } catch (CancellationException e) {
        done = new Done<K, V>(head.key, null, e);
      }
    }
    pending.removeFirst();
    return done;
  }

  /**
   * Cancels every pending call (interrupting the running ones; the caller also cancels their
   * HTTP calls through its token) and waits up to a second for the pool's threads to end.
   *
   * @return whether every thread ended in time
   */
  public boolean closeAndWait() {
    for (Pending<K, V> p : pending) {
      if (p.future != null) {
        p.future.cancel(true);
      }
    }
    pending.clear();
    pool.shutdownNow();
    try {
      return pool.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return pool.isTerminated();
    }
  }

  @Override
  public void close() {
    closeAndWait();
  }

  private static final class Pending<K, V> {
    final K key;
    final Future<V> future;
    final V value;

    Pending(K key, Future<V> future, V value) {
      this.key = key;
      this.future = future;
      this.value = value;
    }
  }

  /** A call's outcome, released in submission order. */
  public static final class Done<K, V> {
    private final K key;
    private final V value;
    private final Throwable error;

    Done(K key, V value, Throwable error) {
      this.key = key;
      this.value = value;
      this.error = error;
    }

    public K key() {
      return key;
    }

    /** What the call returned; null when it threw. */
    public V value() {
      return value;
    }

    /** What the call threw (or the cancellation), or null. */
    public Throwable error() {
      return error;
    }
  }
}
