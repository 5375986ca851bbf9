package io.pdimesos.steps;

import static io.pdimesos.steps.InputRun.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.rows.MesosEntities;
import io.pdimesos.core.rows.RowScenarios;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.SimFaults;
import io.pdimesos.sim.model.Agent;
import io.pdimesos.sim.model.ClusterModel;
import io.pdimesos.sim.model.Framework;
import io.pdimesos.sim.model.SimTask;
import io.pdimesos.sim.model.TaskState;
import io.pdimesos.steps.mesosinput.MesosStateInputMeta;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pentaho.di.core.row.ValueMetaInterface;
import org.pentaho.di.trans.step.StepInjectionMetaEntry;

/**
 * Mesos State Input against the emulator's two masters (the standby listed first): every entity's
 * row count equals the emulator's model, typed values arrive as PDI types, filters and the user's
 * own field table shape the rows, and the extra fields say who answered and how fast.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MesosStateInputTest {
  private ClusterSim sim;
  private ClusterModel model;
  private SimTask driver;
  private SimTask finished;

  @BeforeAll
  void startSim() {
    sim = RowScenarios.mesosCluster();
    model = sim.model();
    RowScenarios.SparkTasks spark = RowScenarios.sparkFramework(model);
    driver = spark.driver();
    finished = spark.finished();
    // A second framework, so that filtering by framework leaves rows out.
    Framework etl = model.registerFramework("etl", "*", "etl", "127.0.0.1", "", 60.0);
    model.update(model.launch(etl.id, "etl-load", "load", model.agent(2), 0.1, 16, 0, 0,
        Map.of()), TaskState.TASK_RUNNING, "");
  }

  @AfterAll
  void stopSim() {
    sim.close();
  }

  /** The leader is master 1; listing the standby first makes the step find the leader. */
  private MesosStateInputMeta meta(String entity) {
    return InputRun.meta(new MesosStateInputMeta(), entity,
        List.of(sim.mesosUrls().get(1), sim.mesosUrls().get(0)));
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  @Test
  void agentsAreTheModelsAgentsWithTypedValues() throws Exception {
    InputRun run = InputRun.run(meta("agents")).assertSucceededAsDeclared();

    assertThat(run.rows).hasSize(model.agents().size());
    Agent first = model.agent(1);
    Object[] row = run.rowWhere("id", first.id);
    assertThat(run.value(row, "hostname")).isEqualTo(first.hostname());
    assertThat(run.value(row, "cpus")).isEqualTo(first.cpus);
    assertThat(run.valueMeta("cpus").getType()).isEqualTo(ValueMetaInterface.TYPE_NUMBER);
    assertThat(run.value(row, "active")).isEqualTo(Boolean.TRUE);
    assertThat(run.valueMeta("active").getType()).isEqualTo(ValueMetaInterface.TYPE_BOOLEAN);
    assertThat(run.value(row, "registered_time"))
        .isEqualTo(new Date(Math.round(first.registeredTime * 1000)));
    assertThat(run.valueMeta("registered_time").getType())
        .isEqualTo(ValueMetaInterface.TYPE_DATE);
    assertThat(run.rowMeta.getFieldNames()).containsExactlyElementsOf(
        MesosEntities.defaultFields("agents").stream().map(f -> f.name())
            .collect(Collectors.toList()));
  }

  @Test
  void frameworksAreTheModelsAndFilterByName() throws Exception {
    InputRun all = InputRun.run(meta("frameworks")).assertSucceededAsDeclared();
    assertThat(all.column("name")).containsExactlyInAnyOrderElementsOf(
        model.frameworks().stream().map(f -> f.name).collect(Collectors.toList()));

    MesosStateInputMeta spark = meta("frameworks");
    spark.settings().set(InputSettings.FRAMEWORK_NAME, "spark");
    InputRun filtered = InputRun.run(spark).assertSucceededAsDeclared();
    assertThat(filtered.rows).hasSize(1).hasSizeLessThan(all.rows.size());
    assertThat(filtered.value(filtered.rows.get(0), "completed")).isEqualTo(false);
  }

  @Test
  void tasksAreActiveAndCompletedOnesOfEveryFramework() throws Exception {
    InputRun run = InputRun.run(meta("tasks")).assertSucceededAsDeclared();

    assertThat(run.rows).hasSize(model.allTasks().size());
    Object[] done = run.rowWhere("id", finished.id);
    assertThat(run.value(done, "kind")).isEqualTo("completed");
    assertThat(run.value(done, "state")).isEqualTo("TASK_FINISHED");
    double last = finished.statuses().get(finished.statuses().size() - 1).timestamp();
    assertThat(run.value(done, "last_status_time")).isEqualTo(new Date(Math.round(last * 1000)));
    Object[] d = run.rowWhere("id", driver.id);
    assertThat(run.value(d, "framework_name")).isEqualTo("spark");
    assertThat(run.value(d, "agent_hostname")).isEqualTo(driver.agent.hostname());
    assertThat(run.value(d, "labels")).isEqualTo("{\"team\":\"data\"}");
    assertThat(run.value(d, "mem")).isEqualTo(128.0);
  }

  @Test
  void tasksFilterByFrameworkAndState() throws Exception {
    long spark = model.allTasks().stream()
        .filter(t -> model.framework(t.frameworkId).name.equals("spark")).count();
    long running = model.allTasks().stream().filter(t -> t.state() == TaskState.TASK_RUNNING)
        .count();

    MesosStateInputMeta bySpark = meta("tasks");
    bySpark.settings().set(InputSettings.FRAMEWORK_NAME, "spark");
    assertThat(InputRun.run(bySpark).assertSucceededAsDeclared().rows)
        .hasSize((int) spark).hasSizeLessThan(model.allTasks().size());

    MesosStateInputMeta byState = meta("tasks");
    byState.settings().set(InputSettings.TASK_STATE, "TASK_RUNNING");
    InputRun r = InputRun.run(byState).assertSucceededAsDeclared();
    assertThat(r.rows).hasSize((int) running).hasSizeLessThan(model.allTasks().size());
    assertThat(r.column("state")).containsOnly("TASK_RUNNING");

    MesosStateInputMeta both = meta("tasks");
    both.settings().set(InputSettings.FRAMEWORK_NAME, "spark");
    both.settings().set(InputSettings.TASK_STATE, "TASK_FAILED");
    assertThat(InputRun.run(both).assertSucceededAsDeclared().rows).hasSize(1);
  }

  @Test
  void executorsAreTheModelsNone() {
    // The emulator's frameworks run command tasks only: /master/state lists no executors.
    InputRun run = InputRun.run(meta("executors"));
    assertThat(run.ok).isTrue();
    assertThat(run.rows).isEmpty();
    assertThat(run.step.getErrors()).isZero();
  }

  @Test
  void metricsAreOneRowPerMetricOfTheSnapshot() throws Exception {
    Map<String, Double> snapshot = new MesosClient(ServiceSettings.of(sim.mesosUrls().get(0)),
        ProgressListener.NONE).metricsSnapshot(CancellationToken.none());
    InputRun run = InputRun.run(meta("metrics")).assertSucceededAsDeclared();

    assertThat(run.rows).hasSize(snapshot.size());
    assertThat(run.value(run.rowWhere("name", "master/slaves_active"), "value"))
        .isEqualTo((double) model.agents().size());
    assertThat(run.valueMeta("value").getType()).isEqualTo(ValueMetaInterface.TYPE_NUMBER);
  }

  @Test
  void aUsersOwnTableRenamesRetypesAndReachesAnyPointer() throws Exception {
    MesosStateInputMeta m = meta("tasks");
    m.settings().setTable(InputSettings.FIELDS, List.of(
        field("task", "/id", "String"),
        field("cpu_share", "/resources/cpus", "Number"),
        field("mem_mb", "/resources/mem", "Integer"),
        field("first_state", "/statuses/0/state", "String"),
        field("task_labels", "@labels", "JSON"),
        field("since", "@last_status_time", "Date")));
    InputRun run = InputRun.run(m).assertSucceededAsDeclared();

    assertThat(run.rowMeta.getFieldNames())
        .containsExactly("task", "cpu_share", "mem_mb", "first_state", "task_labels", "since");
    Object[] d = run.rowWhere("task", driver.id);
    assertThat(run.value(d, "cpu_share")).isEqualTo(0.5);
    assertThat(run.value(d, "mem_mb")).isEqualTo(128L);
    assertThat(run.valueMeta("mem_mb").getType()).isEqualTo(ValueMetaInterface.TYPE_INTEGER);
    assertThat(run.value(d, "first_state")).isEqualTo("TASK_STAGING");
    assertThat(run.value(d, "task_labels")).isEqualTo("{\"team\":\"data\"}");
    assertThat(run.valueMeta("task_labels").getType()).isEqualTo(ValueMetaInterface.TYPE_STRING);
    assertThat(run.value(d, "since")).isInstanceOf(Date.class);
  }

  @Test
  void theExtraFieldsNameTheLeaderAndTheResponseTime() throws Exception {
    MesosStateInputMeta m = meta("agents");
    m.settings().set(InputSettings.RESPONSE_TIME_FIELD, "took_ms");
    m.settings().set(InputSettings.LEADER_URL_FIELD, "leader");
    m.settings().set(InputSettings.ERROR_FIELD, "error");
    InputRun run = InputRun.run(m).assertSucceededAsDeclared();

    assertThat(run.rows).hasSize(model.agents().size());
    List<String> names = List.of(run.rowMeta.getFieldNames());
    assertThat(names.subList(names.size() - 3, names.size()))
        .containsExactly("took_ms", "leader", "error");
    assertThat(run.valueMeta("took_ms").getType()).isEqualTo(ValueMetaInterface.TYPE_INTEGER);
    assertThat(run.column("leader")).containsOnly(trimSlash(sim.mesosUrls().get(0)));
    assertThat(run.column("error")).containsOnlyNulls();
    for (Object took : run.column("took_ms")) {
      assertThat(took).isInstanceOf(Long.class);
      assertThat((Long) took).isBetween(0L, 10_000L);
    }
  }

  @Test
  void theMastersUrlSettingTakesVariables() throws Exception {
    MesosStateInputMeta m = meta("agents");
    m.settings().set(ConnectionSettings.MESOS_MASTERS, "${MY_MASTERS}");
    InputRun run = InputRun.run(m, java.util.Map.of("MY_MASTERS", sim.mesosUrls().get(0)))
        .assertSucceededAsDeclared();
    assertThat(run.rows).hasSize(model.agents().size());
  }

  @Test
  @SuppressWarnings("deprecation")
  void injectedFieldsAndFilterReachTheRows() throws Exception {
    MesosStateInputMeta m = meta("tasks");
    StepInjectionMetaEntry fields = new StepInjectionMetaEntry("FIELDS",
        ValueMetaInterface.TYPE_NONE, "Fields");
    fields.getDetails().add(injectedRow("task_id", "/id", "String"));
    fields.getDetails().add(injectedRow("cpus_int", "/resources/cpus", "Integer"));
    StepInjectionMetaEntry framework = new StepInjectionMetaEntry("FRAMEWORK_NAME", "spark",
        ValueMetaInterface.TYPE_STRING, "Framework name");
    m.getStepMetaInjectionInterface().injectStepMetadataEntries(List.of(fields, framework));

    InputRun run = InputRun.run(m).assertSucceededAsDeclared();
    assertThat(run.rowMeta.getFieldNames()).containsExactly("task_id", "cpus_int");
    assertThat(run.column("task_id")).hasSize((int) model.allTasks().stream()
        .filter(t -> model.framework(t.frameworkId).name.equals("spark")).count())
        .contains(driver.id).doesNotContain("etl-load");
    assertThat(run.value(run.rowWhere("task_id", "spark-worker"), "cpus_int")).isEqualTo(1L);
  }

  private static StepInjectionMetaEntry injectedRow(String name, String path, String type) {
    StepInjectionMetaEntry row = new StepInjectionMetaEntry("FIELD",
        ValueMetaInterface.TYPE_NONE, "Field");
    row.getDetails().add(new StepInjectionMetaEntry("NAME", name, ValueMetaInterface.TYPE_STRING,
        "Name"));
    row.getDetails().add(new StepInjectionMetaEntry("PATH", path, ValueMetaInterface.TYPE_STRING,
        "Source path"));
    row.getDetails().add(new StepInjectionMetaEntry("TYPE", type, ValueMetaInterface.TYPE_STRING,
        "Type"));
    return row;
  }

  @Test
  void aStateCutOffMidBodyNeverDuplicatesRows() throws Exception {
    MesosStateInputMeta m = meta("tasks");
    m.settings().set(InputSettings.ERROR_FIELD, "error");
    sim.faults().dropNext(SimFaults.MESOS, 1);
    InputRun run;
    try {
      run = InputRun.run(m);
    } finally {
      sim.faults().clear();
    }
    assertThat(run.ok).isTrue();
    List<Object> ids = run.column("id").stream().filter(java.util.Objects::nonNull).toList();
    assertThat(ids).doesNotHaveDuplicates();
    long errors = run.rows.stream().filter(r -> run.value(r, "error") != null).count();
    // Either the read was retried before any row went out, or it ends with one error row.
    if (errors == 0) {
      assertThat(ids).hasSize(model.allTasks().size());
    } else {
      assertThat(errors).isEqualTo(1);
      assertThat(run.value(run.rows.get(run.rows.size() - 1), "error")).isNotNull();
    }
  }

  @Test
  void aMasterThatIsDownFailsTheStepWithoutAnErrorField() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    io.pdimesos.pdiapi.LogCapture.clear();
    InputRun run = InputRun.run(InputRun.meta(new MesosStateInputMeta(), "agents",
        List.of("http://127.0.0.1:" + port)));
    assertThat(run.ok).isFalse();
    assertThat(run.step.getErrors()).isEqualTo(1);
    assertThat(run.rows).isEmpty();
    assertThat(io.pdimesos.pdiapi.LogCapture.text()).contains("127.0.0.1:" + port)
        .doesNotContain("Unexpected error in step");
  }
}
