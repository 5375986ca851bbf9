package io.pdimesos.bench;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a JVM's own garbage-collection log ({@code -Xlog:gc}, JDK 9 and later) says about its heap:
 * every collection logs the heap in use before it, after it, and the heap's size, e.g.
 * {@code GC(3) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(1024M) 4.321ms}. Between two
 * collections the heap in use only grows, so its peak over a run is the largest "before" or the
 * use measured at the end; the largest "after" is the most data the run kept alive at a
 * collection (the live set, as far as collections happened to look).
 *
 * @param collections collections logged (pauses with a heap figure)
 * @param fullCollections of those, full collections: the collector's last resort
 * @param peakBeforeBytes the largest heap in use just before a collection (0 when none ran)
 * @param maxAfterBytes the largest heap left after a collection (0 when none ran)
 * @param maxHeapBytes the largest size the heap had
 * @param pauseMillis the pauses' total
 */
record GcLog(int collections, int fullCollections, long peakBeforeBytes, long maxAfterBytes,
    long maxHeapBytes, double pauseMillis) {
  private static final Pattern PAUSE = Pattern.compile(
      "GC\\(\\d+\\) (Pause .*?) (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\) ([0-9.]+)ms");

  static GcLog parse(List<String> lines) {
    int collections = 0;
    int full = 0;
    long before = 0;
    long after = 0;
    long heap = 0;
    double pauses = 0;
    for (String line : lines) {
      Matcher m = PAUSE.matcher(line);
      if (!m.find()) {
        continue;
      }
      collections++;
      if (m.group(1).startsWith("Pause Full")) {
        full++;
      }
      before = Math.max(before, bytes(m.group(2), m.group(3)));
      after = Math.max(after, bytes(m.group(4), m.group(5)));
      heap = Math.max(heap, bytes(m.group(6), m.group(7)));
      pauses += Double.parseDouble(m.group(8));
    }
    return new GcLog(collections, full, before, after, heap, pauses);
  }

  /** The peak heap in use over the run, given the use measured at its end. */
  long peakBytes(long usedAtEnd) {
    return Math.max(peakBeforeBytes, usedAtEnd);
  }

  private static long bytes(String number, String unit) {
    long n = Long.parseLong(number);
    return switch (unit) {
      case "K" -> n << 10;
      case "M" -> n << 20;
      default -> n << 30;
    };
  }
}
