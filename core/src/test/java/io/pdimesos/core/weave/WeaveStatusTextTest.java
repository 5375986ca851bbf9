package io.pdimesos.core.weave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code /status*} text pages, checked against the upstream docs' outputs (fixtures). */
class WeaveStatusTextTest {
  @Test
  void readsTheKubernetesStatusPage() {
    WeaveStatusSummary s = WeaveStatusSummary.parse(
        WeaveSamples.fixture("docs-kube-addon.weave-status.v2.0.1.txt"), true);

    assertThat(s.ready()).isTrue();
    assertThat(s.version()).isEqualTo("2.0.1");
    assertThat(s.versionCheck()).isEqualTo("up to date; next check at 2017/07/10 13:49:29");
    assertThat(s.services()).containsExactly("router", "ipam");
    assertThat(s.routerName()).isEqualTo("42:8e:e8:c4:52:1b(host-0)");
    assertThat(s.value("router", "Protocol")).isEqualTo("weave 1..2");
    assertThat(s.encryption()).isFalse();
    assertThat(s.targetCount()).isEqualTo(3);
    assertThat(s.connectionCount()).isEqualTo(3);
    assertThat(s.connectionsByState()).containsExactly(Map.entry("established", 2),
        Map.entry("failed", 1));
    assertThat(s.peerCount()).isEqualTo(3);
    assertThat(s.peerConnectionsByState()).containsExactly(Map.entry("established", 6));
    assertThat(s.ipamStatus()).isEqualTo("ready");
    assertThat(s.value("ipam", "Range")).isEqualTo("10.32.0.0/12");
    assertThat(s.dnsEntryCount()).isEqualTo(-1);
  }

  @Test
  void readsTheOlderDocsPageWithEveryService() {
    WeaveStatusSummary s = WeaveStatusSummary.parse(
        WeaveSamples.fixture("docs-troubleshooting.weave-status.v1.1.0.txt"), false);

    assertThat(s.ready()).isFalse();
    assertThat(s.version()).isEqualTo("1.1.0");
    assertThat(s.services()).containsExactly("router", "ipam", "dns", "proxy", "plugin (legacy)");
    assertThat(s.targetCount()).isEqualTo(2); // the docs' hand-edited "[a b]" list
    assertThat(s.connectionsByState()).containsExactly(Map.entry("established", 1),
        Map.entry("pending", 1), Map.entry("retrying", 1), Map.entry("failed", 1),
        Map.entry("connecting", 1));
    assertThat(s.peerConnectionsByState()).containsExactly(Map.entry("established", 5),
        Map.entry("pending", 1));
    assertThat(s.value("router", "TrustedSubnets")).isEqualTo("none");
    assertThat(s.value("ipam", "Range")).isEqualTo("10.32.0.0-10.47.255.255");
    assertThat(s.value("dns", "Domain")).isEqualTo("weave.local.");
    assertThat(s.dnsEntryCount()).isEqualTo(9);
    assertThat(s.value("proxy", "Address")).isEqualTo("tcp://127.0.0.1:12375");
    assertThat(s.value("plugin (legacy)", "DriverName")).isEqualTo("weave");
  }

  @Test
  void readsTheAwaitingConsensusIpamBlock() {
    // The fragment is the IPAM block of a status page, which starts with the Version line.
    WeaveStatusSummary s = WeaveStatusSummary.parse("        Version: 2.0.1\n"
        + WeaveSamples.fixture(
            "docs-troubleshooting-ipam.weave-status.ipam-awaiting-consensus.fragment.txt"), true);

    assertThat(s.ipamStatus()).isEqualTo("awaiting consensus (quorum: 2, known: 0)");
    assertThat(s.value("ipam", "DefaultSubnet")).isEqualTo("10.32.0.0/12");
    assertThat(s.peerCount()).isEqualTo(-1);
  }

  @Test
  void rejectsAPageThatIsNotLabelValue() {
    assertThatThrownBy(() -> WeaveStatusSummary.parse("        Version: 2.8.1\n<html>oops", true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2")
        .hasMessageContaining("<html>oops");
  }

  @Test
  void readsConnectionsInEveryState() {
    List<WeaveStatusPages.Connection> cs = WeaveStatusPages.parseConnections(
        WeaveSamples.fixture("docs-troubleshooting.weave-status-connections.txt"));

    assertThat(cs).extracting(WeaveStatusPages.Connection::state)
        .containsExactly("established", "pending", "retrying", "failed", "connecting");
    WeaveStatusPages.Connection live = cs.get(0);
    assertThat(live.outbound()).isFalse();
    assertThat(live.address()).isEqualTo("192.168.48.12:33866");
    assertThat(live.info()).isEqualTo("unencrypted fastdp 7e:21:4a:70:2f:45(host2)");
    assertThat(live.attrs()).containsExactly(Map.entry("mtu", "1410"));
    assertThat(live.overlay()).isEqualTo("fastdp");
    assertThat(cs.get(1).info()).isEqualTo("encrypted   fastdp 7e:ae:cd:d5:23:8d(host3)");
    assertThat(cs.get(1).attrs()).isEmpty();
    assertThat(cs.get(2).outbound()).isTrue();
    assertThat(cs.get(2).info()).isEqualTo("dial tcp4 192.168.48.14:6783: no route to host");
    assertThat(cs.get(3).info()).endsWith("retry: 2015-08-06 18:55:38.246910357 +0000 UTC");
    assertThat(cs.get(4).address()).isEqualTo("192.168.48.16:6783");
    assertThat(cs.get(4).info()).isEmpty();
  }

  @Test
  void readsFastdpAndSleeveLinesIncludingTheDocsMissingSpace() {
    WeaveStatusPages.Connection fastdp = WeaveStatusPages.parseConnections(
        WeaveSamples.fixture("docs-fastdp.weave-status-connections.fastdp.txt")).get(0);
    WeaveStatusPages.Connection sleeve = WeaveStatusPages.parseConnections(
        WeaveSamples.fixture("docs-fastdp.weave-status-connections.sleeve.txt")).get(0);

    assertThat(fastdp.address()).isEqualTo("192.168.122.25:43889");
    assertThat(fastdp.overlay()).isEqualTo("fastdp");
    assertThat(sleeve.address()).isEqualTo("192.168.122.25:54782");
    assertThat(sleeve.state()).isEqualTo("established");
    assertThat(sleeve.overlay()).isEqualTo("sleeve");
  }

  @Test
  void splitsAttributesPrintedWithoutSeparator() {
    // weave issue #3569 shows "encrypted=truemtu=8192": the template joins attrs with nothing.
    WeaveStatusPages.Connection c = WeaveStatusPages.parseConnections(
        "<- 10.0.0.2:41234        established encrypted   fastdp a:b(h) encrypted=truemtu=8192\n")
        .get(0);

    assertThat(c.attrs()).containsExactly(Map.entry("encrypted", "true"), Map.entry("mtu", "8192"));
    assertThat(c.info()).isEqualTo("encrypted   fastdp a:b(h)");
  }

  @Test
  void readsPeersWithTheirConnections() {
    List<WeaveStatusPages.Peer> peers = WeaveStatusPages.parsePeers(
        WeaveSamples.fixture("docs-troubleshooting.weave-status-peers.txt"));

    assertThat(peers).extracting(WeaveStatusPages.Peer::nickName)
        .containsExactly("host1", "host2", "host3");
    assertThat(peers.get(0).name()).isEqualTo(WeaveSamples.HOST1);
    assertThat(peers).allSatisfy(p -> assertThat(p.connections()).hasSize(2)
        .allMatch(WeaveStatusPages.PeerConnection::established));
    WeaveStatusPages.PeerConnection c = peers.get(1).connections().get(0);
    assertThat(c.outbound()).isTrue();
    assertThat(c.address()).isEqualTo("192.168.48.11:6783");
    assertThat(c.name()).isEqualTo(WeaveSamples.HOST1);
    assertThat(c.nickName()).isEqualTo("host1");
  }

  @Test
  void rejectsAPeerConnectionBeforeAnyPeer() {
    assertThatThrownBy(() -> WeaveStatusPages.parsePeers(
        "   -> 192.168.48.11:6783    ce:31:e0:06:45:1a(host1)         established\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/status/peers");
  }

  @Test
  void readsLiveDnsEntries() {
    List<WeaveStatusPages.DnsLine> dns = WeaveStatusPages.parseDns(
        WeaveSamples.fixture("docs-troubleshooting.weave-status-dns.txt"));

    assertThat(dns).hasSize(9);
    assertThat(dns.get(1).hostname()).isEqualTo("one");
    assertThat(dns.get(1).address()).isEqualTo("10.43.255.255");
    assertThat(dns.get(1).containerIdPrefix()).isEqualTo("4fcec78d2a9b");
    assertThat(dns.get(1).origin()).isEqualTo("66:c4:47:c6:65:bf");
    assertThat(dns).extracting(WeaveStatusPages.DnsLine::hostname).containsOnly("one", "two",
        "three");
  }

  @Test
  void readsIpamOwnershipWithActiveAndUnreachablePeers() {
    List<WeaveStatusPages.IpamLine> ipam = WeaveStatusPages.parseIpam(
        WeaveSamples.fixture("docs-troubleshooting-ipam.weave-status-ipam.txt"));

    assertThat(ipam).extracting(WeaveStatusPages.IpamLine::nickName)
        .containsExactly("one", "two", "three");
    assertThat(ipam.get(0).name()).isEqualTo("00:00:00:00:00:01");
    assertThat(ipam.get(0).ips()).isEqualTo(349526);
    assertThat(ipam.get(0).percent()).isEqualTo(33.3);
    assertThat(ipam.get(0).active()).isEqualTo(2);
    assertThat(ipam.get(1).active()).isEqualTo(-1);
    assertThat(ipam).extracting(WeaveStatusPages.IpamLine::unreachable)
        .containsExactly(false, false, true);
  }
}
