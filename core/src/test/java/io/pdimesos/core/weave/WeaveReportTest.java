package io.pdimesos.core.weave;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.http.Json;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Reading {@code /report} JSON into the lenient models (bodies: see {@link WeaveSamples}). */
class WeaveReportTest {
  private static WeaveReport parse(String json) throws Exception {
    return Json.MAPPER.readValue(json, WeaveReport.class);
  }

  @Test
  void readsEveryDocumentedSection() throws Exception {
    WeaveReport r = parse(WeaveSamples.REPORT);

    assertThat(r.ready()).isTrue();
    assertThat(r.version()).isEqualTo("2.8.1");
    assertThat(r.versionCheck().enabled()).isFalse();
    WeaveRouterStatus router = r.router();
    assertThat(router.name()).isEqualTo(WeaveSamples.HOST1);
    assertThat(router.nickName()).isEqualTo("host1");
    assertThat(router.port()).isEqualTo(6783);
    assertThat(router.protocolMaxVersion()).isEqualTo(2);
    assertThat(router.encryption()).isFalse();
    assertThat(router.peerDiscovery()).isTrue();
    assertThat(router.interfaceDescription()).isEqualTo("weave (via ODP)");
    assertThat(router.peers()).extracting(WeaveRouterStatus.Peer::label).containsExactly(
        WeaveSamples.HOST1 + "(host1)", WeaveSamples.HOST2 + "(host2)",
        WeaveSamples.HOST3 + "(host3)");
    WeaveRouterStatus.PeerConnection pc = router.peers().get(1).connections().get(0);
    assertThat(pc.name()).isEqualTo(WeaveSamples.HOST1);
    assertThat(pc.address()).isEqualTo("192.168.48.11:6783");
    assertThat(pc.outbound()).isTrue();
    assertThat(pc.established()).isTrue();
    WeaveRouterStatus.Connection c = router.connections().get(0);
    assertThat(c.address()).isEqualTo("192.168.48.12:39634");
    assertThat(c.state()).isEqualTo("established");
    assertThat(c.info()).isEqualTo("fastdp ea:2d:b2:e6:e4:f5(host2)");
    assertThat(c.attrs()).containsEntry("name", "fastdp").containsEntry("mtu", 1376);

    WeaveIpamStatus ipam = r.ipam();
    assertThat(ipam.paxos()).isNull();
    assertThat(ipam.range()).isEqualTo("10.32.0.0/12");
    assertThat(ipam.rangeNumIps()).isEqualTo(1048576);
    assertThat(ipam.activeIps()).isEqualTo(2);
    assertThat(ipam.entries()).extracting(WeaveIpamStatus.Entry::size)
        .containsExactly(349526L, 349525L, 349525L);
    assertThat(ipam.entries().get(1).token()).isEqualTo("10.37.85.86");
    assertThat(ipam.entries().get(1).nickname()).isEqualTo("host2");
    assertThat(ipam.entries()).allMatch(WeaveIpamStatus.Entry::knownPeer);

    WeaveDnsStatus dns = r.dns();
    assertThat(dns.domain()).isEqualTo("weave.local.");
    assertThat(dns.entries()).hasSize(3);
    assertThat(dns.liveEntries()).extracting(WeaveDnsStatus.Entry::hostname)
        .containsExactly("one.weave.local.", "two.weave.local.");
    assertThat(dns.entries().get(2).tombstone()).isEqualTo(1700000000L);
    assertThat(r.proxy()).isNull();
    assertThat(r.plugin()).isNull();
  }

  @Test
  void keepsUidsAboveLongMaxValueUnsigned() throws Exception {
    WeaveRouterStatus router = parse(WeaveSamples.REPORT).router();

    assertThat(router.peers().get(0).uid()).isEqualTo(new BigInteger(WeaveSamples.BIG_UID));
    assertThat(router.peers().get(0).uidString()).isEqualTo(WeaveSamples.BIG_UID);
    assertThat(router.peers().get(2).uidString()).isEqualTo("9223372036854775808");
    assertThat(router.peers().get(1).uid().longValueExact()).isEqualTo(3141592653589793238L);
  }

  @Test
  void goNullListsAndMapsBecomeEmpty() throws Exception {
    ObjectNode report = WeaveSamples.report();
    ObjectNode router = WeaveSamples.router(report);
    router.putNull("Peers");
    router.putNull("Connections");
    router.putNull("TrustedSubnets");
    ((ObjectNode) report.get("IPAM")).putNull("Entries");
    ((ObjectNode) report.get("DNS")).putNull("Upstream");
    ((ObjectNode) report.get("DNS")).putNull("Entries");
    ObjectNode target = router.putArray("Connections").addObject();
    target.put("Address", "192.168.48.14:6783").put("Outbound", true).put("State", "connecting")
        .put("Info", "").putNull("Attrs");

    WeaveReport r = parse(WeaveSamples.json(report));

    assertThat(r.router().peers()).isEmpty();
    assertThat(r.router().targets()).isEmpty(); // "Targets": null in the sample itself
    assertThat(r.router().trustedSubnets()).isEmpty();
    assertThat(r.router().connections().get(0).attrs()).isEmpty();
    assertThat(r.ipam().entries()).isEmpty();
    assertThat(r.ipam().pendingClaims()).isEmpty();
    assertThat(r.ipam().pendingAllocates()).isEmpty();
    assertThat(r.dns().upstream()).isEmpty();
    assertThat(r.dns().liveEntries()).isEmpty();
  }

  @Test
  void readsTheDocumentedDnsFragmentWithNullEntries() throws Exception {
    WeaveDnsStatus dns = Json.MAPPER.readValue(
        WeaveSamples.fixture("docs-troubleshooting.report-format-json-DNS.fragment.json"),
        WeaveDnsStatus.class);

    assertThat(dns.domain()).isEqualTo("weave.local.");
    assertThat(dns.upstream()).containsExactly("8.8.8.8", "8.8.4.4");
    assertThat(dns.address()).isEqualTo("172.17.0.1:53");
    assertThat(dns.ttl()).isEqualTo(1);
    assertThat(dns.entries()).isEmpty();
  }

  @Test
  void sectionsARouterDoesNotRunAreNull() throws Exception {
    ObjectNode report = WeaveSamples.report();
    report.remove("IPAM");
    report.remove("DNS");

    WeaveReport r = parse(WeaveSamples.json(report));

    assertThat(r.ipam()).isNull();
    assertThat(r.dns()).isNull();
    assertThat(r.router().peers()).hasSize(3);
  }

  @Test
  void oneXReportsHaveNoReadyField() throws Exception {
    ObjectNode report = WeaveSamples.report();
    report.remove("Ready");
    WeaveSamples.router(report).put("Interface", "veth-weave (via pcap)")
        .putObject("CaptureStats").put("PacketsDropped", 0).put("PacketsReceived", 12);

    WeaveReport r = parse(WeaveSamples.json(report));

    assertThat(r.ready()).isNull();
    assertThat(r.router().interfaceDescription()).isEqualTo("veth-weave (via pcap)");
  }

  @Test
  void skipsALargeOverlayDiagnosticsTreeAndUnknownFields() throws Exception {
    ObjectNode report = WeaveSamples.report();
    ArrayNode flows = (ArrayNode) WeaveSamples.router(report).get("OverlayDiagnostics")
        .get("fastdp").get("Flows");
    for (int i = 0; i < 20_000; i++) {
      ObjectNode f = flows.addObject();
      f.putArray("FlowKeys").addObject().put("InPort", i).put("EthSrc", "aa:bb:cc:dd:ee:ff");
      f.putArray("Actions").addObject().put("Output", 1);
      f.put("Packets", i).put("Bytes", i * 100L).put("Used", 1234567890L);
    }
    report.put("SomeFutureField", "ignored");

    WeaveReport r = parse(WeaveSamples.json(report));

    assertThat(r.router().peers()).hasSize(3);
    assertThat(r.dns().entries()).hasSize(3);
  }
}
