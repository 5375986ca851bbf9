package io.pdimesos.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.rows.MesosEntities;
import io.pdimesos.core.rows.RowFilter;
import io.pdimesos.steps.OutputFields;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The ceiling must make the rows the step makes, value for value, or timing the two side by side
 * would compare different work.
 */
class BareScanTest {
  private static final int TASKS = 1_234;
  @RegisterExtension
  static final ServedState server = new ServedState();

  @Test
  void theBareScanGivesTheStepsDefaultTaskRows() throws Exception {
    List<Object[]> bare = new ArrayList<>();
    long n = BareScan.rows(server.url(), TASKS, bare::add);

    MesosClient mesos = new MesosClient(StateReaders.settings(server.url(), TASKS),
        ProgressListener.NONE);
    OutputFields fields = OutputFields.of(List.of(),
        MesosEntities.defaultFields(MesosEntities.TASKS));
    List<Object[]> rows = new ArrayList<>();
    MesosEntities.reader(MesosEntities.TASKS, mesos).read(RowFilter.NONE,
        fields.fields(), r -> {
      Object[] row = new Object[fields.size()];
      fields.fill(r, row, 0);
      return rows.add(row);
    }, CancellationToken.none());

    assertThat(fields.size()).isEqualTo(BareScan.FIELDS);
    assertThat(n).isEqualTo(TASKS);
    assertThat(rows).hasSize(TASKS);
    for (int i = 0; i < TASKS; i++) {
      assertThat(bare.get(i)).as("row %d", i).containsExactly(rows.get(i));
    }
    // Spot values from the generator's template, so two paths both yielding nulls would fail.
    assertThat(bare.get(3)).contains("bench.task-3", "TASK_RUNNING", "active", "marathon-0",
        "9.0.2.2", 0.1, 128.0, "[12564-12564]", "{\"DCOS_SPACE\":\"/test\"}");
  }
}
