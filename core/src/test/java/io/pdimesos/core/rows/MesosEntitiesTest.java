package io.pdimesos.core.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.UnreachableException;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.model.Agent;
import io.pdimesos.sim.model.ClusterModel;
import io.pdimesos.sim.model.SimTask;
import io.pdimesos.sim.model.TaskState;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Mesos entities read from the emulator's masters, counted against the emulator's own model:
 * a "spark" framework with running, finished and failed tasks beside the emulator's Marathon.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MesosEntitiesTest {
  private ClusterSim sim;
  private ClusterModel model;
  private MesosClient client;
  private SimTask running;
  private SimTask finished;

  @BeforeAll
  void startSim() {
    sim = RowScenarios.mesosCluster();
    model = sim.model();
    RowScenarios.SparkTasks spark = RowScenarios.sparkFramework(model);
    running = spark.driver();
    finished = spark.finished();
    // the standby first: the read follows its redirect to the leader
    client = new MesosClient(ServiceSettings.builder()
        .urls(sim.mesosUrls().get(1) + "," + sim.mesosUrls().get(0))
        .timeouts(Timeouts.of(1_000, 5_000, 10_000)).retry(RetryPolicy.of(3, 10, 50, 2_000, 0))
        .build(), ProgressListener.NONE);
  }

  @AfterAll
  void stopSim() {
    sim.close();
  }

  private CollectingSink read(String code, RowFilter filter) {
    CollectingSink sink = CollectingSink.collecting();
    long n = MesosEntities.reader(code, client).read(filter, sink, CancellationToken.none());
    assertThat(n).isEqualTo(sink.records.size());
    return sink;
  }

  private static RowFilter framework(String name) {
    return new RowFilter(name, "", "", "");
  }

  private static RowFilter state(String s) {
    return new RowFilter("", s, "", "");
  }

  @Test
  void agentsAreTheModelsAgentsWithTheirResources() {
    CollectingSink sink = read(MesosEntities.AGENTS, RowFilter.NONE);

    assertThat(sink.records).hasSize(model.agents().size());
    Agent first = model.agent(1);
    Record r = sink.byField("/id", first.id);
    assertThat(r.value("/hostname", FieldType.STRING)).isEqualTo(first.hostname());
    assertThat(r.value("/resources/cpus", FieldType.NUMBER)).isEqualTo(first.cpus);
    assertThat(r.value("@active", FieldType.BOOLEAN)).isEqualTo(true);
    assertThat(r.value("@registered_time", FieldType.DATE))
        .isEqualTo(new Date(Math.round(first.registeredTime * 1000)));
    assertThat(r.value("@address", FieldType.STRING)).isEqualTo(first.ip + ":" + first.port());
  }

  @Test
  void theAnswerNamesTheLeaderOnceBeforeTheRecords() {
    List<Object> events = new ArrayList<>();
    MesosEntities.reader("agents", client).read(RowFilter.NONE, new RecordSink() {
      @Override
      public void answered(ResponseInfo response) {
        events.add(response);
      }

      @Override
      public boolean accept(Record record) {
        events.add(record);
        return true;
      }
    }, CancellationToken.none());

    assertThat(events).hasSize(1 + model.agents().size());
    ResponseInfo answer = (ResponseInfo) events.get(0);
    assertThat(answer.url()).isEqualTo(trimSlash(sim.mesosUrls().get(0)));
    assertThat(answer.responseMillis()).isBetween(0L, 10_000L);
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  @Test
  void frameworksAreTheModelsAndFilterByName() {
    CollectingSink all = read(MesosEntities.FRAMEWORKS, RowFilter.NONE);
    assertThat(all.records).hasSize(model.frameworks().size()).hasSizeGreaterThan(1);
    assertThat(all.records).extracting(r -> r.value("/name", FieldType.STRING))
        .containsExactlyInAnyOrderElementsOf(
            model.frameworks().stream().map(f -> f.name).collect(Collectors.toList()));

    CollectingSink spark = read(MesosEntities.FRAMEWORKS, framework("spark"));
    assertThat(spark.records).hasSize(1);
    assertThat(spark.records.get(0).value("@completed", FieldType.BOOLEAN)).isEqualTo(false);
    assertThat(spark.records.get(0).value("@roles", FieldType.STRING)).isEqualTo("*");
  }

  @Test
  void tasksAreActiveAndCompletedOnesWithTheirKindAgentAndAddresses() {
    CollectingSink all = read(MesosEntities.TASKS, RowFilter.NONE);

    assertThat(all.records).hasSize(model.allTasks().size());
    Record done = all.byField("/id", finished.id);
    assertThat(done.value("@kind", FieldType.STRING)).isEqualTo("completed");
    assertThat(done.value("/state", FieldType.STRING)).isEqualTo("TASK_FINISHED");
    double lastStatus = finished.statuses().get(finished.statuses().size() - 1).timestamp();
    assertThat(done.value("@last_status_time", FieldType.DATE))
        .isEqualTo(new Date(Math.round(lastStatus * 1000)));

    Record driver = all.byField("/id", running.id);
    assertThat(driver.value("@kind", FieldType.STRING)).isEqualTo("active");
    assertThat(driver.value("@framework_name", FieldType.STRING)).isEqualTo("spark");
    assertThat(driver.value("@agent_hostname", FieldType.STRING))
        .isEqualTo(running.agent.hostname());
    assertThat(driver.value("@agent_id", FieldType.STRING)).isEqualTo(running.agent.id);
    assertThat(driver.value("@ip_addresses", FieldType.STRING)).isEqualTo(running.ip);
    assertThat(driver.value("@labels", FieldType.JSON)).isEqualTo("{\"team\":\"data\"}");
    assertThat(driver.value("/resources/mem", FieldType.NUMBER)).isEqualTo(128.0);
    // a user's own pointer into the raw item
    assertThat(driver.value("/statuses/0/state", FieldType.STRING)).isEqualTo("TASK_STAGING");
  }

  @Test
  void tasksFilterByFrameworkAndState() {
    long sparkTasks = model.allTasks().stream()
        .filter(t -> model.framework(t.frameworkId).name.equals("spark")).count();
    long runningTasks = model.allTasks().stream()
        .filter(t -> t.state() == TaskState.TASK_RUNNING).count();

    assertThat(read(MesosEntities.TASKS, framework("spark")).records).hasSize((int) sparkTasks);
    assertThat(read(MesosEntities.TASKS, framework("nobody")).records).isEmpty();
    CollectingSink failed = read(MesosEntities.TASKS, state("task_failed"));
    assertThat(failed.records).hasSize(1);
    assertThat(failed.records.get(0).value("@kind", FieldType.STRING)).isEqualTo("completed");
    assertThat(read(MesosEntities.TASKS, new RowFilter("spark", "TASK_RUNNING", "", ""))
        .records).hasSize((int) runningTasks).hasSizeLessThan(model.allTasks().size());
  }

  @Test
  void executorsAreTheModelsNone() {
    // the emulator's frameworks run command tasks only: their executors lists are empty
    assertThat(read(MesosEntities.EXECUTORS, RowFilter.NONE).records).isEmpty();
  }

  @Test
  void metricsAreOneRecordPerMetricOfTheSnapshot() {
    Map<String, Double> snapshot = client.metricsSnapshot(CancellationToken.none());
    CollectingSink sink = read(MesosEntities.METRICS, RowFilter.NONE);

    assertThat(sink.records).hasSize(snapshot.size());
    assertThat(sink.byField("@name", "master/slaves_active").value("@value", FieldType.NUMBER))
        .isEqualTo((double) model.agents().size());
    long live = model.liveTasks().stream().filter(t -> t.state() == TaskState.TASK_RUNNING)
        .count();
    assertThat(sink.byField("@name", "master/tasks_running").value("@value", FieldType.NUMBER))
        .isEqualTo((double) live);
    assertThat(sink.answers).hasSize(1);
    assertThat(sink.answers.get(0).url()).isEqualTo(trimSlash(sim.mesosUrls().get(0)));
  }

  @Test
  void aSinkAnsweringFalseStopsTheRead() {
    List<Record> seen = new ArrayList<>();
    long n = MesosEntities.reader(MesosEntities.TASKS, client).read(RowFilter.NONE,
        r -> seen.add(r) && false, CancellationToken.none());

    assertThat(n).isEqualTo(1);
    assertThat(seen).hasSize(1);
    assertThat(model.allTasks().size()).isGreaterThan(1);
  }

  @Test
  void anUnknownEntityNamesTheValidOnes() {
    assertThatThrownBy(() -> MesosEntities.reader("slaves", client))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'slaves'")
        .hasMessageContaining("agents, frameworks, tasks, executors, metrics");
  }

  @Test
  void aDownMasterRaisesUnreachableWithItsUrl() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port;
    MesosClient down = new MesosClient(ServiceSettings.builder().urls(url).contextPath("")
        .timeouts(Timeouts.of(500, 1_000, 2_000)).retry(RetryPolicy.none()).build(),
        ProgressListener.NONE);
    for (String code : MesosEntities.CODES) {
      assertThatThrownBy(() -> MesosEntities.reader(code, down).read(RowFilter.NONE, r -> true,
          CancellationToken.none())).as(code).isInstanceOf(UnreachableException.class)
          .hasMessageContaining("127.0.0.1:" + port);
    }
  }
}
