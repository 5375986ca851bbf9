package io.pdimesos.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every variant must see the same tasks, or comparing their times would mean nothing. */
class StateReadersTest {
  @RegisterExtension
  static final ServedState server = new ServedState();

  @Test
  void everyVariantReadsEveryTaskAndTheRowPathsTheSameRows() throws Exception {
    int tasks = 1_001;
    for (StateReaders v : StateReaders.values()) {
      Reading r = v.read(server.url(), tasks);
      assertThat(r.tasks()).as(v.label()).isEqualTo(tasks);
      assertThat(r.firstRowNanos()).as(v.label()).isPositive()
          .isLessThanOrEqualTo(r.totalNanos());
    }
    // bare and rows fold the same sixteen values of every row into their checksums
    assertThat(StateReaders.ROWS.read(server.url(), tasks).checksum())
        .isEqualTo(StateReaders.BARE.read(server.url(), tasks).checksum()).isNotZero();
  }

  @Test
  void aFailedReadFailsWithTheStatus() {
    assertThatThrownBy(() -> StateBenchmark.checked(StateReaders.TREE, server.url() + "/nope", 5))
        .hasMessageContaining("404");
  }

  @Test
  void statsTakeMedianAndNearestRankPercentiles() {
    Stats s = Stats.of(new double[] {5, 1, 4, 2, 3, 10, 6, 7, 9, 8});
    assertThat(s.median()).isEqualTo(5.5);
    assertThat(s.p10()).isEqualTo(1);
    assertThat(s.p90()).isEqualTo(9);
  }
}
