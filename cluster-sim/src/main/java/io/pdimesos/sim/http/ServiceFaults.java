package io.pdimesos.sim.http;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Faults for one kind of service (all its instances): a burst of error answers for the next N
 * requests (or only for requests that match, from the K-th on), added latency, and connections
 * dropped mid-body. Control requests are exempt.
 */
public final class ServiceFaults {
  private final AtomicInteger errorsLeft = new AtomicInteger();
  private volatile int errorStatus = 503;
  private Targeted targeted; // guarded by this
  private volatile long latencyMillis;
  private final AtomicInteger dropsLeft = new AtomicInteger();
  private volatile String dropMethod;

  /** The next {@code count} requests get {@code status} (e.g. 500, 502, 503). */
  public void failNext(int count, int status) {
    errorStatus = status;
    errorsLeft.set(count);
  }

  /**
   * The requests whose {@code "METHOD /path"} (no query) matches {@code request} (a regular
   * expression over the whole line) get {@code status}: {@code count} of them, after letting the
   * first {@code skip} through. Fails one step of a longer run, e.g. the second
   * {@code PUT /v2/apps/etl/carte} (the scale after the deploy), and nothing else. Replaces the
   * previous targeted fault.
   */
  public synchronized void failMatching(String request, int skip, int count, int status) {
    targeted = new Targeted(Pattern.compile(request), skip, count, status);
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
    synchronized (this) {
      targeted = null;
    }
    latencyMillis = 0;
  }

  long latencyMillis() {
    return latencyMillis;
  }

  /** Status of an injected error for {@code request} ({@code "METHOD /path"}), or 0. */
  int takeError(String request) {
    if (errorsLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
      return errorStatus;
    }
    synchronized (this) {
      return targeted == null ? 0 : targeted.take(request);
    }
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

  private static final class Targeted {
    private final Pattern request;
    private int skip;
    private int count;
    private final int status;

    Targeted(Pattern request, int skip, int count, int status) {
      this.request = request;
      this.skip = skip;
      this.count = count;
      this.status = status;
    }

    int take(String line) {
      if (count == 0 || !request.matcher(line).matches()) {
        return 0;
      }
      if (skip > 0) {
        skip--;
        return 0;
      }
      count--;
      return status;
    }
  }
}
