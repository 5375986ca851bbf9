package io.pdimesos.steps;

import static io.pdimesos.steps.InputRun.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.marathon.DeploymentResult;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.rows.RowScenarios;
import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.SimFaults;
import io.pdimesos.sim.model.SimTask;
import io.pdimesos.steps.marathoninput.MarathonAppsInputMeta;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pentaho.di.core.row.ValueMetaInterface;

/**
 * Marathon Apps Input against the emulator: two healthy apps under /etl and /web and one that
 * cannot be placed (64 CPUs), so a deployment and a queue entry stay open. Row counts equal the
 * emulator's model; a Marathon that is down becomes an error row or fails the step.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarathonAppsInputTest {
  private ClusterSim sim;
  private MarathonClient client;
  private DeploymentResult hugeDeployment;

  @BeforeAll
  void startSim() {
    sim = RowScenarios.marathonCluster();
    client = RowScenarios.marathonClient(sim);
    hugeDeployment = RowScenarios.marathonEtlAndWebApps(client);
  }

  @AfterAll
  void stopSim() {
    sim.close();
  }

  private MarathonAppsInputMeta meta(String entity) {
    return InputRun.meta(new MarathonAppsInputMeta(), entity, sim.marathonUrls());
  }

  private List<SimTask> simMarathonTasks() {
    String marathon = sim.model().frameworks().stream().filter(f -> f.name.equals("marathon"))
        .findFirst().orElseThrow().id;
    return sim.model().liveTasks().stream().filter(t -> t.frameworkId.equals(marathon))
        .collect(Collectors.toList());
  }

  @Test
  void appsAreTheDeployedOnesWithTypedValues() throws Exception {
    InputRun run = InputRun.run(meta("apps")).assertSucceededAsDeclared();

    assertThat(run.column("id")).containsExactlyInAnyOrder("/etl/huge", "/etl/load", "/web/front");
    Object[] load = run.rowWhere("id", "/etl/load");
    assertThat(run.value(load, "instances")).isEqualTo(2L);
    assertThat(run.valueMeta("instances").getType()).isEqualTo(ValueMetaInterface.TYPE_INTEGER);
    assertThat(run.value(load, "tasks_healthy")).isEqualTo(2L);
    assertThat(run.value(load, "cpus")).isEqualTo(0.1);
    assertThat(run.value(load, "labels")).isEqualTo("{\"team\":\"data\"}");
    assertThat(run.value(load, "version")).isInstanceOf(Date.class);
    assertThat(run.valueMeta("version").getType()).isEqualTo(ValueMetaInterface.TYPE_DATE);
    assertThat(run.value(run.rowWhere("id", "/etl/huge"), "deployments"))
        .isEqualTo(hugeDeployment.deploymentId());
  }

  @Test
  void appsFilterByIdPrefix() throws Exception {
    MarathonAppsInputMeta etl = meta("apps");
    etl.settings().set(InputSettings.ID_PREFIX, "/etl");
    InputRun run = InputRun.run(etl).assertSucceededAsDeclared();
    assertThat(run.column("id")).containsExactlyInAnyOrder("/etl/huge", "/etl/load");
  }

  @Test
  void tasksAreTheModelsWithHealthAndAddresses() throws Exception {
    List<SimTask> model = simMarathonTasks();
    InputRun run = InputRun.run(meta("tasks")).assertSucceededAsDeclared();

    assertThat(run.rows).hasSize(model.size()).hasSize(3);
    SimTask loadTask = model.stream().filter(t -> t.hostPorts.size() == 2).findFirst()
        .orElseThrow();
    Object[] r = run.rowWhere("id", loadTask.id);
    assertThat(run.value(r, "app_id")).isEqualTo("/etl/load");
    assertThat(run.value(r, "ip_addresses")).isEqualTo(loadTask.ip);
    assertThat(run.value(r, "healthy")).isEqualTo(true);
    assertThat(run.value(r, "health_checks_alive")).isEqualTo(1L);
    assertThat(run.value(r, "staged_at"))
        .isEqualTo(new Date((long) (loadTask.firstTimestamp() * 1000)));
  }

  @Test
  void tasksFilterByAppPrefixAndState() throws Exception {
    MarathonAppsInputMeta etl = meta("tasks");
    etl.settings().set(InputSettings.ID_PREFIX, "etl");
    assertThat(InputRun.run(etl).assertSucceededAsDeclared().column("app_id"))
        .containsOnly("/etl/load").hasSize(2);

    long running = simMarathonTasks().stream()
        .filter(t -> t.state().name().equals("TASK_RUNNING")).count();
    MarathonAppsInputMeta web = meta("tasks");
    web.settings().set(InputSettings.ID_PREFIX, "/web");
    web.settings().set(InputSettings.TASK_STATE, "TASK_RUNNING");
    assertThat(InputRun.run(web).assertSucceededAsDeclared().rows).hasSize(1)
        .hasSizeLessThanOrEqualTo((int) running);
  }

  @Test
  void deploymentsAreTheOpenOne() throws Exception {
    InputRun run = InputRun.run(meta("deployments")).assertSucceededAsDeclared();
    assertThat(run.rows).hasSize(client.deployments(CancellationToken.none()).size()).hasSize(1);
    Object[] d = run.rows.get(0);
    assertThat(run.value(d, "id")).isEqualTo(hugeDeployment.deploymentId());
    assertThat(run.value(d, "affected_apps")).isEqualTo("/etl/huge");
    assertThat(run.value(d, "current_step")).isInstanceOf(Long.class);

    MarathonAppsInputMeta web = meta("deployments");
    web.settings().set(InputSettings.ID_PREFIX, "web");
    InputRun none = InputRun.run(web);
    assertThat(none.ok).isTrue();
    assertThat(none.rows).isEmpty();
  }

  @Test
  void theQueueHoldsTheAppThatCannotBePlaced() throws Exception {
    InputRun run = InputRun.run(meta("queue")).assertSucceededAsDeclared();
    assertThat(run.rows).hasSize(client.queue(CancellationToken.none()).size()).hasSize(1);
    Object[] q = run.rows.get(0);
    assertThat(run.value(q, "app_id")).isEqualTo("/etl/huge");
    assertThat(run.value(q, "count")).isEqualTo(1L);
    assertThat(run.value(q, "since")).isInstanceOf(Date.class);
  }

  @Test
  void aUsersOwnTableReachesAnyPointer() throws Exception {
    MarathonAppsInputMeta m = meta("apps");
    m.settings().setTable(InputSettings.FIELDS, List.of(field("app", "/id", "String"),
        field("team", "/labels/team", "String"), field("all_labels", "/labels", "JSON"),
        field("instances_text", "/instances", "String"), field("cpu", "/cpus", "Number")));
    InputRun run = InputRun.run(m).assertSucceededAsDeclared();
    assertThat(run.rowMeta.getFieldNames())
        .containsExactly("app", "team", "all_labels", "instances_text", "cpu");
    Object[] load = run.rowWhere("app", "/etl/load");
    assertThat(run.value(load, "team")).isEqualTo("data");
    assertThat(run.value(load, "all_labels")).isEqualTo("{\"team\":\"data\"}");
    assertThat(run.value(load, "instances_text")).isEqualTo("2");
  }

  @Test
  void aMarathonThatIsDownBecomesOneErrorRowWhenAnErrorFieldIsSet() throws Exception {
    MarathonAppsInputMeta m = meta("apps");
    m.settings().set(InputSettings.ERROR_FIELD, "error");
    m.settings().set(InputSettings.LEADER_URL_FIELD, "answered_by");
    m.settings().set(InputSettings.RESPONSE_TIME_FIELD, "took_ms");
    sim.faults().marathonDown(1, true);
    InputRun run;
    try {
      run = InputRun.run(m);
    } finally {
      sim.faults().marathonDown(1, false);
    }
    assertThat(run.ok).isTrue();
    assertThat(run.step.getErrors()).isZero();
    assertThat(run.rows).hasSize(1);
    assertThat(InputRun.layout(run.rowMeta)).isEqualTo(InputRun.layout(InputRun.declared(m)));
    Object[] row = run.rows.get(0);
    String port = sim.marathonUrls().get(0).replaceAll(".*:(\\d+).*", "$1");
    assertThat((String) run.value(row, "error")).isNotBlank().contains(port);
    assertThat(run.value(row, "id")).isNull();
    assertThat(run.value(row, "took_ms")).isNull();
  }

  @Test
  void withoutAnErrorFieldTheStepFailsQuotingTheServer() {
    LogCapture.clear();
    // more 500s than the seam's attempts: a read's single 500 is retried
    sim.faults().failNext(SimFaults.MARATHON, 5, 500);
    InputRun run;
    try {
      run = InputRun.run(meta("apps"));
    } finally {
      sim.faults().clear();
    }
    assertThat(run.ok).isFalse();
    assertThat(run.step.getErrors()).isEqualTo(1);
    assertThat(run.rows).isEmpty();
    assertThat(LogCapture.text()).contains("Injected failure (500)")
        .doesNotContain("Unexpected error in step");
  }

  @Test
  void thePreviewReadsLikeTheStepAndStopsAtItsLimit() {
    MarathonAppsInputMeta m = meta("apps");
    m.settings().setTable(InputSettings.FIELDS, List.of(field("app", "/id", "String"),
        field("instances", "/instances", "Integer")));
    InputPreview preview = InputPreview.read(m, new org.pentaho.di.trans.TransMeta(),
        org.mockito.Mockito.mock(org.pentaho.di.core.logging.LogChannelInterface.class), 2,
        CancellationToken.none());
    assertThat(preview.columns()).containsExactly("app", "instances");
    assertThat(preview.rows()).hasSize(2).allSatisfy(r -> assertThat(r).hasSize(2));
    assertThat(preview.rows()).extracting(r -> r.get(0))
        .isSubsetOf("/etl/huge", "/etl/load", "/web/front");
  }
}
