package io.pdimesos.core.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.mesos.FakeMaster;
import io.pdimesos.core.mesos.Fixtures;
import io.pdimesos.core.mesos.MesosClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MesosClusterCheckTest {
  /** elected_time of the 1.8.0 state fixture. */
  private static final double ELECTED_1_8 = 1542766753.948147;

  private FakeMaster master;
  private MesosClient client;

  @BeforeEach
  void start() throws Exception {
    master = new FakeMaster();
    client = new MesosClient(ServiceSettings.builder().urls(master.url())
        .retry(RetryPolicy.of(2, 10, 10, 2_000, 0)).timeouts(Timeouts.of(1_000, 5_000, 10_000))
        .build(), ProgressListener.NONE);
  }

  @AfterEach
  void stop() {
    master.close();
  }

  /**
   * The GET_METRICS doc example comes from an empty cluster (all capacity 0); these gauges are
   * set to the sums of the 1.2.0 state-summary fixture's agents so both bodies describe one
   * cluster: 2 agents, 8 CPUs (2.51 used), 28036 MB memory (3822 used), 71154 MB disk (5000 used).
   */
  private static String metricsMatchingSummary(double elected) {
    ObjectNode m = Fixtures.metricsSnapshot();
    m.put("master/elected", elected);
    m.put("master/slaves_active", 2.0);
    m.put("master/cpus_total", 8.0);
    m.put("master/cpus_used", 2.51);
    m.put("master/mem_total", 28036.0);
    m.put("master/mem_used", 3822.0);
    m.put("master/disk_total", 71154.0);
    m.put("master/disk_used", 5000.0);
    return m.toString();
  }

  /** v1 GET_MASTER doc example plus the elected_time field that master.proto defines. */
  private static String getMaster(double electedTime) {
    ObjectNode body = (ObjectNode) Fixtures.json(Fixtures.V1_MASTER);
    ((ObjectNode) body.get("get_master")).put("elected_time", electedTime);
    return body.toString();
  }

  private static Clock at(double epochSeconds) {
    return Clock.fixed(Instant.ofEpochMilli((long) (epochSeconds * 1000)), ZoneOffset.UTC);
  }

  @Test
  void aReadyClusterPassesUsingOnlyTheCheapEndpoints() throws Exception {
    master.route("/metrics/snapshot", metricsMatchingSummary(1.0));
    master.route("/master/state-summary", Fixtures.text(Fixtures.SUMMARY_1_2));
    master.route("/api/v1", getMaster(1_700_000_000.0));

    MesosClusterCheck.Result r = new MesosClusterCheck(client, new MesosClusterCheck.Criteria()
        .minActiveAgents(2).minFreeCpus(5).minFreeMemMb(24_000).minFreeDiskMb(60_000)
        .requiredFrameworks(List.of("marathon", "metronome")).minSecondsSinceElection(600),
        ProgressListener.NONE).clock(at(1_700_003_600.0)).run(CancellationToken.none());

    assertThat(r.success()).as(r.diagnostics().toString()).isTrue();
    assertThat(r.reasons()).isEmpty();
    assertThat(r.leaderUrl()).isEqualTo(master.url() + "/");
    assertThat(r.activeAgents()).isEqualTo(2);
    assertThat(r.freeCpus()).isCloseTo(5.49, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(r.freeMemMb()).isEqualTo(24214.0);
    assertThat(r.freeDiskMb()).isEqualTo(66154.0);
    assertThat(r.secondsSinceElection()).isEqualTo(3600.0);
    assertThat(r.frameworks()).containsEntry("marathon", true)
        .containsEntry("confluent-kafka", true).hasSize(3);
    assertThat(r.message()).startsWith("Mesos cluster ready");
    assertThat(master.paths()).containsExactly("GET /master/redirect", "GET /metrics/snapshot",
        "GET /master/state-summary", "POST /api/v1");
    RecordedRequest v1 = master.requests.get(3);
    assertThat(v1.getBody().utf8()).isEqualTo("{\"type\":\"GET_MASTER\"}");
    // exactly: a 1.8 master refuses "application/json; charset=utf-8" with 415 (Master::Http::api)
    assertThat(v1.getHeaders().get("Content-Type")).isEqualTo("application/json");
  }

  @Test
  void everyFailedCriterionIsAReason() {
    // the doc example's empty cluster: 0 agents and no capacity
    master.route("/metrics/snapshot", Fixtures.metricsSnapshot().toString());
    master.route("/master/state-summary", Fixtures.text(Fixtures.SUMMARY_1_2));
    // no /api/v1 (a 404): the election time comes from the state header instead
    master.route("/master/state", Fixtures.text(Fixtures.STATE_1_8));

    MesosClusterCheck.Result r = new MesosClusterCheck(client, new MesosClusterCheck.Criteria()
        .minActiveAgents(1).minFreeCpus(0.5).minFreeMemMb(512)
        .requiredFrameworks(List.of("marathon", "chronos")).minSecondsSinceElection(300),
        ProgressListener.NONE).clock(at(ELECTED_1_8 + 30)).run(CancellationToken.none());

    assertThat(r.success()).isFalse();
    assertThat(r.reasons()).containsExactly(
        "0 active agents, fewer than the 1 required",
        "0 free CPUs, less than the 0.50 required",
        "0 MB free memory, less than the 512 MB required",
        "framework 'chronos' is not registered",
        "the leader was elected 30 s ago, less than the 300 s required (agents may still be "
            + "re-registering)");
    assertThat(r.message()).isEqualTo("Mesos cluster not ready: 0 active agents, fewer than "
        + "the 1 required (and 4 more)");
    assertThat(r.secondsSinceElection()).isCloseTo(30, org.assertj.core.data.Offset.offset(1.0));
  }

  @Test
  void anUnreadableElectionTimeIsAReasonNotAnException() {
    master.route("/metrics/snapshot", metricsMatchingSummary(1.0));
    master.route("/master/state-summary", Fixtures.text(Fixtures.SUMMARY_1_2));
    // GET_MASTER refused (read-only realm) and the state header unreadable as well
    master.route("/api/v1", r -> FakeMaster.status(403, "Forbidden"));
    master.route("/master/state", r -> FakeMaster.status(500, "state unavailable"));

    MesosClusterCheck.Result r = new MesosClusterCheck(client, new MesosClusterCheck.Criteria()
        .minSecondsSinceElection(60), ProgressListener.NONE).run(CancellationToken.none());

    assertThat(r.success()).isFalse();
    assertThat(r.reasons()).singleElement().asString()
        .startsWith("the leader's election time could not be read")
        .contains("state unavailable");
  }

  @Test
  void aStandbyAnsweringMetricsIsNotALeader() {
    master.route("/metrics/snapshot", metricsMatchingSummary(0.0));
    master.route("/master/state-summary", Fixtures.text(Fixtures.SUMMARY_1_2));

    MesosClusterCheck.Result r = new MesosClusterCheck(client, null, null)
        .run(CancellationToken.none());

    assertThat(r.success()).isFalse();
    assertThat(r.reasons()).singleElement().asString()
        .contains("is not the elected leader (master/elected = 0)");
  }

  @Test
  void noLeaderIsAFailedCheckNotAnException() {
    master.noLeader();
    master.route("/master/state-summary", r -> FakeMaster.status(503, "No leader elected"));
    master.route("/metrics/snapshot", r -> FakeMaster.status(503, "No leader elected"));

    MesosClusterCheck.Result r = new MesosClusterCheck(client, null, null)
        .run(CancellationToken.none());

    assertThat(r.success()).isFalse();
    assertThat(r.leaderUrl()).isNull();
    assertThat(r.reasons()).singleElement().asString()
        .startsWith("no leading Mesos master answered").contains("No leader elected");
  }

  @Test
  void withoutMetricsTheAgentsOfTheSummaryCount() {
    master.route("/metrics/snapshot", r -> new MockResponse.Builder().code(401).build());
    master.route("/master/state-summary", Fixtures.text(Fixtures.SUMMARY_1_2));

    MesosClusterCheck.Result r = new MesosClusterCheck(client, new MesosClusterCheck.Criteria()
        .minActiveAgents(2).minFreeCpus(5), null).run(CancellationToken.none());

    assertThat(r.success()).as(r.diagnostics().toString()).isTrue();
    assertThat(r.activeAgents()).isEqualTo(2);
    assertThat(r.freeCpus()).isCloseTo(5.49, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void withATimeoutItChecksAgainUntilTheFrameworkIsActive() {
    AtomicInteger summaries = new AtomicInteger();
    master.route("/metrics/snapshot", metricsMatchingSummary(1.0));
    master.route("/master/state-summary", req -> {
      JsonNode summary = Fixtures.json(Fixtures.SUMMARY_1_2);
      if (summaries.incrementAndGet() == 1) {
        // first look: marathon has not registered yet
        ArrayNode fws = (ArrayNode) summary.get("frameworks");
        for (int i = fws.size() - 1; i >= 0; i--) {
          if (fws.get(i).get("name").asText().equals("marathon")) {
            fws.remove(i);
          }
        }
      }
      return FakeMaster.json(summary.toString());
    });

    MesosClusterCheck.Result r = new MesosClusterCheck(client, new MesosClusterCheck.Criteria()
        .requiredFrameworks(List.of("marathon")), null).run(5_000, 100, CancellationToken.none());

    assertThat(r.success()).isTrue();
    assertThat(r.attempts()).isEqualTo(2);
    assertThat(summaries.get()).isEqualTo(2);
  }

  @Test
  void aCancelStopsTheWait() {
    master.route("/metrics/snapshot", metricsMatchingSummary(1.0));
    master.route("/master/state-summary", Fixtures.text(Fixtures.SUMMARY_1_2));
    CancellationToken token = CancellationToken.polling(() -> master.count(
        "/master/state-summary") >= 2);
    MesosClusterCheck check = new MesosClusterCheck(client, new MesosClusterCheck.Criteria()
        .requiredFrameworks(List.of("chronos")), null);

    long start = System.nanoTime();
    assertThatThrownBy(() -> check.run(60_000, 100, token))
        .isInstanceOf(CancelledException.class);
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }
}
