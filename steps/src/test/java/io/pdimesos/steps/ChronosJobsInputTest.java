package io.pdimesos.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.core.rows.RowScenarios;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.steps.chronosinput.ChronosJobsInputMeta;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pentaho.di.core.row.ValueMetaInterface;

/**
 * Chronos Jobs Input against the emulator's Chronos 2.x and 3.x (whose API paths differ; the
 * step's version setting is left on auto): one row per job defined, with its last status from
 * graph/csv, filtered by a name pattern; a Chronos that is down becomes an error row.
 */
class ChronosJobsInputTest {
  @ParameterizedTest(name = "Chronos {0}.x")
  @ValueSource(ints = {2, 3})
  void oneRowPerJobWithItsLastStatusAndAPatternFilter(int major) throws Exception {
    try (ClusterSim sim = RowScenarios.chronosCluster(major)) {
      ChronosClient client = RowScenarios.chronosClient(sim);
      List<ChronosJob> defined = RowScenarios.chronosEtlJobs(client);

      ChronosJobsInputMeta meta = meta(sim);
      meta.settings().set(InputSettings.LEADER_URL_FIELD, "answered_by");
      InputRun run = InputRun.run(meta).assertSucceededAsDeclared();

      assertThat(run.rows).hasSize(client.listJobs(CancellationToken.none()).size())
          .hasSize(defined.size());
      Object[] load = run.rowWhere("name", "etl-load");
      assertThat(run.value(load, "last_status")).isEqualTo("success");
      assertThat(run.value(load, "state")).isEqualTo("idle");
      assertThat(run.value(load, "success_count")).isEqualTo(1L);
      assertThat(run.valueMeta("success_count").getType())
          .isEqualTo(ValueMetaInterface.TYPE_INTEGER);
      assertThat(run.value(load, "last_success")).isInstanceOf(Date.class);
      assertThat(run.valueMeta("last_success").getType()).isEqualTo(ValueMetaInterface.TYPE_DATE);
      assertThat(run.value(load, "cpus")).isEqualTo(0.1);
      assertThat(run.value(load, "disabled")).isEqualTo(false);
      Object[] extract = run.rowWhere("name", "etl-extract");
      assertThat(run.value(extract, "last_status")).isEqualTo("fresh");
      assertThat(run.value(extract, "last_success")).isNull();
      assertThat(run.value(extract, "container_image")).isEqualTo("busybox:1");
      assertThat(run.value(run.rowWhere("name", "report"), "parents"))
          .isEqualTo("etl-extract,etl-load");
      assertThat(run.column("answered_by")).containsOnly(sim.chronosUrls().get(0));

      ChronosJobsInputMeta etl = meta(sim);
      etl.settings().set(InputSettings.NAME_PATTERN, "etl-.*");
      assertThat(InputRun.run(etl).assertSucceededAsDeclared().column("name"))
          .containsExactlyInAnyOrder("etl-extract", "etl-load");
    }
  }

  @ParameterizedTest(name = "Chronos {0}.x down")
  @ValueSource(ints = {2, 3})
  void aChronosThatIsDownBecomesAnErrorRow(int major) {
    try (ClusterSim sim = ClusterSim.builder().agents(1).marathonInstances(0).chronosInstances(1)
        .chronosVersion(major).freePorts().build().start()) {
      ChronosJobsInputMeta meta = meta(sim);
      meta.settings().set(ConnectionSettings.CHRONOS_VERSION, String.valueOf(major));
      meta.settings().set(InputSettings.ERROR_FIELD, "error");
      sim.faults().chronosDown(1, true);
      InputRun run = InputRun.run(meta);
      assertThat(run.ok).isTrue();
      assertThat(run.rows).hasSize(1);
      assertThat((String) run.value(run.rows.get(0), "error")).isNotBlank();
      assertThat(run.value(run.rows.get(0), "name")).isNull();
    }
  }

  private static ChronosJobsInputMeta meta(ClusterSim sim) {
    ChronosJobsInputMeta meta = InputRun.meta(new ChronosJobsInputMeta(), "jobs",
        sim.chronosUrls());
    meta.settings().set(ConnectionSettings.CHRONOS_VERSION, "auto");
    return meta;
  }
}
