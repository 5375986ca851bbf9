package io.pdimesos.core.weave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.error.RejectedException;
import io.pdimesos.core.http.Auth;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WeaveClientTest {
  private final MockWebServer server = new MockWebServer();
  private final MockWebServer other = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
    other.start();
  }

  @AfterEach
  void stop() {
    server.close();
    other.close();
  }

  private static ServiceSettings.Builder settings(String urls) {
    return ServiceSettings.builder().urls(urls).retry(RetryPolicy.none())
        .timeouts(Timeouts.of(1_000, 2_000, 5_000));
  }

  private WeaveClient client() {
    return WeaveClient.forUrl(server.url("/").toString(), settings("").build(), null);
  }

  private static MockResponse ok(String body, String type) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", type).body(body)
        .build();
  }

  @Test
  void asksForTheReportWithAcceptExactlyApplicationJson() throws Exception {
    server.enqueue(ok(WeaveSamples.REPORT, "application/json"));

    WeaveReport r = client().report(CancellationToken.none());

    assertThat(r.router().peers()).hasSize(3);
    RecordedRequest req = server.takeRequest();
    assertThat(req.getMethod()).isEqualTo("GET");
    assertThat(req.getTarget()).isEqualTo("/report");
    // "application/json, */*" would fall through to the template route and get a 400
    assertThat(req.getHeaders().values("Accept")).containsExactly("application/json");
  }

  @Test
  void aBodyThatIsNotAReportIsABadResponse() {
    server.enqueue(ok("<html><body>proxy login</body></html>", "text/html"));
    server.enqueue(ok("[\"not\", \"a report\"]", "application/json"));

    assertThatThrownBy(() -> client().report(CancellationToken.none()))
        .isInstanceOf(BadResponseException.class)
        .hasMessageContaining("GET " + server.url("/report"))
        .hasMessageContaining("HTML page").hasMessageContaining("proxy login");
    assertThatThrownBy(() -> client().report(CancellationToken.none()))
        .isInstanceOf(BadResponseException.class)
        .hasMessageContaining("not a Weave report");
  }

  /**
   * A JSON object without the router's own status (no Router, or one without a name) was read
   * as "no peers, IPAM fine": weave status called it healthy.
   */
  @Test
  void aReportWithoutItsRouterIsABadResponseNotAHealthyNetwork() {
    server.enqueue(ok("{}", "application/json"));
    server.enqueue(ok("{\"Router\": {\"Peers\": null}, \"IPAM\": null}", "application/json"));

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> client().report(CancellationToken.none()))
          .isInstanceOf(BadResponseException.class).hasMessageContaining("Router")
          .hasMessageContaining("GET " + server.url("/report"));
    }
  }

  @Test
  void theTemplateRoutesErrorIsQuoted() {
    server.enqueue(new MockResponse.Builder().code(400)
        .body("error: must supply one format parameter\n").build());

    assertThatThrownBy(() -> client().report(CancellationToken.none()))
        .isInstanceOf(RejectedException.class).hasMessageContaining("HTTP 400")
        .hasMessageContaining("must supply one format parameter");
  }

  @Test
  void readsTheStatusPageAlsoWhileNotReady() throws Exception {
    String page = WeaveSamples.fixture("docs-kube-addon.weave-status.v2.0.1.txt");
    server.enqueue(new MockResponse.Builder().code(503).body(page).build());
    server.enqueue(ok(page, "text/plain"));
    WeaveClient c = client();

    WeaveStatusSummary notReady = c.status(CancellationToken.none());
    WeaveStatusSummary ready = c.status(CancellationToken.none());

    assertThat(notReady.ready()).isFalse();
    assertThat(notReady.peerCount()).isEqualTo(3);
    assertThat(ready.ready()).isTrue();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/status");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void readsEachStatusSubPage() throws Exception {
    server.enqueue(ok(WeaveSamples.fixture("docs-troubleshooting.weave-status-connections.txt"),
        "text/plain"));
    server.enqueue(ok(WeaveSamples.fixture("docs-troubleshooting.weave-status-peers.txt"),
        "text/plain"));
    server.enqueue(ok(WeaveSamples.fixture("docs-troubleshooting.weave-status-dns.txt"),
        "text/plain"));
    server.enqueue(ok(WeaveSamples.fixture("docs-troubleshooting-ipam.weave-status-ipam.txt"),
        "text/plain"));
    WeaveClient c = client();

    assertThat(c.statusConnections(CancellationToken.none())).hasSize(5);
    assertThat(c.statusPeers(CancellationToken.none())).hasSize(3);
    assertThat(c.statusDns(CancellationToken.none())).hasSize(9);
    assertThat(c.statusIpam(CancellationToken.none())).hasSize(3);

    assertThat(server.takeRequest().getTarget()).isEqualTo("/status/connections");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/status/peers");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/status/dns");
    RecordedRequest ipam = server.takeRequest();
    assertThat(ipam.getTarget()).isEqualTo("/status/ipam");
    assertThat(ipam.getHeaders().get("Accept")).isEqualTo("text/plain");
  }

  @Test
  void anUnreadableStatusPageNamesTheRequest() {
    server.enqueue(ok("something else entirely\n", "text/plain"));

    assertThatThrownBy(() -> client().statusPeers(CancellationToken.none()))
        .isInstanceOf(BadResponseException.class)
        .hasMessageContaining("GET " + server.url("/status/peers"))
        .hasMessageContaining("something else entirely");
  }

  @Test
  void readsMetricsAsPrometheusText() throws Exception {
    server.enqueue(ok(WeaveSamples.METRICS, "text/plain; version=0.0.4"));

    WeaveMetrics m = client().metrics(CancellationToken.none());

    assertThat(m.connectionsByState()).containsEntry("established", 3);
    RecordedRequest req = server.takeRequest();
    assertThat(req.getTarget()).isEqualTo("/metrics");
    assertThat(req.getHeaders().get("Accept")).startsWith("text/plain");
  }

  @Test
  void aMetricsOnlyAddressAnswers404ForTheReport() {
    server.enqueue(new MockResponse.Builder().code(404).body("404 page not found\n").build());

    assertThatThrownBy(() -> client().report(CancellationToken.none()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void oneClientPerRouterWithSharedAuthAndNoFailover() throws Exception {
    server.enqueue(ok(WeaveSamples.METRICS, "text/plain"));
    other.enqueue(ok(WeaveSamples.METRICS, "text/plain"));
    ServiceSettings s = settings(server.url("/") + ", " + other.url("/"))
        .auth(Auth.basic("ops", "hunter2")).build();

    List<WeaveClient> clients = WeaveClient.forEachRouter(s, null);
    for (WeaveClient c : clients) {
      c.metrics(CancellationToken.none());
    }

    assertThat(clients).extracting(WeaveClient::url)
        .containsExactly(server.url("/").toString(), other.url("/").toString());
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(other.getRequestCount()).isEqualTo(1);
    assertThat(server.takeRequest().getHeaders().get("Authorization")).startsWith("Basic ");
    assertThat(other.takeRequest().getHeaders().get("Authorization")).startsWith("Basic ");
    assertThat(clients.get(0).toString()).doesNotContain("hunter2");
  }

  @Test
  void anEmptyOrBadRouterListNamesTheSetting() {
    assertThatThrownBy(() -> WeaveClient.forEachRouter(settings("").build(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(WeaveClient.ROUTERS_SETTING);
    assertThatThrownBy(() -> WeaveClient.forEachRouter(settings("http://[bad").build(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(WeaveClient.ROUTERS_SETTING);
  }
}
