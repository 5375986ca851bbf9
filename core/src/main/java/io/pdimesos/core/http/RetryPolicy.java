package io.pdimesos.core.http;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Bounded exponential backoff with jitter for idempotent requests. A retry happens only on I/O
 * errors and on statuses the service's dialect calls transient (502/503/504, Marathon's 409
 * "locked by deployment" when not forcing, Chronos's "Error proxying request to leader").
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULT = new RetryPolicy(4, 250, 5_000, 30_000, 0.2);
  private static final RetryPolicy NONE = new RetryPolicy(1, 0, 0, 0, 0);

  private final int maxAttempts;
  private final long initialBackoffMillis;
  private final long maxBackoffMillis;
  private final long maxTotalMillis;
  private final double jitter;

  private RetryPolicy(int maxAttempts, long initialBackoffMillis, long maxBackoffMillis,
      long maxTotalMillis, double jitter) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("Retry attempts must be at least 1: " + maxAttempts);
    }
    if (initialBackoffMillis < 0 || maxBackoffMillis < 0 || maxTotalMillis < 0) {
      throw new IllegalArgumentException("Retry delays must not be negative");
    }
    if (jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException("Retry jitter must be between 0 and 1: " + jitter);
    }
    this.maxAttempts = maxAttempts;
    this.initialBackoffMillis = initialBackoffMillis;
    this.maxBackoffMillis = maxBackoffMillis;
    this.maxTotalMillis = maxTotalMillis;
    this.jitter = jitter;
  }

  /** 4 attempts, 250 ms doubling to at most 5 s, at most 30 s in all, ±20 % jitter. */
  public static RetryPolicy defaults() {
    return DEFAULT;
  }

  /** One attempt, no retry. */
  public static RetryPolicy none() {
    return NONE;
  }

  public static RetryPolicy of(int maxAttempts, long initialBackoffMillis, long maxBackoffMillis,
      long maxTotalMillis, double jitter) {
    return new RetryPolicy(maxAttempts, initialBackoffMillis, maxBackoffMillis, maxTotalMillis,
        jitter);
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public long maxTotalMillis() {
    return maxTotalMillis;
  }

  /**
   * Delay before attempt {@code nextAttempt} (2 for the first retry). A server's
   * {@code Retry-After} (seconds, or -1 when absent) wins over the computed backoff but is still
   * capped by the total budget by the caller.
   */
  public long delayBefore(int nextAttempt, long retryAfterSeconds) {
    if (retryAfterSeconds >= 0) {
      return retryAfterSeconds * 1000L;
    }
    long base = initialBackoffMillis;
    for (int i = 2; i < nextAttempt && base < maxBackoffMillis; i++) {
      base *= 2;
    }
    base = Math.min(base, maxBackoffMillis);
    if (jitter == 0 || base == 0) {
      return base;
    }
    double factor = 1 + jitter * (2 * ThreadLocalRandom.current().nextDouble() - 1);
    return Math.max(0, Math.round(base * factor));
  }

  @Override
  public String toString() {
    return "RetryPolicy{attempts=" + maxAttempts + ", backoff=" + initialBackoffMillis + ".."
        + maxBackoffMillis + "ms, total<=" + maxTotalMillis + "ms, jitter=" + jitter + "}";
  }
}
