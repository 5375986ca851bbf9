package io.pdimesos.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StateBenchmarkOptionsTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    StateBenchmark.Options o = StateBenchmark.Options.parse(new String[0]);
    assertThat(o.sizes()).containsExactly(10_000, 50_000, 200_000);
    assertThat(o.repeats()).isEqualTo(10);
    assertThat(o.warmup()).isEqualTo(3);
    assertThat(o.heapSearch()).isTrue();
    assertThat(o.forkTimeoutSeconds()).isEqualTo(120);
    assertThat(o.variants()).containsExactly(StateReaders.values());
    assertThat(o.samples()).isFalse();
  }

  @Test
  void readsEveryOption() {
    StateBenchmark.Options o = StateBenchmark.Options.parse(new String[] {"--tasks", "1_000, 2000",
        "--repeats", "3", "--warmup", "0", "--no-heap", "--fork-timeout", "30",
        "--variants", "rows,bare", "--samples"});
    assertThat(o.sizes()).containsExactly(1_000, 2_000);
    assertThat(o.repeats()).isEqualTo(3);
    assertThat(o.warmup()).isZero();
    assertThat(o.heapSearch()).isFalse();
    assertThat(o.forkTimeoutSeconds()).isEqualTo(30);
    assertThat(o.variants()).containsExactly(StateReaders.ROWS, StateReaders.BARE);
    assertThat(o.samples()).isTrue();
  }

  @Test
  void theWaitAndBulkBenchmarksReadTheirOptions() {
    WaitBenchmark.Options w = WaitBenchmark.Options.parse(new String[] {"--trials", "7",
        "--speed", "5", "--check-cycle", "1000", "--warmup", "0"});
    assertThat(w).isEqualTo(new WaitBenchmark.Options(7, 0, 5, 1000));
    assertThat(WaitBenchmark.Options.parse(new String[0]).checkCycleMillis()).isEqualTo(5_000);

    BulkBenchmark.Options b = BulkBenchmark.Options.parse(new String[] {"--rows", "10",
        "--concurrency", "4,8", "--latency", "0"});
    assertThat(b.rows()).isEqualTo(10);
    assertThat(b.latencyMillis()).isZero();
    assertThat(b.concurrency()).as("1 is always measured: the speed-up is against it")
        .containsExactly(1, 4, 8);
    assertThatThrownBy(() -> BulkBenchmark.Options.parse(new String[] {"--concurrency", "64"}))
        .hasMessageContaining("--concurrency goes up to 32");
  }

  @Test
  void badOptionsNameWhatIsWrong() {
    assertThatThrownBy(() -> StateBenchmark.Options.parse(new String[] {"--fast"}))
        .hasMessageContaining("unknown option '--fast'");
    assertThatThrownBy(() -> StateBenchmark.Options.parse(new String[] {"--repeats", "0"}))
        .hasMessageContaining("--repeats wants a positive number, got '0'");
    assertThatThrownBy(() -> StateBenchmark.Options.parse(new String[] {"--tasks"}))
        .hasMessageContaining("--tasks needs a value");
    assertThatThrownBy(() -> StateBenchmark.Options.parse(new String[] {"--variants", "fast"}))
        .hasMessageContaining("unknown variant 'fast'");
  }
}
