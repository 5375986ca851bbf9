package io.pdimesos.entries.mesosclustercheck;

import static io.pdimesos.entries.EntryTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.http.Json;
import io.pdimesos.entries.EntryTesting;
import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.plugin.ConnectionSettings;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.Result;
import org.pentaho.di.core.RowMetaAndData;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.job.Job;

/**
 * A master on MockWebServer: {@code /master/redirect} names itself, the state summary is the
 * Mesos 1.2.0 fixture (2 agents, frameworks marathon/metronome/confluent-kafka), metrics are the
 * GET_METRICS doc example with the capacity gauges set to that summary's sums.
 */
class MesosClusterCheckEntryTest {
  private final MockWebServer master = new MockWebServer();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private volatile int redirectStatus = 307;

  @BeforeEach
  void start() throws Exception {
    LogCapture.clear();
    master.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        requests.add(r);
        switch (r.getUrl().encodedPath()) {
          case "/master/redirect":
            return redirectStatus == 307
                ? new MockResponse.Builder().code(307).setHeader("Location", "//127.0.0.1:" + master.getPort()).build()
                : new MockResponse.Builder().code(redirectStatus).body("Unauthorized").build();
          case "/metrics/snapshot":
            return json(metrics());
          case "/master/state-summary":
            return json(resource("fixtures/mesos/dcos-ui.master-state-summary.mesos-1.2.0.json"));
          default:
            return new MockResponse.Builder().code(404).build();
        }
      }
    });
    master.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    master.close();
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
  }

  /** The GET_METRICS doc example as a flat snapshot, capacity set to the 1.2.0 summary's sums. */
  private static String metrics() {
    try {
      ObjectNode out = Json.MAPPER.createObjectNode();
      JsonNode doc = Json.MAPPER.readTree(resource("fixtures/mesos/operator-api.master.GET_METRICS.response.json"));
      for (JsonNode m : doc.path("get_metrics").path("metrics")) {
        out.put(m.get("name").asText(), m.path("value").asDouble(0));
      }
      out.put("master/elected", 1.0).put("master/slaves_active", 2.0).put("master/cpus_total", 8.0)
          .put("master/cpus_used", 2.51).put("master/mem_total", 28036.0).put("master/mem_used", 3822.0)
          .put("master/disk_total", 71154.0).put("master/disk_used", 5000.0);
      return out.toString();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private Job job(LogLevel level) {
    return EntryTesting.job(level, Map.of("PDI_MESOS_MASTERS", "http://127.0.0.1:" + master.getPort(),
        "PDI_MESOS_USER", "ops", "PDI_MESOS_PASSWORD", "pw-Secret-42"));
  }

  private static JobEntryMesosClusterCheck entry(int minAgents, String... frameworks) {
    JobEntryMesosClusterCheck e = new JobEntryMesosClusterCheck();
    e.settings().set(JobEntryMesosClusterCheck.MIN_ACTIVE_AGENTS, String.valueOf(minAgents));
    e.settings().setLines(JobEntryMesosClusterCheck.FRAMEWORKS, List.of(frameworks));
    e.settings().set(ConnectionSettings.READ_TIMEOUT, "5");
    return e;
  }

  @Test
  void aReadyClusterIsTrueAndSetsVariablesAndARow() throws Exception {
    Job job = job(LogLevel.DEBUG);
    Result result = EntryTesting.run(entry(2, "marathon"), job);

    assertThat(result.getResult()).as(LogCapture.text()).isTrue();
    assertThat(result.getNrErrors()).isZero();
    assertThat(job.getVariable("MESOS_LEADER")).isEqualTo("http://127.0.0.1:" + master.getPort() + "/");
    assertThat(job.getVariable("MESOS_ACTIVE_AGENTS")).isEqualTo("2");
    assertThat(job.getVariable("MESOS_FREE_MEM_MB")).isEqualTo("24214.0");
    RowMetaAndData row = result.getRows().get(0);
    assertThat(row.getInteger("active_agents", -1)).isEqualTo(2);
    assertThat(row.getNumber("free_disk_mb", -1)).isEqualTo(66154.0);
    assertThat(row.getBoolean("passed", false)).isTrue();
    assertThat(row.getString("frameworks", "")).contains("marathon");
    // basic auth went out, and the password never reached the log, not even at Debug
    assertThat(requests.get(0).getHeaders().get("Authorization")).startsWith("Basic ");
    assertThat(LogCapture.text()).contains("Mesos cluster ready").doesNotContain("pw-Secret-42");
  }

  @Test
  void unmetCriteriaAreAFalseAnswerWithEveryReason() throws Exception {
    Result result = EntryTesting.run(entry(5, "chronos"), job(LogLevel.BASIC));
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isZero();
    assertThat(LogCapture.text()).contains("2 active agents, fewer than the 5 required")
        .contains("framework 'chronos' is not registered");
    assertThat(result.getRows().get(0).getString("reasons", "")).contains("fewer than the 5 required");
  }

  @Test
  void anUnreachableMasterIsFalseWithTheReason() {
    Job job = EntryTesting.job(LogLevel.BASIC, Map.of("PDI_MESOS_MASTERS", "http://127.0.0.1:" + EntryTesting.closedPort()));
    JobEntryMesosClusterCheck e = entry(0);
    e.settings().set(ConnectionSettings.CONNECT_TIMEOUT, "1");
    Result result = EntryTesting.run(e, job);
    assertThat(result.getResult()).isFalse();
    assertThat(LogCapture.text()).contains("no leading Mesos master answered");
  }

  @Test
  void aRejectedLoginIsFalseWithTheServersAnswer() {
    redirectStatus = 401;
    Result result = EntryTesting.run(entry(0), job(LogLevel.BASIC));
    assertThat(result.getResult()).isFalse();
    assertThat(LogCapture.text()).contains("401").doesNotContain("pw-Secret-42");
  }

  @Test
  void aMissingMasterUrlNamesTheSetting() {
    Result result = EntryTesting.run(entry(0), EntryTesting.job(LogLevel.BASIC, Map.of()));
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("Setting 'Mesos masters' (mesos_masters)").contains("PDI_MESOS_MASTERS");
    assertThat(requests).isEmpty();
  }

  @Test
  void aTimeoutWithSuccessOnTimeoutIsTrue() {
    JobEntryMesosClusterCheck e = entry(5);
    e.settings().set(JobEntryMesosClusterCheck.WAITING.waitSwitch(), true)
        .set(JobEntryMesosClusterCheck.WAITING.timeout(), "1").set(JobEntryMesosClusterCheck.WAITING.checkCycle(), "1")
        .set(JobEntryMesosClusterCheck.WAITING.successOnTimeout(), true);
    Result result = EntryTesting.run(e, job(LogLevel.BASIC));
    assertThat(result.getResult()).isTrue();
    assertThat(LogCapture.text()).contains("success on timeout is set");
  }

  @Test
  void withoutTheWaitSwitchItChecksOnceWhateverTheTimeout() {
    JobEntryMesosClusterCheck e = entry(5);
    e.settings().set(JobEntryMesosClusterCheck.WAITING.timeout(), "120")
        .set(JobEntryMesosClusterCheck.WAITING.successOnTimeout(), true);
    Result result = EntryTesting.run(e, job(LogLevel.BASIC));
    assertThat(result.getResult()).isFalse();
    assertThat(requests.stream().filter(r -> r.getUrl().encodedPath().equals("/master/state-summary")))
        .hasSize(1);
  }

  /** Timeout 0 means no limit, for the checks as for every wait: it checks until stopped. */
  @Test
  void stopDuringTheWaitReturnsWithinASecond() throws Exception {
    JobEntryMesosClusterCheck e = entry(5);
    e.settings().set(JobEntryMesosClusterCheck.WAITING.waitSwitch(), true)
        .set(JobEntryMesosClusterCheck.WAITING.timeout(), "0").set(JobEntryMesosClusterCheck.WAITING.checkCycle(), "30");
    Job job = job(LogLevel.BASIC);
    Result result = EntryTesting.stopOnceWaiting(e, job, () -> requests.stream()
        .anyMatch(r -> r.getUrl().encodedPath().equals("/master/state-summary")));
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("Stopped by the user");
  }
}
