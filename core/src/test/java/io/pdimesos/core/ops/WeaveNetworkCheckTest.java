package io.pdimesos.core.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.weave.WeaveHealth;
import io.pdimesos.core.weave.WeaveSamples;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two routers with different views of one mesh. Their reports are edits of the hand-built sample
 * report (weave/WeaveSamples: upstream has no full /report JSON, see SOURCES.md).
 */
class WeaveNetworkCheckTest {
  private static final String HOST2 = "ea:2d:b2:e6:e4:f5";

  private final MockWebServer a = new MockWebServer();
  private final MockWebServer b = new MockWebServer();
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final ProgressListener listener = new ProgressListener() {
    @Override
    public void basic(String line) {
      log.add(line);
    }

    @Override
    public void detailed(String line) {
      log.add(line);
    }
  };

  @BeforeEach
  void start() throws Exception {
    a.start();
    b.start();
  }

  @AfterEach
  void stop() {
    a.close();
    b.close();
  }

  // --- bodies -------------------------------------------------------------------------------

  /** host1's view: the sample report as it is. */
  private static ObjectNode host1() throws Exception {
    return (ObjectNode) Json.MAPPER.readTree(sampleReport());
  }

  /** host2's view of the same mesh: its own name, and one more peer (host4) it has heard of. */
  private static ObjectNode host2() throws Exception {
    ObjectNode r = host1();
    ObjectNode router = (ObjectNode) r.get("Router");
    router.put("Name", HOST2).put("NickName", "host2");
    ((ArrayNode) router.get("Peers")).addObject().put("Name", "f2:11:22:33:44:55")
        .put("NickName", "host4").put("UID", 42).put("ShortID", 4).put("Version", 1)
        .putNull("Connections");
    return r;
  }

  private static String sampleReport() {
    return WeaveSamples.REPORT;
  }

  private static void serveReport(MockWebServer server, ObjectNode report) {
    String body = Json.write(report);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getTarget().equals("/report")) {
          return new MockResponse.Builder().code(200).setHeader("Content-Type",
              "application/json").body(body).build();
        }
        return new MockResponse.Builder().code(404).body("404 page not found\n").build();
      }
    });
  }

  private static void serveMetricsOnly(MockWebServer server, String metrics) {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getTarget().equals("/metrics")) {
          return new MockResponse.Builder().code(200).body(metrics).build();
        }
        return new MockResponse.Builder().code(404).body("404 page not found\n").build();
      }
    });
  }

  private ServiceSettings settings(String... urls) {
    return ServiceSettings.builder().urls(String.join(",", urls)).retry(RetryPolicy.none())
        .timeouts(Timeouts.of(1_000, 10_000, 20_000)).build();
  }

  private WeaveNetworkCheckResult run(WeaveNetworkCheck.Criteria criteria) {
    return WeaveNetworkCheck.forSettings(settings(a.url("/").toString(), b.url("/").toString()),
        criteria, listener).run(10_000, CancellationToken.none());
  }

  private static WeaveNetworkCheck.Criteria.Builder strict() {
    return WeaveNetworkCheck.Criteria.builder().minPeers(3)
        .dnsNames(List.of("one", "two.weave.local."));
  }

  // --- passing ------------------------------------------------------------------------------

  @Test
  void passesWhenEveryRouterMeetsEveryCriterion() throws Exception {
    serveReport(a, host1());
    serveReport(b, host2());

    WeaveNetworkCheckResult r = run(strict().build());

    assertThat(r.success()).as(r.diagnostics().toString()).isTrue();
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.peerCount()).as("distinct peers over both views").isEqualTo(4);
    assertThat(r.message()).isEqualTo("Weave network healthy: 2 routers checked, 4 peers");
    assertThat(r.routers()).extracting(WeaveNetworkCheckResult.RouterResult::url)
        .containsExactly(a.url("/").toString(), b.url("/").toString());
    assertThat(r.routers().get(0).summary())
        .isEqualTo("3 peers; connections 2 established; IPAM ready; DNS 2 live");
    WeaveNetworkCheckResult.RouterResult second = r.routers().get(1);
    assertThat(second.peerCount()).isEqualTo(4);
    assertThat(second.connections()).isEqualTo("2 established");
    assertThat(second.ipam()).isEqualTo("ready");
    assertThat(second.dns()).isEqualTo("2 live");
    assertThat(r.routers().get(1).health().router()).isEqualTo(HOST2 + "(host2)");
    assertThat(a.getRequestCount()).as("each router is asked itself").isEqualTo(1);
    assertThat(b.getRequestCount()).isEqualTo(1);
    assertThat(a.takeRequest().getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(log).anyMatch(l -> l.startsWith("Weave router " + b.url("/") + ": 4 peers"));
  }

  // --- failing, one criterion at a time, on router b only ------------------------------------

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of("too few peers", (Consumer<ObjectNode>) r -> {
          ArrayNode peers = (ArrayNode) r.get("Router").get("Peers");
          peers.remove(3); // host4, then host3
          peers.remove(2);
        },
            "only 2 peers, at least 3 expected (peers: ce:31:e0:06:45:1a(host1),"
                + " ea:2d:b2:e6:e4:f5(host2))"),
        Arguments.of("a pending connection", (Consumer<ObjectNode>) r ->
            ((ObjectNode) r.get("Router").get("Connections").get(1)).put("State", "pending"),
            "connections not established: <- 192.168.48.13:49619 pending"
                + " (fastdp ee:38:33:a7:d9:71(host3))"),
        Arguments.of("a failed target", (Consumer<ObjectNode>) r ->
            ((ArrayNode) r.get("Router").get("Connections")).addObject()
                .put("Address", "192.168.48.15:6783").put("Outbound", true).put("State", "failed")
                .put("Info", "dial tcp4 192.168.48.15:6783: no route to host, retry: 2015-08-06"
                    + " 18:55:38.246910357 +0000 UTC").putNull("Attrs"),
            "connections not established: -> 192.168.48.15:6783 failed (dial tcp4"
                + " 192.168.48.15:6783: no route to host, retry: 2015-08-06 18:55:38.246910357"
                + " +0000 UTC)"),
        Arguments.of("IPAM awaiting consensus", (Consumer<ObjectNode>) r -> {
          ObjectNode ipam = (ObjectNode) r.get("IPAM");
          ipam.putNull("Entries");
          ipam.putObject("Paxos").put("Elector", true).put("KnownNodes", 1).put("Quorum", 2);
        }, "IPAM is not ready: awaiting consensus (quorum: 2, known: 1)"),
        Arguments.of("IPAM ranges of a lost peer", (Consumer<ObjectNode>) r ->
            ((ObjectNode) r.get("IPAM").get("Entries").get(2)).put("IsKnownPeer", false),
            "1 IP address range(s) owned by peers this router cannot see; use 'weave rmpeer'"
                + " if they are dead"),
        Arguments.of("IPAM not running", (Consumer<ObjectNode>) r -> r.remove("IPAM"),
            "IPAM is not running on this router (no IPAM section in /report); turn the IPAM"
                + " criterion off if that is intended"),
        Arguments.of("a DNS name missing from this replica", (Consumer<ObjectNode>) r ->
            ((ArrayNode) r.get("DNS").get("Entries")).remove(1),
            "DNS entry 'two.weave.local.' not found among 1 live entries (one.weave.local.)"),
        Arguments.of("weaveDNS off", (Consumer<ObjectNode>) r -> r.remove("DNS"),
            "DNS entry 'one' cannot be checked: weaveDNS is not running on this router"),
        Arguments.of("not ready", (Consumer<ObjectNode>) r -> r.put("Ready", false),
            "router is not ready (Ready=false: proxy, plugin or AWSVPC still starting)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void failsOnTheRouterWhoseViewBreaksACriterion(String what, Consumer<ObjectNode> breakIt,
      String reason) throws Exception {
    ObjectNode broken = host2();
    breakIt.accept(broken);
    serveReport(a, host1());
    serveReport(b, broken);

    WeaveNetworkCheckResult r = run(strict().build());

    assertThat(r.success()).isFalse();
    assertThat(r.routers().get(0).passed()).isTrue();
    assertThat(r.routers().get(1).passed()).isFalse();
    assertThat(r.routers().get(1).reasons()).contains(reason);
    assertThat(r.diagnostics()).contains(b.url("/") + ": " + reason)
        .allMatch(d -> d.startsWith(b.url("/").toString()));
    assertThat(r.message()).startsWith("Weave network check failed on 1 of 2 routers: "
        + b.url("/") + ": ");
  }

  @Test
  void criteriaThatAreOffDoNotFail() throws Exception {
    ObjectNode broken = host2();
    ((ObjectNode) broken.get("Router").get("Connections").get(1)).put("State", "pending");
    broken.remove("IPAM");
    serveReport(a, host1());
    serveReport(b, broken);

    WeaveNetworkCheckResult r = run(WeaveNetworkCheck.Criteria.builder()
        .allConnectionsEstablished(false).ipamReady(false).build());

    assertThat(r.success()).as(r.diagnostics().toString()).isTrue();
  }

  @Test
  void idleIpamFailsOnlyWhenItMustNotCount() throws Exception {
    ObjectNode idle = host2();
    ((ObjectNode) idle.get("IPAM")).putNull("Entries");
    serveReport(a, host1());
    serveReport(b, idle);

    assertThat(run(WeaveNetworkCheck.Criteria.builder().build()).success()).isTrue();
    WeaveNetworkCheckResult strictIdle =
        run(WeaveNetworkCheck.Criteria.builder().ipamIdleCounts(false).build());
    assertThat(strictIdle.diagnostics()).containsExactly(b.url("/") + ": IPAM is not ready: idle");
  }

  // --- routers that cannot be read ----------------------------------------------------------

  @Test
  void anUnreachableRouterFailsTheCheckWithAClearReason() throws Exception {
    int deadPort;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      deadPort = s.getLocalPort();
    }
    String dead = "http://127.0.0.1:" + deadPort + "/";
    serveReport(a, host1());

    WeaveNetworkCheckResult r = WeaveNetworkCheck.forSettings(
        settings(a.url("/").toString(), dead), strict().build(), listener)
        .run(10_000, CancellationToken.none());

    assertThat(r.success()).isFalse();
    assertThat(r.routers().get(0).passed()).isTrue();
    WeaveNetworkCheckResult.RouterResult down = r.routers().get(1);
    assertThat(down.answered()).isFalse();
    assertThat(down.peerCount()).isEqualTo(-1);
    assertThat(down.summary()).startsWith("Cannot reach Weave router");
    assertThat(down.reasons()).singleElement().asString()
        .startsWith("Cannot reach Weave router at " + dead);
    assertThat(r.diagnostics()).singleElement().asString().startsWith(dead + ": Cannot reach");
    assertThat(r.peerCount()).isEqualTo(3);
  }

  @Test
  void aMetricsOnlyRouterIsReadFromItsMetrics() throws Exception {
    serveReport(a, host1());
    serveMetricsOnly(b, WeaveSamples.METRICS);

    WeaveNetworkCheckResult r = run(WeaveNetworkCheck.Criteria.builder().minPeers(3).build());

    assertThat(r.success()).as(r.diagnostics().toString()).isTrue();
    assertThat(r.routers().get(1).health().source()).isEqualTo(WeaveHealth.Source.METRICS);
    assertThat(r.routers().get(1).summary()).startsWith("4 peers (estimated); connections 3"
        + " established; IPAM ready");
    assertThat(b.takeRequest().getTarget()).isEqualTo("/report");
    assertThat(b.takeRequest().getTarget()).isEqualTo("/metrics");

    WeaveNetworkCheckResult withDns = run(strict().build());
    assertThat(withDns.diagnostics()).contains(b.url("/") + ": DNS entry 'one' cannot be"
        + " checked from /metrics, which has no host names; read /report instead");
  }

  @Test
  void reportOnlyModeDoesNotFallBackToMetrics() throws Exception {
    serveReport(a, host1());
    serveMetricsOnly(b, WeaveSamples.METRICS);

    WeaveNetworkCheckResult r = run(WeaveNetworkCheck.Criteria.builder()
        .source(WeaveNetworkCheck.Source.REPORT).build());

    assertThat(r.success()).isFalse();
    assertThat(r.routers().get(1).reasons()).singleElement().asString().contains("404");
    assertThat(b.getRequestCount()).isEqualTo(1);
  }

  @Test
  void theTimeLimitEndsAHangingRouterAndSkipsTheRest() throws Exception {
    a.enqueue(new MockResponse.Builder().code(200).body(sampleReport())
        .headersDelay(8, TimeUnit.SECONDS).build());
    serveReport(b, host2());

    long start = System.nanoTime();
    WeaveNetworkCheckResult r = WeaveNetworkCheck.forSettings(
        settings(a.url("/").toString(), b.url("/").toString()), strict().build(), listener)
        .run(400, CancellationToken.none());
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertThat(ms).isLessThan(3_000);
    assertThat(r.success()).isFalse();
    assertThat(r.routers().get(0).reasons())
        .containsExactly("no answer within the check's time limit of 400 ms");
    assertThat(r.routers().get(1).reasons()).containsExactly("not checked: the check's time"
        + " limit of 400 ms ran out before this router's turn");
    assertThat(b.getRequestCount()).isZero();
  }

  @Test
  void cancellingStopsAHangingCheckQuickly() throws Exception {
    a.enqueue(new MockResponse.Builder().code(200).body(sampleReport())
        .headersDelay(8, TimeUnit.SECONDS).build());
    serveReport(b, host2());
    CancellationToken token = CancellationToken.create();
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try {
      timer.schedule(token::cancel, 200, TimeUnit.MILLISECONDS);
      long start = System.nanoTime();
      assertThatThrownBy(() -> WeaveNetworkCheck.forSettings(
          settings(a.url("/").toString(), b.url("/").toString()), strict().build(), listener)
          .run(0, token)).isInstanceOf(CancelledException.class);
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(3_000);
    } finally {
      timer.shutdownNow();
    }
    assertThat(b.getRequestCount()).isZero();
  }

  @Test
  void aStopFlagPolledByPdiAlsoCancels() throws Exception {
    a.enqueue(new MockResponse.Builder().code(200).body(sampleReport())
        .headersDelay(8, TimeUnit.SECONDS).build());
    serveReport(b, host2());
    long stopAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
    // Like parentJob.isStopped(): nobody calls cancel(), the flag just turns true.
    CancellationToken token = CancellationToken.polling(() -> System.nanoTime() > stopAt);

    long start = System.nanoTime();
    assertThatThrownBy(() -> WeaveNetworkCheck.forSettings(
        settings(a.url("/").toString(), b.url("/").toString()), strict().build(), listener)
        .run(0, token)).isInstanceOf(CancelledException.class);
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(3_000);
  }

  @Test
  void needsAtLeastOneRouter() {
    assertThatThrownBy(() -> new WeaveNetworkCheck(List.of(), strict().build(), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Weave router URLs");
    assertThatThrownBy(() -> WeaveNetworkCheck.Criteria.builder().minPeers(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
