package io.pdimesos.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Finds the smallest heap a variant needs, by running it once in a fresh JVM per try with a
 * fixed {@code -Xmx} from {@link #LADDER_MB} (binary search, assuming more heap never hurts;
 * near the limit that is only roughly true, see docs/benchmarks.md). A fresh JVM with a tight heap is the honest measure: whatever the reader keeps alive, and
 * nothing else, decides whether it fits. "Fits" means it read every task with garbage collection
 * taking at most {@link #MAX_GC_SHARE_PERCENT}% of the time. The master stays in the parent JVM.
 */
final class HeapProbe {
  static final int[] LADDER_MB = {6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768,
      1024, 1536, 2048, 3072, 4096, 6144, 8192};
  static final int MAX_GC_SHARE_PERCENT = 50;
  private static final int THRASHING = 4;

  /** The smallest heap that worked, or {@code xmxMb < 0} when even the largest did not. */
  record Fit(int xmxMb, long peakUsedBytes, int gcPercent, int forks) {}

  private final String url;
  private final long timeoutSeconds;

  HeapProbe(String url, long timeoutSeconds) {
    this.url = url;
    this.timeoutSeconds = timeoutSeconds;
  }

  Fit smallestHeap(StateReaders variant, int tasks) throws IOException, InterruptedException {
    int lo = 0;
    int hi = LADDER_MB.length;
    int forks = 0;
    long[] atFit = null;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      long[] outcome = runChild(variant, tasks, LADDER_MB[mid]);
      forks++;
      if (outcome != null) {
        hi = mid;
        atFit = outcome;
      } else {
        lo = mid + 1;
      }
    }
    return lo == LADDER_MB.length ? new Fit(-1, -1, -1, forks)
        : new Fit(LADDER_MB[lo], atFit[0], (int) atFit[1], forks);
  }

  /** @return the child's peak heap use and GC percentage when it read all tasks, else null */
  private long[] runChild(StateReaders variant, int tasks, int xmxMb)
      throws IOException, InterruptedException {
    // -Xms = -Xmx: a heap grown step by step from a small start costs the tree many extra full
    // collections on the way, which says nothing about how much it needs.
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + xmxMb + "m",
        "-Xms" + xmxMb + "m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
        "-cp", System.getProperty("java.class.path"), HeapProbe.class.getName(),
        url, variant.label(), Integer.toString(tasks)));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    // Read the output on the side, so a chatty child can never block on a full pipe.
    StringBuilder out = new StringBuilder();
    Thread reader = new Thread(() -> {
      try {
        out.append(new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException ignored) {
        // the child is gone; its exit code tells the outcome
      }
    });
    reader.start();
    if (!child.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      child.destroyForcibly().waitFor();
      reader.join(5_000);
      return null;
    }
    reader.join(5_000);
    String[] words = out.toString().trim().split("\\s+");
    if (child.exitValue() == 0 && words.length == 4 && "OK".equals(words[0])
        && Long.parseLong(words[1]) == tasks
        && Long.parseLong(words[3]) <= MAX_GC_SHARE_PERCENT) {
      return new long[] {Long.parseLong(words[2]), Long.parseLong(words[3])};
    }
    return null;
  }

  private static String javaExecutable() {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    return java.toString();
  }

  /**
   * Child side: {@code HeapProbe <url> <variant> <tasks>}; prints
   * {@code OK <tasks> <peak heap bytes> <GC % of the time>}.
   * A heap only just big enough can still finish, after minutes of back-to-back collections; that
   * is no more usable than a failure. So the child gives up (exit {@value #THRASHING}) as soon
   * as garbage collection has taken more than {@value #MAX_GC_SHARE_PERCENT}% of its time.
   */
  public static void main(String[] args) throws Exception {
    StateReaders variant = StateReaders.byLabel(args[1]);
    int tasks = Integer.parseInt(args[2]);
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long start = System.nanoTime();
    Thread watchdog = new Thread(() -> watchGcShare(start), "gc-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    Reading r = variant.read(args[0], tasks);
    double gcShare = gcShare(start);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("OK " + r.tasks() + " " + peak + " " + Math.round(gcShare * 100));
    System.exit(0);
  }

  private static void watchGcShare(long start) {
    while (true) {
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        return;
      }
      // The first second is too short to judge: startup itself collects a few times.
      if (System.nanoTime() - start > 1_000_000_000L
          && gcShare(start) > MAX_GC_SHARE_PERCENT / 100.0) {
        Runtime.getRuntime().halt(THRASHING);
      }
    }
  }

  private static double gcShare(long start) {
    long gcMillis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcMillis += Math.max(0, gc.getCollectionTime());
    }
    return gcMillis / ((System.nanoTime() - start) / 1e6);
  }
}
