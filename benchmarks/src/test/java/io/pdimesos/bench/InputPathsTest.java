package io.pdimesos.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The step and REST Client + JSON Input must give the same rows, value for value, or comparing
 * their times and heaps would mean nothing.
 */
class InputPathsTest {
  private static final int TASKS = 120;
  @RegisterExtension
  static final ServedState server = new ServedState();

  @Test
  void stepAndRestPlusJsonInputGiveTheSameRows() throws Exception {
    List<Object[]> step = rows(InputPaths.STEP);
    List<Object[]> diy = rows(InputPaths.REST_JSON);

    assertThat(step).hasSize(TASKS);
    assertThat(diy).hasSize(TASKS);
    for (int i = 0; i < TASKS; i++) {
      assertThat(step.get(i)).as("row %d", i).containsExactly(diy.get(i));
    }
    // Values from the generator's template (the 1.8.0 capture's marathon task), so a path that
    // yielded nulls or another order everywhere would still fail.
    assertThat(step.get(7)).containsExactly("bench.task-7", "test", "TASK_RUNNING",
        "31953f3e-15f7-4f83-8d94-c2384f40b723-0000", "31953f3e-15f7-4f83-8d94-c2384f40b723-S1",
        "slave_public", 0.1, 128.0, 0.0, "[12564-12564]", "TASK_STARTING", "MESOS");
  }

  @Test
  void timedReadsCountEveryRowAndTheFirstBeforeTheLast() throws Exception {
    for (InputPaths p : InputPaths.values()) {
      Reading r = InputBenchmark.checked(p, server.url(), TASKS);
      assertThat(r.tasks()).as(p.label()).isEqualTo(TASKS);
      assertThat(r.firstRowNanos()).as(p.label()).isPositive()
          .isLessThanOrEqualTo(r.totalNanos());
    }
  }

  @Test
  void aMissingStateFailsBothPaths() {
    assertThatThrownBy(() -> InputPaths.REST_JSON.rows(server.url() + "/nope", TASKS, r -> {}))
        .hasMessageContaining("404");
    assertThatThrownBy(() -> InputPaths.STEP.rows(server.url() + "/nope", TASKS, r -> {}))
        .hasMessageContaining("step failed");
  }

  @Test
  void optionsParse() {
    InputBenchmark.Options o = InputBenchmark.Options.parse(new String[] {"--tasks", "1_000,2000",
        "--repeats", "5", "--heaps", "32", "--budget", "9"});
    assertThat(o.sizes()).containsExactly(1_000, 2_000);
    assertThat(o.repeats()).isEqualTo(5);
    assertThat(o.heapsMb()).containsExactly(32);
    assertThat(o.budgetSeconds()).isEqualTo(9);
    assertThat(InputBenchmark.Options.parse(new String[] {"--no-heap"}).heapsMb()).isEmpty();
    assertThat(o.paths()).containsExactly(InputPaths.values());
    assertThat(InputBenchmark.Options.parse(new String[] {"--paths", "step"}).paths())
        .containsExactly(InputPaths.STEP);
    assertThatThrownBy(() -> InputBenchmark.Options.parse(new String[] {"--paths", "spoon"}))
        .hasMessageContaining("unknown path 'spoon'");
    assertThatThrownBy(() -> InputBenchmark.Options.parse(new String[] {"--heaps", "0"}))
        .hasMessageContaining("--heaps");
  }

  /** The row values of one path, without the slack PDI may allocate past the fields. */
  private static List<Object[]> rows(InputPaths p) throws Exception {
    List<Object[]> rows = new ArrayList<>();
    long n = p.rows(server.url(), TASKS, row -> {
      for (int i = InputPaths.FIELDS.size(); i < row.length; i++) {
        assertThat(row[i]).as("slack past the fields").isNull();
      }
      rows.add(Arrays.copyOf(row, InputPaths.FIELDS.size()));
    });
    assertThat(n).isEqualTo(rows.size());
    return rows;
  }
}
