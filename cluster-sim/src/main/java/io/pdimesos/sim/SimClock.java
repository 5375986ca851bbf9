package io.pdimesos.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;

/**
 * The emulator's time source and its only scheduler. Every state change of the emulated cluster
 * (task transitions, deployment steps, Chronos runs) is a task on this clock, so a test that steps
 * the clock gets a deterministic history, and a demo can run at real speed times a factor.
 */
public final class SimClock implements AutoCloseable {

  /** A scheduled action that can be called off. */
  public interface Scheduled {
    void cancel();
  }

  private final boolean stepped;
  private final double factor;
  private final long startSimMillis;
  private final long startNanos;
  private final Object lock = new Object();
  private final PriorityQueue<Entry> queue = new PriorityQueue<>();
  private long seq;
  private long steppedNow;
  private Thread runner;
  private volatile boolean closed;

  private SimClock(boolean stepped, double factor, Instant start) {
    this.stepped = stepped;
    this.factor = factor;
    this.startSimMillis = start.toEpochMilli();
    this.steppedNow = startSimMillis;
    this.startNanos = System.nanoTime();
  }

  /** A clock that only moves when {@link #advance(Duration)} is called (tests). */
  public static SimClock stepped(Instant start) {
    return new SimClock(true, 0, start);
  }

  /** A clock that runs at real speed times {@code factor} (1.0 = real time). */
  public static SimClock realtime(double factor) {
    if (!(factor > 0)) {
      throw new IllegalArgumentException("speed factor must be > 0, was " + factor);
    }
    SimClock c = new SimClock(false, factor, Instant.now());
    c.runner = new Thread(c::runLoop, "sim-clock");
    c.runner.setDaemon(true);
    c.runner.start();
    return c;
  }

  public boolean isStepped() {
    return stepped;
  }

  public double factor() {
    return factor;
  }

  public long millis() {
    if (stepped) {
      synchronized (lock) {
        return steppedNow;
      }
    }
    return startSimMillis + (long) ((System.nanoTime() - startNanos) / 1_000_000.0 * factor);
  }

  public Instant now() {
    return Instant.ofEpochMilli(millis());
  }

  /** Seconds since the epoch as Mesos writes them (float). */
  public double epochSeconds() {
    return millis() / 1000.0;
  }

  /** Runs {@code action} once the simulated time has moved on by {@code delay}. */
  public Scheduled schedule(Duration delay, Runnable action) {
    return scheduleAt(millis() + Math.max(0, delay.toMillis()), action);
  }

  public Scheduled scheduleAt(long simMillis, Runnable action) {
    Entry e;
    synchronized (lock) {
      e = new Entry(simMillis, seq++, action);
      queue.add(e);
      lock.notifyAll();
    }
    return () -> e.cancelled = true;
  }

  /**
   * Moves a stepped clock forward, running every action that falls due on the way in time order
   * (each sees the clock at its own due time). Actions scheduled by actions are run too when due.
   */
  public void advance(Duration d) {
    if (!stepped) {
      throw new IllegalStateException("only a stepped clock can be advanced");
    }
    long target;
    synchronized (lock) {
      target = steppedNow + d.toMillis();
    }
    while (true) {
      Entry next;
      synchronized (lock) {
        next = queue.peek();
        if (next == null || next.due > target) {
          steppedNow = target;
          return;
        }
        queue.poll();
        steppedNow = Math.max(steppedNow, next.due);
      }
      next.run();
    }
  }

  /** Runs whatever is already due without moving a stepped clock (used after API writes). */
  public void runDue() {
    if (stepped) {
      advance(Duration.ZERO);
    }
  }

  private void runLoop() {
    while (!closed) {
      Entry due = null;
      synchronized (lock) {
        Entry next = queue.peek();
        long now = millis();
        if (next != null && next.due <= now) {
          due = queue.poll();
        } else {
          long waitSim = next == null ? 1000 : next.due - now;
          long waitReal = Math.max(1, Math.min(1000, (long) Math.ceil(waitSim / factor)));
          try {
            lock.wait(waitReal);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
      if (due != null) {
        due.run();
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    synchronized (lock) {
      queue.clear();
      lock.notifyAll();
    }
    if (runner != null) {
      runner.interrupt();
    }
  }

  private static final class Entry implements Comparable<Entry> {
    final long due;
    final long order;
    final Runnable action;
    volatile boolean cancelled;

    Entry(long due, long order, Runnable action) {
      this.due = due;
      this.order = order;
      this.action = action;
    }

    void run() {
      if (cancelled) {
        return;
      }
      try {
        action.run();
      } catch (RuntimeException e) {
        // One faulty action must not stop simulated time for everything else.
        System.err.println("cluster-sim: scheduled action failed: " + e);
      }
    }

    @Override
    public int compareTo(Entry o) {
      int c = Long.compare(due, o.due);
      return c != 0 ? c : Long.compare(order, o.order);
    }
  }
}
