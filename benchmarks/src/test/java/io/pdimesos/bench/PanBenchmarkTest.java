package io.pdimesos.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.bench.PanBenchmark.Run;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the Pan benchmark reads from its runs (the JVM's GC log, the probe's report) and how it
 * sums them up. The GC lines are as JDK 17's {@code -Xlog:gc} wrote them in the benchmark's runs
 * (G1, PDI's default) and in a serial-collector run.
 */
class PanBenchmarkTest {
  private static final List<String> G1_LOG = List.of(
      "[0.004s][info][gc] Using G1",
      "[1.111s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 52M->9M(1026M) 12.004ms",
      "[1.732s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 54M->13M(1026M) 23.461ms",
      "[2.210s][info][gc] GC(2) Pause Young (Concurrent Start) (G1 Humongous Allocation) 700M->690M(2048M) 3.5ms",
      "[2.212s][info][gc] GC(3) Concurrent Mark Cycle",
      "[2.398s][info][gc] GC(3) Pause Remark 1200M->1100M(2048M) 1.250ms",
      "[2.401s][info][gc] GC(3) Pause Cleanup 1100M->1100M(2048M) 0.100ms",
      "[2.450s][info][gc] GC(3) Concurrent Mark Cycle 237.802ms",
      "[3.100s][info][gc] GC(4) Pause Full (G1 Compaction Pause) 2047M->1900M(2048M) 812.500ms");

  @Test
  void theGcLogGivesThePeakBeforeAndTheLiveHeapAfterCollections() {
    GcLog gc = GcLog.parse(G1_LOG);
    assertThat(gc.collections()).isEqualTo(6); // the concurrent cycle's lines are not pauses
    assertThat(gc.fullCollections()).isEqualTo(1);
    assertThat(gc.peakBeforeBytes()).isEqualTo(2047L << 20);
    assertThat(gc.maxAfterBytes()).isEqualTo(1900L << 20);
    assertThat(gc.maxHeapBytes()).isEqualTo(2048L << 20);
    assertThat(gc.pauseMillis()).isCloseTo(12.004 + 23.461 + 3.5 + 1.25 + 0.1 + 812.5,
        org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void thePeakIsTheUseAtTheEndWhenThatIsLarger() {
    GcLog gc = GcLog.parse(List.of(
        "[0.5s][info][gc] GC(0) Pause Young (Allocation Failure) 8192K->2048K(30720K) 3.1ms"));
    assertThat(gc.peakBeforeBytes()).isEqualTo(8L << 20);
    assertThat(gc.peakBytes(5L << 20)).isEqualTo(8L << 20);
    assertThat(gc.peakBytes(40L << 20)).isEqualTo(40L << 20);
    assertThat(GcLog.parse(List.of("[0.004s][info][gc] Using G1")).collections()).isZero();
  }

  @Test
  void aReportGivesTimesRowsAndSamples() {
    ProbeReport r = ProbeReport.parse(List.of(
        "sample\t0\tid\tString\tbench.task-0",
        "sample\t0\texecutor_id\tString\t",
        "sample\t0\tcpus\tNumber\t0.1",
        "rows 3", "first_row_ms 12.5", "last_row_ms 40.25", "finished_ms 41.0", "errors 0",
        "heap_used_end 1048576", "done"));
    assertThat(r.done()).isTrue();
    assertThat(r.rows()).isEqualTo(3);
    assertThat(r.firstRowMs()).isEqualTo(12.5);
    assertThat(r.lastRowMs()).isEqualTo(40.25);
    assertThat(r.heapUsedEnd()).isEqualTo(1 << 20);
    assertThat(r.samples().get(0L)).containsEntry("executor_id",
        new ProbeReport.Sampled("String", ""));
    assertThat(r.complete(3)).isTrue();
    assertThat(r.complete(4)).isFalse();
  }

  @Test
  void aRunThatFailedOrDiedIsNotComplete() {
    ProbeReport failed = ProbeReport.parse(List.of("rows 0", "errors 1",
        "log 2026/12/08 - Tasks by JsonPath.0 - ERROR : java.lang.OutOfMemoryError: Java heap space",
        "heap_used_end 5", "done"));
    assertThat(failed.complete(0)).isFalse();
    assertThat(failed.problems()).singleElement().asString().contains("OutOfMemoryError");
    // Not PDI's log format: the line is the failure as it is.
    assertThat(failed.failure()).isEqualTo(failed.problems().get(0));
    ProbeReport killed = ProbeReport.parse(List.of("sample\t0\tid\tString\tx"));
    assertThat(killed.done()).isFalse();
    assertThat(killed.complete(1)).isFalse();
  }

  @Test
  void aFailureIsTheOutOfMemoryErrorElseTheFirstProblemCutToStepAndMessage() {
    // As PDI 9.4 logged them when JSON Input ran out of heap, and 11.0 when a step was missing.
    ProbeReport oom = ProbeReport.parse(List.of(
        "log 2026/12/08 02:14:36 - Tasks by JsonPath.0 - ERROR (version 9.4.0.0-343) : UnexpectedError: ",
        "log 2026/12/08 02:14:37 - Tasks by JsonPath.0 - ERROR (version 9.4.0.0-343) : java.lang.OutOfMemoryError: Java heap space",
        "log 2026/12/08 02:14:37 - rest-client-json-input - ERROR (version 9.4.0.0-343) : Errors detected!",
        "done"));
    assertThat(oom.failure()).isEqualTo("Tasks by JsonPath.0: java.lang.OutOfMemoryError: Java heap space");
    ProbeReport missing = ProbeReport.parse(List.of(
        "log 2026-12-08 02:05:09.842 - GET state.0 - ERROR (version 11.0.0.0-237) : Can't run transformation due to plugin missing",
        "error org.pentaho.di.core.exception.KettleException:  We failed to initialize at least one step.",
        "done"));
    assertThat(missing.failure()).isEqualTo("GET state.0: Can't run transformation due to plugin missing");
    assertThat(ProbeReport.parse(List.of("done")).failure()).isNull();
  }

  @Test
  void theSpotCheckComparesFieldsOfTheSameNameAndType() {
    ProbeReport bare = ProbeReport.parse(List.of("sample\t0\tid\tString\ta",
        "sample\t0\texecutor_id\tString\tnull", "sample\t0\tcpus\tNumber\t0.1",
        "sample\t0\tlast_status_time\tDate\t1542770516401", "sample\t5\tid\tString\tb"));
    ProbeReport same = ProbeReport.parse(List.of("sample\t0\tid\tString\ta",
        "sample\t0\texecutor_id\tString\t", "sample\t0\tcpus\tNumber\t0.1",
        "sample\t0\tlast_status_time\tNumber\t1.542770516401042E9", "sample\t5\tid\tString\tb"));
    ProbeReport.Comparison c = ProbeReport.compare(bare, same);
    // An empty string is PDI's null; a Date against a Number is not compared.
    assertThat(c.differences()).isEmpty();
    assertThat(c.fields()).containsExactly("cpus", "executor_id", "id");

    ProbeReport other = ProbeReport.parse(List.of("sample\t0\tid\tString\ta",
        "sample\t0\tcpus\tNumber\t0.2"));
    assertThat(ProbeReport.compare(bare, other).differences())
        .containsExactly("row 0 cpus: 0.1 vs 0.2", "row 5 was sampled in one run only");
  }

  @Test
  void theTableGivesMediansAndRatiosAndAFailureWithItsHeap() {
    Run bare1 = run(PanVariant.BARE, 100, 400, 50, null);
    Run bare2 = run(PanVariant.BARE, 120, 600, 50, null);
    Run step = run(PanVariant.STEP, 200, 1000, 100, null);
    assertThat(PanTable.row(10_000, 16.3, PanVariant.STEP, List.of(step)))
        .startsWith("| 10,000 | 16.3 | Mesos State Input | 1 of 1 | 200 | 1,000 | 1,000–1,000 "
            + "| 10,000 | 100 |");
    assertThat(PanTable.ratioRow(10_000, PanVariant.STEP, List.of(bare1, bare2), List.of(step)))
        .isEqualTo("| 10,000 | Mesos State Input | 0.50 | 0.55 | 2.00 | 2.00 |");

    Run oom = run(PanVariant.REST_JSON, -1, -1, 2047,
        "java.lang.OutOfMemoryError: Java heap space");
    assertThat(PanTable.row(200_000, 325.6, PanVariant.REST_JSON, List.of(oom)))
        .contains("| 0 of 1 | failed after 1 s: java.lang.OutOfMemoryError: Java heap space (peak "
            + "heap 2047 MB in a heap of 2048 MB; 1 GCs, 0 of them full)");
    assertThat(PanTable.ratioRow(200_000, PanVariant.REST_JSON, List.of(bare1), List.of(oom)))
        .contains("| failed |");
  }

  @Test
  void optionsHaveTheDocumentedDefaults() {
    PanBenchmark.Options o = PanBenchmark.Options.parse(new String[0]);
    assertThat(o.sizes()).containsExactly(10_000, 50_000, 200_000);
    assertThat(o.rounds()).isEqualTo(3);
    assertThat(o.javaOptions()).isEqualTo("-Xms1024m -Xmx2048m");
    assertThat(o.variants()).containsExactly(PanVariant.values());
    PanBenchmark.Options chosen = PanBenchmark.Options.parse(new String[] {"--tasks", "1000",
        "--variants", "step,http", "--timeout", "60", "--java-options", "-Xmx512m"});
    assertThat(chosen.variants()).containsExactly(PanVariant.BARE, PanVariant.STEP,
        PanVariant.HTTP_JSON);
    assertThat(chosen.timeoutSeconds()).isEqualTo(60);
    assertThatThrownBy(() -> PanBenchmark.Options.parse(new String[] {"--variants", "tree"}))
        .hasMessageContaining("unknown variant 'tree'");
  }

  /** A run whose GC log saw one collection leaving {@code heapMb} live, and peaking there. */
  private static Run run(PanVariant v, double firstMs, double lastMs, long heapMb, String failure) {
    ProbeReport report = ProbeReport.parse(List.of("rows 1", "first_row_ms " + firstMs,
        "last_row_ms " + lastMs, "errors 0", "heap_used_end 0", "done"));
    GcLog gc = GcLog.parse(List.of("[1s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) "
        + heapMb + "M->" + heapMb + "M(2048M) 1.0ms"));
    return new Run(v, 1, report, gc, 1000, failure, Path.of("runs/001"));
  }
}
