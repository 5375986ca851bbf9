package io.pdimesos.core.weave;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.http.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeaveHealthTest {
  private static WeaveHealth health(ObjectNode report) throws Exception {
    return WeaveHealth.of(Json.MAPPER.readValue(WeaveSamples.json(report), WeaveReport.class));
  }

  private static ObjectNode ipam(ObjectNode report) {
    return (ObjectNode) report.get("IPAM");
  }

  @Test
  void aHealthyReport() throws Exception {
    WeaveHealth h = health(WeaveSamples.report());

    assertThat(h.source()).isEqualTo(WeaveHealth.Source.REPORT);
    assertThat(h.router()).isEqualTo(WeaveSamples.HOST1 + "(host1)");
    assertThat(h.ready()).isTrue();
    assertThat(h.peerCount()).isEqualTo(3);
    assertThat(h.peerCountIsEstimate()).isFalse();
    assertThat(h.connectionsByState()).containsExactly(Map.entry("established", 2));
    assertThat(h.allConnectionsEstablished()).isTrue();
    assertThat(h.ipamState()).isEqualTo(WeaveHealth.IpamState.READY);
    assertThat(h.ipamReady(false)).isTrue();
    assertThat(h.unreachableIpamRanges()).isZero();
    assertThat(h.liveDnsEntryCount()).isEqualTo(2);
    assertThat(h.summary())
        .isEqualTo("3 peers; connections 2 established; IPAM ready; DNS 2 live");
  }

  @Test
  void listsEveryConnectionThatIsNotEstablished() throws Exception {
    ObjectNode report = WeaveSamples.report();
    ArrayNode cs = WeaveSamples.connections(report);
    ((ObjectNode) cs.get(1)).put("State", "pending");
    cs.addObject().put("Address", "192.168.48.14:6783").put("Outbound", true)
        .put("State", "retrying").put("Info", "dial tcp4 192.168.48.14:6783: no route to host")
        .putNull("Attrs");
    ((ObjectNode) WeaveSamples.router(report).get("Peers").get(1).get("Connections").get(1))
        .put("Established", false);

    WeaveHealth h = health(report);

    assertThat(h.allConnectionsEstablished()).isFalse();
    assertThat(h.connectionsByState()).containsExactly(Map.entry("established", 1),
        Map.entry("pending", 1), Map.entry("retrying", 1));
    assertThat(h.notEstablished()).containsExactly(
        "<- 192.168.48.13:49619 pending (fastdp ee:38:33:a7:d9:71(host3))",
        "-> 192.168.48.14:6783 retrying (dial tcp4 192.168.48.14:6783: no route to host)",
        "peer ea:2d:b2:e6:e4:f5(host2) <- ee:38:33:a7:d9:71(host3) at 192.168.48.13:58181"
            + " pending");
  }

  @Test
  void ipamStatusFollowsTheRoutersOwnPrecedence() throws Exception {
    ObjectNode unreachable = WeaveSamples.report();
    for (var e : ipam(unreachable).get("Entries")) {
      ((ObjectNode) e).put("IsKnownPeer", false);
    }
    ipam(unreachable).putArray("PendingAllocates").add("abc123 10.32.0.0/12");
    assertThat(health(unreachable).ipamState())
        .isEqualTo(WeaveHealth.IpamState.ALL_UNREACHABLE);
    assertThat(health(unreachable).unreachableIpamRanges()).isEqualTo(3);

    ObjectNode waiting = WeaveSamples.report();
    ipam(waiting).putArray("PendingAllocates").add("abc123 10.32.0.0/12");
    assertThat(health(waiting).ipamState()).isEqualTo(WeaveHealth.IpamState.WAITING_FOR_IPS);
    assertThat(health(waiting).ipamStatusText())
        .isEqualTo("waiting for IP(s) to become available");

    ObjectNode consensus = WeaveSamples.report();
    ipam(consensus).putNull("Entries");
    ipam(consensus).putObject("Paxos").put("Elector", true).put("KnownNodes", 1)
        .put("Quorum", 2);
    WeaveHealth c = health(consensus);
    assertThat(c.ipamState()).isEqualTo(WeaveHealth.IpamState.AWAITING_CONSENSUS);
    assertThat(c.ipamStatusText()).isEqualTo("awaiting consensus (quorum: 2, known: 1)");
    assertThat(c.ipamReady(true)).isFalse();

    ((ObjectNode) ipam(consensus).get("Paxos")).put("Elector", false);
    assertThat(health(consensus).ipamState()).isEqualTo(WeaveHealth.IpamState.PRIMING);

    ipam(consensus).putNull("Paxos");
    WeaveHealth idle = health(consensus);
    assertThat(idle.ipamState()).isEqualTo(WeaveHealth.IpamState.IDLE);
    assertThat(idle.ipamReady(true)).isTrue();
    assertThat(idle.ipamReady(false)).isFalse();

    ObjectNode none = WeaveSamples.report();
    none.remove("IPAM");
    assertThat(health(none).ipamState()).isEqualTo(WeaveHealth.IpamState.ABSENT);
  }

  @Test
  void aPendingClaimKeepsIpamFromBeingReady() throws Exception {
    ObjectNode report = WeaveSamples.report();
    ipam(report).putArray("PendingClaims").addObject().put("Ident", "abc123")
        .putObject("CIDR").put("Addr", "10.32.0.5").put("PrefixLen", 12);

    WeaveHealth h = health(report);

    assertThat(h.ipamState()).isEqualTo(WeaveHealth.IpamState.READY);
    assertThat(h.pendingClaims()).isEqualTo(1);
    assertThat(h.ipamReady(true)).isFalse();
  }

  @Test
  void dnsNamesMatchWithOrWithoutDomainAndTrailingDot() throws Exception {
    WeaveHealth h = health(WeaveSamples.report());

    assertThat(h.hasDnsEntry("one")).isTrue();
    assertThat(h.hasDnsEntry("one.weave.local")).isTrue();
    assertThat(h.hasDnsEntry("ONE.weave.local.")).isTrue();
    assertThat(h.hasDnsEntry("two.")).isTrue();
    assertThat(h.hasDnsEntry("gone")).as("tombstoned entries are not live").isFalse();
    assertThat(h.hasDnsEntry("on")).isFalse();
    assertThat(h.hasDnsEntry("one.other.domain")).isFalse();
  }

  @Test
  void fromMetricsEstimatesPeersAndKnowsNoNames() {
    WeaveHealth h = WeaveHealth.of(WeaveMetrics.parse(WeaveSamples.METRICS));

    assertThat(h.source()).isEqualTo(WeaveHealth.Source.METRICS);
    assertThat(h.peerCount()).isEqualTo(4); // 3 established connections + this router
    assertThat(h.peerCountIsEstimate()).isTrue();
    assertThat(h.ready()).isNull();
    assertThat(h.allConnectionsEstablished()).isTrue();
    assertThat(h.ipamState()).isEqualTo(WeaveHealth.IpamState.READY);
    assertThat(h.dnsRunning()).isTrue();
    assertThat(h.dnsNamesKnown()).isFalse();
    assertThat(h.liveDnsEntryCount()).isEqualTo(3);
  }

  @Test
  void fromMetricsReportsBadConnectionsAndIpam() {
    WeaveHealth h = WeaveHealth.of(WeaveMetrics.parse(WeaveSamples.METRICS
        .replace("state=\"failed\",type=\"unknown\"} 0", "state=\"failed\",type=\"unknown\"} 2")
        .replace("weave_ipam_unreachable_count 0", "weave_ipam_unreachable_count 3")
        .replace("weave_ipam_unreachable_percentage 0", "weave_ipam_unreachable_percentage 100")));

    assertThat(h.notEstablished()).containsExactly("2 failed (weave_connections)");
    assertThat(h.ipamState()).isEqualTo(WeaveHealth.IpamState.ALL_UNREACHABLE);
    assertThat(h.unreachableIpamRanges()).isEqualTo(3);
  }
}
