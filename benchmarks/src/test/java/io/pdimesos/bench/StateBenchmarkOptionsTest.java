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
  }

  @Test
  void readsEveryOption() {
    StateBenchmark.Options o = StateBenchmark.Options.parse(new String[] {"--tasks", "1_000, 2000",
        "--repeats", "3", "--warmup", "0", "--no-heap", "--fork-timeout", "30"});
    assertThat(o.sizes()).containsExactly(1_000, 2_000);
    assertThat(o.repeats()).isEqualTo(3);
    assertThat(o.warmup()).isZero();
    assertThat(o.heapSearch()).isFalse();
    assertThat(o.forkTimeoutSeconds()).isEqualTo(30);
  }

  @Test
  void badOptionsNameWhatIsWrong() {
    assertThatThrownBy(() -> StateBenchmark.Options.parse(new String[] {"--fast"}))
        .hasMessageContaining("unknown option '--fast'");
    assertThatThrownBy(() -> StateBenchmark.Options.parse(new String[] {"--repeats", "0"}))
        .hasMessageContaining("--repeats wants a positive number, got '0'");
    assertThatThrownBy(() -> StateBenchmark.Options.parse(new String[] {"--tasks"}))
        .hasMessageContaining("--tasks needs a value");
  }
}
