package io.pdimesos.core.cancel;

import java.util.concurrent.TimeUnit;

/** A point in time a wait must not pass; {@link #none()} never expires (timeout 0 = none). */
public final class Deadline {
  private final long endNanos;
  private final boolean unbounded;

  private Deadline(long endNanos, boolean unbounded) {
    this.endNanos = endNanos;
    this.unbounded = unbounded;
  }

  /** A deadline {@code millis} from now; 0 or less means no deadline, as in PDI's wait entries. */
  public static Deadline inMillis(long millis) {
    if (millis <= 0) {
      return none();
    }
    return new Deadline(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis), false);
  }

  public static Deadline none() {
    return new Deadline(0, true);
  }

  public boolean isUnbounded() {
    return unbounded;
  }

  public boolean hasExpired() {
    return !unbounded && System.nanoTime() - endNanos >= 0;
  }

  /**
   * Nanoseconds left (never negative); {@link Long#MAX_VALUE} when unbounded. A timer set to
   * this fires no earlier than {@link #hasExpired()} turns true (milliseconds are rounded down).
   */
  public long remainingNanos() {
    return unbounded ? Long.MAX_VALUE : Math.max(0, endNanos - System.nanoTime());
  }

  /** Whichever of this and {@code other} expires first. */
  public Deadline earlier(Deadline other) {
    return remainingNanos() <= other.remainingNanos() ? this : other;
  }

  /** Milliseconds left (never negative); {@link Long#MAX_VALUE} when unbounded. */
  public long remainingMillis() {
    if (unbounded) {
      return Long.MAX_VALUE;
    }
    return Math.max(0, TimeUnit.NANOSECONDS.toMillis(endNanos - System.nanoTime()));
  }
}
