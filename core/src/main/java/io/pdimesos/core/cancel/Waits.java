package io.pdimesos.core.cancel;

/**
 * Polling with a deadline: the one way core operations wait for something to become true. Sleeps
 * through {@link CancellationToken#sleep}, so a cancel ends the wait within 100 ms.
 */
public final class Waits {
  /**
   * The first look of a wait that polls: a short deployment or run is not charged a whole check
   * cycle. Each later pause doubles, up to the check cycle.
   */
  public static final long FIRST_POLL_MILLIS = 100;

  private Waits() {}

  /** One look at the world: a non-null result ends the wait. */
  public interface Probe<T> {
    T poll();
  }

  /**
   * Polls {@code probe} until it returns non-null or {@code deadline} passes. The pause between
   * polls starts at {@code firstIntervalMillis} and doubles each time up to
   * {@code maxIntervalMillis} (pass equal values for a fixed check cycle).
   *
   * @return the probe's result, or null when the deadline passed first
   */
  public static <T> T until(Probe<T> probe, Deadline deadline, long firstIntervalMillis,
      long maxIntervalMillis, CancellationToken token) {
    return until(probe, deadline, firstIntervalMillis, maxIntervalMillis, ChangeSignal.NONE,
        token);
  }

  /**
   * As {@link #until(Probe, Deadline, long, long, CancellationToken)}, where a change of
   * {@code wake} (an event) ends the pause at once and starts the backoff afresh: what the
   * event announced may take another short look or two to show.
   */
  public static <T> T until(Probe<T> probe, Deadline deadline, long firstIntervalMillis,
      long maxIntervalMillis, ChangeSignal wake, CancellationToken token) {
    CancellationToken t = token == null ? CancellationToken.none() : token;
    long first = Math.max(1, firstIntervalMillis);
    long interval = first;
    while (true) {
      t.throwIfCancelled();
      int seen = wake.count();
      T result = probe.poll();
      if (result != null) {
        return result;
      }
      if (deadline.hasExpired()) {
        return null;
      }
      wake.await(seen, Math.min(interval, deadline.remainingMillis()), t);
      interval = wake.count() != seen ? first
          : Math.min(Math.max(interval, maxIntervalMillis), interval * 2);
    }
  }
}
