package io.pdimesos.core.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.UnreachableException;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.marathon.DeploymentResult;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.model.SimTask;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Marathon entities read from the emulator: two healthy apps under /etl and /web, and one
 * that cannot be placed (64 CPUs), so a deployment and a queue entry stay open.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarathonEntitiesTest {
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

  private List<Record> read(String code, RowFilter filter) {
    List<Record> out = new ArrayList<>();
    long n = MarathonEntities.reader(code, client).read(filter, out::add,
        CancellationToken.none());
    assertThat(n).isEqualTo(out.size());
    return out;
  }

  private static RowFilter prefix(String p) {
    return new RowFilter("", "", p, "");
  }

  private static Record byId(List<Record> records, String path, String id) {
    return records.stream().filter(r -> id.equals(r.value(path, FieldType.STRING))).findFirst()
        .orElseThrow(() -> new AssertionError("no " + id + " in " + records));
  }

  /** The emulator's Marathon tasks: its framework's live tasks in the model. */
  private List<SimTask> simMarathonTasks() {
    String marathon = sim.model().frameworks().stream().filter(f -> f.name.equals("marathon"))
        .findFirst().orElseThrow().id;
    return sim.model().liveTasks().stream().filter(t -> t.frameworkId.equals(marathon))
        .collect(Collectors.toList());
  }

  @Test
  void appsAreTheDeployedOnesWithCountsLabelsAndDeployments() {
    List<Record> apps = read(MarathonEntities.APPS, RowFilter.NONE);

    assertThat(apps).extracting(r -> r.value("/id", FieldType.STRING))
        .containsExactlyInAnyOrderElementsOf(RowScenarios.MARATHON_APP_IDS);
    Record load = byId(apps, "/id", "/etl/load");
    assertThat(load.value("/instances", FieldType.INTEGER)).isEqualTo(2L);
    assertThat(load.value("/tasksRunning", FieldType.INTEGER)).isEqualTo(2L);
    assertThat(load.value("/tasksHealthy", FieldType.INTEGER)).isEqualTo(2L);
    assertThat(load.value("/cpus", FieldType.NUMBER)).isEqualTo(0.1);
    assertThat(load.value("/labels", FieldType.JSON)).isEqualTo("{\"team\":\"data\"}");
    String version = load.item().get("version").asText();
    assertThat(load.value("/version", FieldType.DATE))
        .isEqualTo(Date.from(Instant.parse(version)));
    Record huge = byId(apps, "/id", "/etl/huge");
    assertThat(huge.value("@deployments", FieldType.STRING))
        .isEqualTo(hugeDeployment.deploymentId());
    assertThat(huge.value("/tasksRunning", FieldType.INTEGER)).isEqualTo(0L);
  }

  @Test
  void appsFilterByIdPrefixWithOrWithoutTheSlash() {
    assertThat(read(MarathonEntities.APPS, prefix("etl/"))).hasSize(2);
    assertThat(read(MarathonEntities.APPS, prefix("/web"))).extracting(r -> r.value("/id",
        FieldType.STRING)).containsExactly("/web/front");
    assertThat(read(MarathonEntities.APPS, prefix("front"))).isEmpty();
  }

  @Test
  void tasksAreTheModelsWithPortsAddressesAndHealth() {
    List<SimTask> model = simMarathonTasks();
    List<Record> tasks = read(MarathonEntities.TASKS, RowFilter.NONE);

    assertThat(tasks).hasSize(model.size()).hasSize(3);
    SimTask loadTask = model.stream().filter(t -> t.hostPorts.size() == 2).findFirst()
        .orElseThrow();
    Record r = byId(tasks, "/id", loadTask.id);
    assertThat(r.value("/appId", FieldType.STRING)).isEqualTo("/etl/load");
    assertThat(r.value("/ports", FieldType.STRING)).isEqualTo(loadTask.hostPorts.get(0) + ","
        + loadTask.hostPorts.get(1));
    assertThat(r.value("@ip_addresses", FieldType.STRING)).isEqualTo(loadTask.ip);
    assertThat(r.value("/host", FieldType.STRING)).isEqualTo(loadTask.agent.hostname());
    assertThat(r.value("@healthy", FieldType.BOOLEAN)).isEqualTo(true);
    assertThat(r.value("@health_checks_alive", FieldType.INTEGER)).isEqualTo(1L);
    assertThat(r.value("/stagedAt", FieldType.DATE))
        .isEqualTo(new Date((long) (loadTask.firstTimestamp() * 1000)));
    Record front = tasks.stream().filter(t -> "/web/front".equals(t.value("/appId",
        FieldType.STRING))).findFirst().orElseThrow();
    assertThat(front.value("@healthy", FieldType.BOOLEAN)).as("no health checks").isNull();
  }

  @Test
  void tasksFilterByAppPrefixAndState() {
    long running = simMarathonTasks().stream()
        .filter(t -> t.state().name().equals("TASK_RUNNING")).count();
    assertThat(read(MarathonEntities.TASKS, prefix("/etl"))).hasSize(2);
    assertThat(read(MarathonEntities.TASKS, new RowFilter("", "TASK_RUNNING", "web", "")))
        .hasSize(1);
    assertThat(read(MarathonEntities.TASKS, new RowFilter("", "TASK_RUNNING", "", "")))
        .hasSize((int) running);
    assertThat(read(MarathonEntities.TASKS, new RowFilter("", "TASK_STAGING", "", "")))
        .hasSize((int) (simMarathonTasks().size() - running)).hasSizeLessThan(3);
  }

  @Test
  void deploymentsAreTheOpenOneWithItsActions() {
    List<Record> deployments = read(MarathonEntities.DEPLOYMENTS, RowFilter.NONE);

    assertThat(deployments).hasSize(1);
    Record d = deployments.get(0);
    assertThat(d.value("/id", FieldType.STRING)).isEqualTo(hugeDeployment.deploymentId());
    assertThat(d.value("/affectedApps", FieldType.STRING)).isEqualTo("/etl/huge");
    assertThat(d.value("@current_actions", FieldType.STRING))
        .isEqualTo("StartApplication /etl/huge");
    assertThat(d.value("/version", FieldType.DATE)).isInstanceOf(Date.class);
    assertThat(read(MarathonEntities.DEPLOYMENTS, prefix("etl"))).hasSize(1);
    assertThat(read(MarathonEntities.DEPLOYMENTS, prefix("web"))).isEmpty();
  }

  @Test
  void theQueueHoldsTheAppThatCannotBePlacedAndSaysWhy() {
    List<Record> queue = read(MarathonEntities.QUEUE, RowFilter.NONE);

    assertThat(queue).hasSize(1);
    Record q = queue.get(0);
    assertThat(q.value("@app_id", FieldType.STRING)).isEqualTo("/etl/huge");
    assertThat(q.value("/count", FieldType.INTEGER)).isEqualTo(1L);
    assertThat(q.value("/since", FieldType.DATE)).isInstanceOf(Date.class);
    assertThat((String) q.value("@summary", FieldType.STRING)).containsIgnoringCase("cpus");
    assertThat(read(MarathonEntities.QUEUE, prefix("web"))).isEmpty();
  }

  @Test
  void theAnswerNamesTheInstanceThatAnswered() {
    CollectingSink sink = CollectingSink.collecting();
    MarathonEntities.reader("apps", client).read(RowFilter.NONE, sink, CancellationToken.none());
    List<ResponseInfo> answers = sink.answers;

    assertThat(answers).hasSize(1);
    String url = sim.marathonUrls().get(0);
    assertThat(answers.get(0).url())
        .isEqualTo(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
  }

  @Test
  void aSinkAnsweringFalseStopsTheRead() {
    List<Record> seen = new ArrayList<>();
    long n = MarathonEntities.reader("apps", client).read(RowFilter.NONE,
        r -> seen.add(r) && false, CancellationToken.none());
    assertThat(n).isEqualTo(1);
    assertThat(seen).hasSize(1);
  }

  @Test
  void anUnknownEntityNamesTheValidOnes() {
    assertThatThrownBy(() -> MarathonEntities.reader("pods", client))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'pods'")
        .hasMessageContaining("apps, tasks, deployments, queue");
  }

  @Test
  void aDownMarathonRaisesUnreachableWithItsUrl() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    MarathonClient down = new MarathonClient(ServiceSettings.builder()
        .urls("http://127.0.0.1:" + port).timeouts(Timeouts.of(500, 1_000, 2_000))
        .retry(RetryPolicy.none()).build(), ProgressListener.NONE);
    for (String code : MarathonEntities.CODES) {
      assertThatThrownBy(() -> MarathonEntities.reader(code, down).read(RowFilter.NONE,
          r -> true, CancellationToken.none())).as(code)
          .isInstanceOf(UnreachableException.class).hasMessageContaining("127.0.0.1:" + port);
    }
  }
}
