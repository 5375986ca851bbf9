package io.pdimesos.sim.http;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Faults for one kind of service (all its instances): a burst of error answers for the next N
 * requests, added latency, and connections dropped mid-body. Control requests are exempt.
 */
public final class ServiceFaults {
  private final AtomicInteger errorsLeft = new AtomicInteger();
  private volatile int errorStatus = 503;
  private volatile long latencyMillis;
  private final AtomicInteger dropsLeft = new AtomicInteger();
  private volatile String dropMethod;

  /** The next {@code count} requests get {@code status} (e.g. 500, 502, 503). */
  public void failNext(int count, int status) {
    errorStatus = status;
    errorsLeft.set(count);
  }

  /** Every request waits this long (real time) before it is answered; 0 turns it off. */
  public void latency(long millis) {
    latencyMillis = millis;
  }

  /** The next {@code count} answers are cut off after half of their body. */
  public void dropNext(int count) {
    dropNext(count, null);
  }

  /**
   * The next {@code count} answers to {@code method} requests (any method when null) are cut
   * off: the change is made, its answer is lost (a write's answer, to test what the client
   * concludes). An answer without a body is lost whole: the connection closes before it.
   */
  public void dropNext(int count, String method) {
    dropMethod = method;
    dropsLeft.set(count);
  }

  public void clear() {
    errorsLeft.set(0);
    dropsLeft.set(0);
    dropMethod = null;
    latencyMillis = 0;
  }

  long latencyMillis() {
    return latencyMillis;
  }

  /** Status of an injected error for this request, or 0. */
  int takeError() {
    return errorsLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0 ? errorStatus : 0;
  }

  boolean takeDrop(String method) {
    String only = dropMethod;
    if (only != null && !only.equalsIgnoreCase(method)) {
      return false;
    }
    return dropsLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
  }

  public int errorsLeft() {
    return errorsLeft.get();
  }

  public int dropsLeft() {
    return dropsLeft.get();
  }
}
