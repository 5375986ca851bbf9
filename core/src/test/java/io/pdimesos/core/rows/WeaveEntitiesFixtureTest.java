package io.pdimesos.core.rows;

import static io.pdimesos.core.rows.WeaveEntitiesEmulatorTest.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.weave.WeaveClient;
import io.pdimesos.core.weave.WeaveSamples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Weave readers over HTTP: the project's reference report (WeaveSamples.REPORT, assembled
 * from the fixtures and weave.md §3) and the real {@code {{json .DNS}}} fixture, typed values,
 * the request sent, and a router whose answer is not a report.
 */
class WeaveEntitiesFixtureTest {
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private List<WeaveClient> routers() {
    ServiceSettings s = ServiceSettings.builder().urls(server.url("/").toString())
        .timeouts(Timeouts.of(1_000, 2_000, 5_000)).retry(RetryPolicy.none()).build();
    return WeaveClient.forEachRouter(s, ProgressListener.NONE);
  }

  private void serve(String body) {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type",
        "application/json").body(body).build());
  }

  private Map<String, Record> read(String code, String key) {
    serve(WeaveSamples.REPORT);
    List<Record> out = new ArrayList<>();
    WeaveEntities.reader(code, routers()).read(RowFilter.NONE, out::add,
        CancellationToken.none());
    return out.stream().collect(Collectors.toMap(r -> (String) r.value(key, FieldType.STRING),
        r -> r));
  }

  @Test
  void peersCarryTheRouterAndExactUids() throws InterruptedException {
    Map<String, Record> peers = read(WeaveEntities.PEERS, "/NickName");
    assertThat(peers).containsOnlyKeys("host1", "host2", "host3");
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getMethod()).isEqualTo("GET");
    assertThat(sent.getTarget()).isEqualTo("/report");
    // gorilla/mux routes to JSON only for exactly this Accept value (weave.md §2).
    assertThat(sent.getHeaders().get("Accept")).isEqualTo("application/json");

    Record host1 = peers.get("host1");
    List<SourceField> f = WeaveEntities.PEER_FIELDS;
    assertThat(host1.value(field(f, "uid"))).isEqualTo("14535644035616940483");
    assertThat(host1.value(field(f, "short_id"))).isEqualTo(1L);
    assertThat(host1.value(field(f, "connections"))).isEqualTo(2L);
    assertThat(host1.value(field(f, "established"))).isEqualTo(2L);
    assertThat(host1.value(field(f, "is_router"))).isEqualTo(true);
    assertThat(peers.get("host2").value(field(f, "is_router"))).isEqualTo(false);
    assertThat(host1.value(field(f, "router_url"))).isEqualTo(server.url("/").toString());
    assertThat(host1.value(field(f, "router_name"))).isEqualTo("ce:31:e0:06:45:1a");
    assertThat(host1.value(field(f, "router_nickname"))).isEqualTo("host1");
    // Anything else of the item by pointer.
    assertThat(host1.value("/Connections/0/Outbound", FieldType.BOOLEAN)).isEqualTo(false);
  }

  @Test
  void connectionsHaveTypedAttributes() {
    Map<String, Record> conns = read(WeaveEntities.CONNECTIONS, "/Address");
    assertThat(conns).hasSize(2);
    Record c = conns.get("192.168.48.12:39634");
    List<SourceField> f = WeaveEntities.CONNECTION_FIELDS;
    assertThat(c.value(field(f, "outbound"))).isEqualTo(false);
    assertThat(c.value(field(f, "state"))).isEqualTo("established");
    assertThat(c.value(field(f, "overlay"))).isEqualTo("fastdp");
    assertThat(c.value(field(f, "mtu"))).isEqualTo(1376L);
    assertThat(c.value(field(f, "encrypted"))).isNull();
  }

  @Test
  void ipamRangesEndWhereTheNextBegins() {
    Map<String, Record> ranges = read(WeaveEntities.IPAM, "/Nickname");
    assertThat(ranges).hasSize(3);
    List<SourceField> f = WeaveEntities.IPAM_FIELDS;
    Record host1 = ranges.get("host1");
    assertThat(host1.value(field(f, "size"))).isEqualTo(349526L);
    assertThat(host1.value(field(f, "is_known_peer"))).isEqualTo(true);
    assertThat(host1.value(field(f, "last_address"))).isEqualTo("10.37.85.85");
    assertThat(ranges.get("host2").value(field(f, "token"))).isEqualTo("10.37.85.86");
    assertThat(ranges.get("host3").value(field(f, "last_address"))).isEqualTo("10.47.255.255");
  }

  @Test
  void dnsTombstonesBecomeDeletionDates() {
    Map<String, Record> dns = read(WeaveEntities.DNS, "/Hostname");
    assertThat(dns).hasSize(3);
    List<SourceField> f = WeaveEntities.DNS_FIELDS;
    assertThat(dns.get("one.weave.local.").value(field(f, "live"))).isEqualTo(true);
    Record gone = dns.get("gone.weave.local.");
    assertThat(gone.value(field(f, "live"))).isEqualTo(false);
    assertThat(gone.value(field(f, "deleted_at"))).isEqualTo(new Date(1_700_000_000_000L));
    assertThat(gone.value(field(f, "origin"))).isEqualTo("ee:38:33:a7:d9:71");
  }

  @Test
  void theRealDnsFragmentWithNullEntriesGivesNoRows() throws IOException {
    // `weave report -f '{{json .DNS}}'` output, as the DNS section of the sample report (a
    // report without its Router is refused: every router reports itself).
    com.fasterxml.jackson.databind.node.ObjectNode report =
        (com.fasterxml.jackson.databind.node.ObjectNode) io.pdimesos.core.http.Json.MAPPER
            .readTree(WeaveSamples.REPORT);
    report.set("DNS", io.pdimesos.core.http.Json.MAPPER.readTree(
        fixture("docs-troubleshooting.report-format-json-DNS.fragment.json")));
    serve(report.toString());
    CollectingSink sink = CollectingSink.collecting();
    List<ResponseInfo> answered = sink.answers;
    List<Record> rows = sink.records;
    long n = WeaveEntities.reader(WeaveEntities.DNS, routers()).read(RowFilter.NONE, sink,
        CancellationToken.none());
    assertThat(n).isZero();
    assertThat(rows).isEmpty();
    assertThat(answered).extracting(ResponseInfo::url).containsExactly(server.url("/")
        .toString());
    assertThat(answered.get(0).responseMillis()).isNotNegative();
  }

  @Test
  void aBodyThatIsNotAReportIsThatRoutersFailure() {
    serve("[]");
    EntityReader reader = WeaveEntities.reader(WeaveEntities.PEERS, routers());
    assertThatThrownBy(() -> reader.read(RowFilter.NONE, r -> true, CancellationToken.none()))
        .isInstanceOf(BadResponseException.class).hasMessageContaining("/report")
        .hasMessageContaining("JSON object");
    serve("<html>not found</html>");
    CollectingSink sink = CollectingSink.keepingFailures();
    long n = reader.read(RowFilter.NONE, sink, CancellationToken.none());
    List<ClusterException> failures = sink.failures;
    assertThat(n).isZero();
    assertThat(failures).singleElement().isInstanceOf(BadResponseException.class)
        .extracting(Throwable::getMessage).asString().contains("not a Weave report");
  }

  /**
   * The rows are read from the report's tokens, not from a tree: a report without the router's
   * own status (Router missing, or not an object) is refused there too, before any of its IPAM
   * or DNS items (which come first here) is handed on.
   */
  @Test
  void aReportWithoutItsRouterGivesNoRowsButThatRoutersFailure() throws IOException {
    com.fasterxml.jackson.databind.node.ObjectNode sample =
        (com.fasterxml.jackson.databind.node.ObjectNode) io.pdimesos.core.http.Json.MAPPER
            .readTree(WeaveSamples.REPORT);
    com.fasterxml.jackson.databind.node.ObjectNode noRouter = sample.deepCopy();
    noRouter.remove("Router");
    com.fasterxml.jackson.databind.node.ObjectNode routerLast = sample.deepCopy();
    routerLast.remove("Router");
    routerLast.put("Router", "weave");
    for (String body : List.of(noRouter.toString(), routerLast.toString())) {
      serve(body);
      CollectingSink sink = CollectingSink.keepingFailures();
      long n = WeaveEntities.reader(WeaveEntities.IPAM, routers()).read(RowFilter.NONE, sink,
          CancellationToken.none());
      assertThat(n).as(body).isZero();
      assertThat(sink.records).as(body).isEmpty();
      assertThat(sink.failures).as(body).singleElement()
          .isInstanceOf(BadResponseException.class).extracting(Throwable::getMessage)
          .asString().contains("GET " + server.url("/report")).contains("field 'Router'");
    }
  }

  @Test
  void theReportTreeLeavesOutOnlyTheOverlayDiagnostics() {
    serve(WeaveSamples.REPORT);
    JsonNode router = routers().get(0).reportJson(CancellationToken.none()).tree().path("Router");
    assertThat(router.has("OverlayDiagnostics")).isFalse();
    assertThat(router.path("Peers")).hasSize(3);
    assertThat(router.path("TrustedSubnets").isArray()).isTrue(); // empty, but kept
    assertThat(router.path("Targets").isNull()).isTrue(); // Go's nil slice, kept as null
    assertThat(router.path("UnicastRoutes")).hasSize(1);
  }

  @Test
  void aCancelledReadAsksNoRouterAndReportsNoFailure() {
    CancellationToken cancelled = CancellationToken.create();
    cancelled.cancel();
    CollectingSink sink = CollectingSink.keepingFailures();
    assertThatThrownBy(() -> WeaveEntities.reader(WeaveEntities.PEERS, routers())
        .read(RowFilter.NONE, sink, cancelled)).isInstanceOf(CancelledException.class);
    assertThat(sink.failedUrls).isEmpty();
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void unknownCodesAndEmptyRouterListsAreRefused() {
    assertThatThrownBy(() -> WeaveEntities.reader("routes", routers()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'routes'")
        .hasMessageContaining("[peers, connections, ipam, dns]");
    assertThatThrownBy(() -> WeaveEntities.reader(WeaveEntities.PEERS, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(WeaveClient.ROUTERS_SETTING);
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = WeaveEntitiesFixtureTest.class.getResourceAsStream("/fixtures/weave/"
        + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
