package io.pdimesos.bench;

import io.pdimesos.bench.PanBenchmark.Run;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The Pan benchmark's table rows: medians over a variant's finished runs, the largest heaps any
 * of them had, and the ratios to the bare scan. A variant whose run failed shows what happened,
 * with the heap it had, instead of numbers.
 */
final class PanTable {
  private PanTable() {}

  static String row(int tasks, double bodyMb, PanVariant variant, List<Run> runs) {
    List<Run> ok = runs.stream().filter(Run::ok).toList();
    String failure = runs.stream().filter(r -> !r.ok()).map(PanTable::failure).findFirst()
        .orElse(null);
    String head = String.format(Locale.ROOT, "| %,d | %.1f | %s | %d of %d |", tasks, bodyMb,
        variant.label(), ok.size(), runs.size());
    if (ok.isEmpty()) {
      return head + " " + (failure == null ? "not run" : failure) + " | | | | | | | |";
    }
    Stats last = stats(ok, r -> r.report().lastRowMs());
    return head + String.format(Locale.ROOT, " %s | %s | %s–%s | %,.0f | %d | %s | %s | %.1f |",
        StateBenchmark.ms(stats(ok, r -> r.report().firstRowMs()).median()),
        StateBenchmark.ms(last.median()), StateBenchmark.ms(last.p10()),
        StateBenchmark.ms(last.p90()), tasks / (last.median() / 1000),
        max(ok, r -> peakBytes(r)) >> 20, liveMb(ok),
        gcs(ok), stats(ok, r -> r.wallMs()).median() / 1000)
        + (failure == null ? "" : " " + failure);
  }

  /** Time: bare median ÷ variant median (1.0 = the ceiling). Heap: variant ÷ bare (× the ceiling's). */
  static String ratioRow(int tasks, PanVariant variant, List<Run> bare, List<Run> runs) {
    List<Run> ok = runs.stream().filter(Run::ok).toList();
    List<Run> okBare = bare.stream().filter(Run::ok).toList();
    if (ok.isEmpty() || okBare.isEmpty()) {
      return String.format(Locale.ROOT, "| %,d | %s | %s | | | |", tasks, variant.label(),
          ok.isEmpty() ? "failed" : "no bare scan");
    }
    return String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s |", tasks, variant.label(),
        ratio(stats(okBare, r -> r.report().lastRowMs()).median(),
            stats(ok, r -> r.report().lastRowMs()).median()),
        ratio(stats(okBare, r -> r.report().firstRowMs()).median(),
            stats(ok, r -> r.report().firstRowMs()).median()),
        ratio(max(ok, PanTable::peakBytes), max(okBare, PanTable::peakBytes)),
        ratio(max(ok, r -> r.gc().maxAfterBytes()), max(okBare, r -> r.gc().maxAfterBytes())));
  }

  /** What failed, with the heap the run had: the table's answer for that variant. */
  static String failure(Run r) {
    return String.format(Locale.ROOT,
        "failed after %.0f s: %s (peak heap %d MB in a heap of %d MB; %d GCs, %d of them full)",
        r.wallMs() / 1000, r.failure(), peakBytes(r) >> 20, r.gc().maxHeapBytes() >> 20,
        r.gc().collections(), r.gc().fullCollections());
  }

  private static long peakBytes(Run r) {
    return r.gc().peakBytes(Math.max(0, r.report().heapUsedEnd()));
  }

  /** "n/a" when no run collected: then no live heap was seen. */
  private static String liveMb(List<Run> runs) {
    long live = max(runs, r -> r.gc().maxAfterBytes());
    return live == 0 ? "no GC" : Long.toString(live >> 20);
  }

  private static String gcs(List<Run> runs) {
    return String.format(Locale.ROOT, "%d (%d)", (long) max(runs, r -> r.gc().collections()),
        (long) max(runs, r -> r.gc().fullCollections()));
  }

  private static Stats stats(List<Run> runs, ToDoubleFunction<Run> value) {
    return Stats.of(runs.stream().mapToDouble(value).toArray());
  }

  private static long max(List<Run> runs, java.util.function.ToLongFunction<Run> value) {
    return runs.stream().mapToLong(value).max().orElse(0);
  }

  private static String ratio(double a, double b) {
    return Double.isNaN(a) || Double.isNaN(b) || a == 0 || b == 0 ? "n/a"
        : String.format(Locale.ROOT, "%.2f", a / b);
  }
}
