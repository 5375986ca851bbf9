package io.pdimesos.core.rows;

import static io.pdimesos.core.rows.WeaveEntitiesEmulatorTest.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.cancel.Deadline;
import io.pdimesos.core.cancel.Waits;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.core.chronos.JobState;
import io.pdimesos.sim.ClusterSim;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Chronos jobs entity against the emulator's Chronos 2.x and 3.x: one row per job defined,
 * the parents of a dependent job, and the outcome of a run from graph/csv.
 */
class ChronosEntitiesEmulatorTest {
  private static final List<SourceField> F = ChronosEntities.JOB_FIELDS;

  @ParameterizedTest(name = "Chronos {0}.x")
  @ValueSource(ints = {2, 3})
  void oneRowPerDefinedJobWithItsLastStatus(int major) {
    try (ClusterSim sim = RowScenarios.chronosCluster(major)) {
      // AUTO: the reader must get the job list from the version probe's own answer.
      ChronosClient client = RowScenarios.chronosClient(sim);
      List<ChronosJob> defined = RowScenarios.chronosEtlJobs(client);

      CollectingSink sink = CollectingSink.collecting();
      List<ResponseInfo> answered = sink.answers;
      List<Record> rows = sink.records;
      EntityReader reader = ChronosEntities.reader(ChronosEntities.JOBS, client);
      long n = reader.read(RowFilter.NONE, sink, CancellationToken.none());

      assertThat(n).isEqualTo(rows.size()).isEqualTo(defined.size());
      assertThat(answered).hasSize(1);
      assertThat(sim.chronosUrls().get(0)).startsWith(answered.get(0).url().replaceFirst("/$",
          ""));
      Map<Object, Record> byName = rows.stream().collect(Collectors.toMap(
          r -> r.value(field(F, "name")), r -> r));
      assertThat(byName.keySet()).containsExactlyInAnyOrder("etl-extract", "etl-load", "report");

      Record load = byName.get("etl-load");
      assertThat(load.value(field(F, "last_status"))).isEqualTo("success");
      assertThat(load.value(field(F, "state"))).isEqualTo("idle");
      assertThat(load.value(field(F, "running_tasks"))).isEqualTo(0L);
      assertThat(load.value(field(F, "success_count"))).isEqualTo(1L);
      assertThat(load.value(field(F, "last_success"))).isInstanceOf(Date.class);
      assertThat(load.value(field(F, "cpus"))).isEqualTo(0.1);

      Record extract = byName.get("etl-extract");
      assertThat(extract.value(field(F, "last_status"))).isEqualTo("fresh");
      assertThat(extract.value(field(F, "last_success"))).isNull();
      assertThat(extract.value(field(F, "container_image"))).isEqualTo("busybox:1");
      // The server writes the schedule back normalised (milliseconds added).
      assertThat(extract.value(field(F, "schedule"))).asString()
          .matches("R/2099-01-01T00:00:00(\\.000)?Z/P1D");

      Record report = byName.get("report");
      assertThat(report.value(field(F, "parents"))).isEqualTo("etl-extract,etl-load");
      assertThat(report.value(field(F, "schedule"))).isNull();
      // The raw job JSON is the item: any pointer the user adds reaches the server's value.
      assertThat(report.value("/owner", FieldType.STRING)).isEqualTo("ops@example.com");

      // A run in progress: 2.x writes "running", 3.x "1 running"; both read as running, 1 task.
      client.upsert(RowScenarios.scheduled("long").command("sleep 600").build(),
          CancellationToken.none());
      client.runNow("long", null, CancellationToken.none());
      assertThat(Waits.until(() -> {
        JobState s = client.graph(CancellationToken.none()).state("long");
        return s != null && s.activity() == JobState.Activity.RUNNING ? s : null;
      }, Deadline.inMillis(15_000), 20, 200, CancellationToken.none())).isNotNull();
      List<Record> running = new ArrayList<>();
      reader.read(new RowFilter("", "", "", "long"), running::add, CancellationToken.none());
      assertThat(running).singleElement().satisfies(r -> {
        assertThat(r.value(field(F, "state"))).isEqualTo("running");
        assertThat(r.value(field(F, "running_tasks"))).isEqualTo(1L);
      });

      List<Record> etl = new ArrayList<>();
      long filtered = reader.read(new RowFilter("", "", "", "etl-.*"), etl::add,
          CancellationToken.none());
      assertThat(filtered).isEqualTo(2);
      assertThat(etl).extracting(r -> r.value(field(F, "name")))
          .containsExactlyInAnyOrder("etl-extract", "etl-load");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasks", "", "JOBS"})
  void anUnknownEntityNamesItAndTheValidOnes(String code) {
    assertThatThrownBy(() -> ChronosEntities.reader(code, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + code + "'").hasMessageContaining("jobs");
  }
}
