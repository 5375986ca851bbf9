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
 * fixed {@code -Xmx} from {@link #LADDER_MB} (binary search, assuming more heap never hurts; near
 * the limit that is only roughly true, see docs/benchmarks.md), or tries one given heap
 * ({@link #tryHeap}, the input benchmark). A fresh JVM with a tight heap is the honest measure:
 * whatever the reader keeps alive, and nothing else, decides whether it fits. "Fits" means it read
 * every task with garbage collection taking at most {@link #MAX_GC_SHARE_PERCENT}% of the time.
 * The master stays in the parent JVM.
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
    Try atFit = null;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      Try outcome = tryHeap(variant.label(), tasks, LADDER_MB[mid]);
      forks++;
      if (outcome.fits()) {
        hi = mid;
        atFit = outcome;
      } else {
        lo = mid + 1;
      }
    }
    return lo == LADDER_MB.length ? new Fit(-1, -1, -1, forks)
        : new Fit(LADDER_MB[lo], atFit.peakUsedBytes(), atFit.gcPercent(), forks);
  }

  /**
   * One run in a fresh JVM with this heap.
   *
   * @param label a {@link StateReaders} or {@link InputPaths} label
   */
  Try tryHeap(String label, int tasks, int xmxMb) throws IOException, InterruptedException {
    // -Xms = -Xmx: a heap grown step by step from a small start costs the tree many extra full
    // collections on the way, which says nothing about how much it needs.
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + xmxMb + "m",
        "-Xms" + xmxMb + "m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
        "-cp", System.getProperty("java.class.path"), HeapProbe.class.getName(),
        url, label, Integer.toString(tasks)));
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
      return Try.failed("timeout " + timeoutSeconds + " s");
    }
    reader.join(5_000);
    String text = out.toString().trim();
    String[] words = text.isEmpty() ? new String[0] : text.split("\\s+");
    int n = words.length;
    // The child's last line is its verdict; anything before it is the reader's own logging.
    if (child.exitValue() == 0 && n >= 4 && "OK".equals(words[n - 4])
        && Long.parseLong(words[n - 3]) == tasks) {
      int gc = Integer.parseInt(words[n - 1]);
      return gc <= MAX_GC_SHARE_PERCENT ? new Try(true, Long.parseLong(words[n - 2]), gc, null)
          : Try.failed("GC " + gc + "%");
    }
    return Try.failed(child.exitValue() == THRASHING ? "GC > " + MAX_GC_SHARE_PERCENT + "%"
        : text.contains("OutOfMemoryError") ? "OutOfMemoryError"
        : "exit " + child.exitValue());
  }

  /** One fixed-heap run: whether it read every task within the GC limit, and at what peak. */
  record Try(boolean fits, long peakUsedBytes, int gcPercent, String failure) {
    static Try failed(String why) {
      return new Try(false, -1, -1, why);
    }
  }

  private static String javaExecutable() {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    return java.toString();
  }

  /**
   * Child side: {@code HeapProbe <url> <variant or input path> <tasks>}; prints
   * {@code OK <tasks> <peak heap bytes> <GC % of the time>}.
   * A heap only just big enough can still finish, after minutes of back-to-back collections; that
   * is no more usable than a failure. So the child gives up (exit {@value #THRASHING}) as soon
   * as garbage collection has taken more than {@value #MAX_GC_SHARE_PERCENT}% of its time.
   */
  public static void main(String[] args) throws Exception {
    InputPaths path = InputPaths.byLabel(args[1]);
    StateReaders variant = path == null ? StateReaders.byLabel(args[1]) : null;
    int tasks = Integer.parseInt(args[2]);
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long start = System.nanoTime();
    Thread watchdog = new Thread(() -> watchGcShare(start), "gc-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    Reading r = path != null ? path.read(args[0], tasks) : variant.read(args[0], tasks);
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
