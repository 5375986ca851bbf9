package io.pdimesos.core.http;

/** Per-request time limits in milliseconds; 0 means no limit for that phase. */
public final class Timeouts {
  /** Marathon proxies to its leader with a 10 s idle timeout, so a longer read limit is no use. */
  private static final Timeouts DEFAULT = new Timeouts(5_000, 30_000, 60_000);

  private final long connectMillis;
  private final long readMillis;
  private final long callMillis;

  private Timeouts(long connectMillis, long readMillis, long callMillis) {
    this.connectMillis = requireNonNegative(connectMillis, "connect timeout");
    this.readMillis = requireNonNegative(readMillis, "read timeout");
    this.callMillis = requireNonNegative(callMillis, "call timeout");
  }

  public static Timeouts defaults() {
    return DEFAULT;
  }

  public static Timeouts of(long connectMillis, long readMillis, long callMillis) {
    return new Timeouts(connectMillis, readMillis, callMillis);
  }

  public long connectMillis() {
    return connectMillis;
  }

  public long readMillis() {
    return readMillis;
  }

  public long callMillis() {
    return callMillis;
  }

  private static long requireNonNegative(long v, String what) {
    if (v < 0) {
      throw new IllegalArgumentException("The " + what + " must not be negative: " + v);
    }
    return v;
  }

  @Override
  public String toString() {
    return "Timeouts{connect=" + connectMillis + "ms, read=" + readMillis + "ms, call="
        + callMillis + "ms}";
  }
}
