package io.pdimesos.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WeaveTest {
  ClusterSim sim;
  List<String> w;

  @BeforeEach
  void start() {
    sim = ClusterSim.builder().agents(3).freePorts().steppedClock().build().start();
    w = sim.weaveUrls();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private static List<String> labels(String status) {
    List<String> out = new ArrayList<>();
    for (String line : status.split("\n")) {
      Matcher m = Pattern.compile("^ *([A-Za-z]+): ").matcher(line);
      if (m.find()) {
        out.add(line.substring(0, m.end()));
      }
    }
    return out;
  }

  @Test
  void reportOnlyForExactlyApplicationJson() {
    var ok = SimHttp.get(w.get(0) + "/report", "application/json");
    assertThat(ok.code()).isEqualTo(200);
    assertThat(ok.body()).contains("\n    \"Ready\": true");
    var list = SimHttp.get(w.get(0) + "/report", "application/json, */*");
    assertThat(list.code()).isEqualTo(400);
    assertThat(list.body()).isEqualTo("error: must supply one format parameter\n");
    assertThat(SimHttp.get(w.get(0) + "/report").code()).isEqualTo(400);
    var tmpl = SimHttp.get(w.get(0) + "/report?format=%7B%7Blen%20.Router.Peers%7D%7D%20%7B%7B.Router.NickName%7D%7D");
    assertThat(tmpl.body()).isEqualTo("3 agent-1");
    assertThat(SimHttp.get(w.get(0) + "/report?format=a&format=b").code()).isEqualTo(400);
    assertThat(SimHttp.get(w.get(0) + "/report?format=%7B%7B.Nope.Field%7D%7D").code()).isEqualTo(500);
    assertThat(SimHttp.get(w.get(0) + "/report?format=%7B%7Bprintf%20.X%7D%7D").code()).isEqualTo(400);
  }

  @Test
  void reportMatchesTheAgentsAndTasks() throws Exception {
    JsonNode report = SimHttp.get(w.get(0) + "/report", "application/json").json();
    assertThat(report.get("Router").get("Peers")).hasSize(3);
    // uint64 peer UIDs: some exceed Long.MAX_VALUE and must be read unsigned
    boolean big = false;
    for (JsonNode p : report.get("Router").get("Peers")) {
      BigInteger uid = p.get("UID").bigIntegerValue();
      big |= uid.compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0;
    }
    assertThat(big).isTrue();
    assertThat(report.get("IPAM").get("Entries")).hasSize(3);
    // empty lists are null, as Go writes them (fixture: {{json .DNS}})
    JsonNode dnsFixture = Shape.fixture("weave/docs-troubleshooting.report-format-json-DNS.fragment.json");
    JsonNode dns = SimHttp.get(w.get(0) + "/report?format=%7B%7Bjson%20.DNS%7D%7D").json();
    assertThat(Shape.diff(dnsFixture, dns, Set.of(), Set.of())).isEmpty();
    assertThat(dns.get("Entries").isNull()).isTrue();

    String m = sim.marathonUrls().get(0);
    SimHttp.send("PUT", m + "/v2/apps/web", "{\"cmd\":\"serve\",\"instances\":2}");
    sim.clock().advance(Duration.ofSeconds(2));
    JsonNode tasks = SimHttp.get(m + "/v2/tasks").json().get("tasks");
    JsonNode entries = SimHttp.get(w.get(1) + "/report", "application/json").json().get("DNS").get("Entries");
    assertThat(entries).hasSize(2);
    for (JsonNode t : tasks) {
      String ip = t.get("ipAddresses").get(0).get("ipAddress").asText();
      assertThat(entries.toString()).contains("\"Address\":\"" + ip + "\"");
      assertThat(ip).startsWith("10.");
    }
    assertThat(SimHttp.get(w.get(1) + "/status/dns").body().split("\n")).hasSize(2);
    long active = 0;
    for (String url : w) {
      active += SimHttp.get(url + "/report", "application/json").json().get("IPAM").get("ActiveIPs").asLong();
    }
    assertThat(active).isEqualTo(2);
  }

  @Test
  void textPagesFollowTheUpstreamLayout() {
    String status = SimHttp.get(w.get(0) + "/status").body();
    List<String> fixtureLabels = labels(Shape.text("weave/docs-kube-addon.weave-status.v2.0.1.txt"));
    assertThat(labels(status).subList(0, fixtureLabels.size())).isEqualTo(fixtureLabels);
    // the DNS section is laid out like the 1.1.0 doc example (which has no Upstream line)
    List<String> dnsLabels = List.of("         Domain: ", "            TTL: ", "        Entries: ");
    assertThat(labels(Shape.text("weave/docs-troubleshooting.weave-status.v1.1.0.txt"))).containsSubsequence(dnsLabels);
    assertThat(labels(status)).containsSubsequence(dnsLabels);
    assertThat(status).contains("    Connections: 2 (2 established)\n").contains("          Peers: 3 (with 6 established connections)\n");

    // column layout of /status/connections, /status/peers, /status/dns and /status/ipam
    assertSameColumns("weave/docs-troubleshooting.weave-status-connections.txt",
        SimHttp.get(w.get(0) + "/status/connections").body(), "established");
    assertThat(Shape.text("weave/docs-fastdp.weave-status-connections.fastdp.txt")).contains("fastdp");
    assertThat(Shape.text("weave/docs-fastdp.weave-status-connections.sleeve.txt")).contains("sleeve");
    assertThat(SimHttp.get(w.get(0) + "/status/connections").body()).contains(" fastdp ").contains("mtu=");
    assertSameColumns("weave/docs-troubleshooting.weave-status-peers.txt",
        SimHttp.get(w.get(0) + "/status/peers").body(), "established");
    assertSameColumns("weave/docs-troubleshooting-ipam.weave-status-ipam.txt",
        SimHttp.get(w.get(0) + "/status/ipam").body(), " IPs (");
    assertThat(Shape.text("weave/docs-troubleshooting-ipam.weave-status.ipam-awaiting-consensus.fragment.txt"))
        .contains("Status: awaiting consensus");

    SimHttp.send("PUT", sim.marathonUrls().get(0) + "/v2/apps/one", "{\"cmd\":\"serve\"}");
    sim.clock().advance(Duration.ofSeconds(2));
    String fixtureDns = Shape.text("weave/docs-troubleshooting.weave-status-dns.txt");
    String ourDns = SimHttp.get(w.get(0) + "/status/dns").body();
    assertThat(ourDns.indexOf(" 10.")).isEqualTo(fixtureDns.indexOf(" 10."));
    assertThat(ourDns).matches("one {10}10\\.\\d+\\.\\d+\\.\\d+ +[0-9a-f]{12} ce:31:e0:06:00:0\\d\n");

    String metrics = SimHttp.get(w.get(0) + "/metrics").body();
    assertThat(metrics).contains("weave_connections{encryption=\"\",state=\"established\",type=\"fastdp\"} 2\n");
  }

  /** The column where {@code marker} starts is the same in the fixture's and our first lines. */
  private static void assertSameColumns(String fixture, String ours, String marker) {
    String f = Shape.text(fixture).lines().filter(l -> l.contains(marker)).findFirst().orElseThrow();
    String o = ours.lines().filter(l -> l.contains(marker)).findFirst().orElseThrow();
    assertThat(o.indexOf(marker)).as(o + "\nvs\n" + f).isEqualTo(f.indexOf(marker));
  }

  @Test
  void aDisconnectedPeerIsSeenFromBothSides() {
    sim.faults().disconnectWeavePeer(2, true);
    String conns = SimHttp.get(w.get(0) + "/status/connections").body();
    assertThat(conns).contains("retrying    dial tcp4");
    JsonNode lonely = SimHttp.get(w.get(1) + "/report", "application/json").json();
    assertThat(lonely.get("Router").get("Peers")).hasSize(1);
    assertThat(lonely.get("Router").get("Peers").get(0).get("Connections").isNull()).isTrue();
    assertThat(SimHttp.get(w.get(0) + "/status/ipam").body()).contains("- unreachable!");
    assertThat(SimHttp.get(w.get(0) + "/metrics").body()).contains("weave_ipam_unreachable_count 1\n");
    sim.faults().disconnectWeavePeer(2, false);
    assertThat(SimHttp.get(w.get(0) + "/status/connections").body()).doesNotContain("retrying");
  }
}
