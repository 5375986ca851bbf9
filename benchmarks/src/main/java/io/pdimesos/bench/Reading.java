package io.pdimesos.bench;

/** One pass over a state: how many task rows, when the first arrived, when the pass ended. */
public record Reading(long tasks, long firstRowNanos, long totalNanos, long checksum) {

  /**
   * Counts rows and folds the fields a row would carry into a checksum, so neither variant's
   * field reads can be optimised away.
   */
  static final class Counter {
    private final long start;
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
      return new Reading(rows, firstRow, end - start, checksum);
    }
  }
}
