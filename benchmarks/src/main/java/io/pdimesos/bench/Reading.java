package io.pdimesos.bench;

/**
 * One pass over a state: how many task rows, when the first arrived, when the pass ended, and
 * how much CPU the reading thread used (less disturbed than wall time by a busy machine; -1 when
 * not measured).
 */
public record Reading(long tasks, long firstRowNanos, long totalNanos, long checksum,
    long cpuNanos) {
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /** CPU time of the calling thread, or -1 when the JVM cannot tell. */
  static long threadCpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
  }

  /**
   * Counts rows and folds the fields a row would carry into a checksum, so neither variant's
   * field reads can be optimised away.
   */
  static final class Counter {
    private final long start;
    private final long startCpu = threadCpuNanos();
    private long rows;
    private long firstRow = -1;
    private long checksum;

    Counter(long start) {
      this.start = start;
    }

    void row(String id, String state, String agentId) {
      if (firstRow < 0) {
        firstRow = System.nanoTime() - start;
      }
      rows++;
      checksum += id.length() + state.length() + agentId.length();
    }

    /** A row that carries nothing to fold in (a visitor that only counts). */
    void task() {
      if (firstRow < 0) {
        firstRow = System.nanoTime() - start;
      }
      rows++;
    }

    /** A row of any fields, folded into the checksum by their hash codes. */
    void row(Object[] values) {
      if (firstRow < 0) {
        firstRow = System.nanoTime() - start;
      }
      rows++;
      for (Object v : values) {
        checksum += v == null ? 0 : v.hashCode();
      }
    }

    Reading done(long end) {
      long cpu = threadCpuNanos();
      return new Reading(rows, firstRow, end - start, checksum,
          cpu < 0 || startCpu < 0 ? -1 : cpu - startCpu);
    }
  }
}
