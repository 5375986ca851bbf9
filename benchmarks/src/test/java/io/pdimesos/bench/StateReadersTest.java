package io.pdimesos.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Both variants must see the same tasks, or comparing their times would mean nothing. */
class StateReadersTest {
  @RegisterExtension
  static final ServedState server = new ServedState();

  @Test
  void streamAndTreeReadTheSameTasks() throws Exception {
    int tasks = 3_001;
    Reading stream = StateReaders.STREAM.read(server.url(), tasks);
    Reading tree = StateReaders.TREE.read(server.url(), tasks);

    assertThat(stream.tasks()).isEqualTo(tasks);
    assertThat(tree.tasks()).isEqualTo(tasks);
    assertThat(stream.checksum()).as("same ids, states and agent ids").isEqualTo(tree.checksum())
        .isPositive();
    assertThat(stream.firstRowNanos()).isPositive().isLessThanOrEqualTo(stream.totalNanos());
    assertThat(tree.firstRowNanos()).isPositive().isLessThanOrEqualTo(tree.totalNanos());
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
