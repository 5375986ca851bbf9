package io.pdimesos.core.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.weave.WeaveClient;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.model.ClusterModel;
import java.io.IOException;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every Weave entity read from the emulator's routers: each router's rows must equal the
 * emulator's model as that router sees it (all agents are peers, one connection to every other
 * agent, one IPAM range per agent, one DNS entry per running task).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeaveEntitiesEmulatorTest {
  private static final int AGENTS = 3;

  private ClusterSim sim;
  private List<WeaveClient> routers;
  private int runningTasks;

  @BeforeAll
  void startSim() {
    sim = RowScenarios.weaveCluster(AGENTS);
    routers = WeaveClient.forEachRouter(settings(sim.weaveUrls()), ProgressListener.NONE);
    runningTasks = RowScenarios.weaveTasks(sim.model());
  }

  @AfterAll
  void stopSim() {
    sim.close();
  }

  private static ServiceSettings settings(List<String> urls) {
    return ServiceSettings.builder().urls(String.join(",", urls))
        .timeouts(Timeouts.of(1_000, 2_000, 5_000)).retry(RetryPolicy.none()).build();
  }

  private static List<Record> read(String code, List<WeaveClient> clients) {
    List<Record> out = new ArrayList<>();
    WeaveEntities.reader(code, clients).read(RowFilter.NONE, out::add, CancellationToken.none());
    return out;
  }

  private static Map<Object, Long> perRouter(List<Record> records) {
    return records.stream().collect(Collectors.groupingBy(r -> r.derived().get("router_url"),
        Collectors.counting()));
  }

  private Map<Object, Long> eachRouter(long n) {
    return routers.stream().collect(Collectors.toMap(WeaveClient::url, r -> n));
  }

  @Test
  void everyRouterReportsEveryPeerWithItsConnections() {
    List<Record> peers = read(WeaveEntities.PEERS, routers);
    assertThat(perRouter(peers)).isEqualTo(eachRouter(sim.model().agents().size()));
    SourceField established = field(WeaveEntities.PEER_FIELDS, "established");
    SourceField isRouter = field(WeaveEntities.PEER_FIELDS, "is_router");
    assertThat(peers).allSatisfy(p -> assertThat(p.value(established)).isEqualTo(
        (long) AGENTS - 1));
    assertThat(peers.stream().filter(p -> Boolean.TRUE.equals(p.value(isRouter))))
        .hasSize(AGENTS);
    // Go's uint64 UIDs exceed a Java long for some agents: they must stay exact, as text.
    SourceField uid = field(WeaveEntities.PEER_FIELDS, "uid");
    assertThat(peers).anySatisfy(p -> assertThat(new BigInteger((String) p.value(uid)))
        .isGreaterThan(BigInteger.valueOf(Long.MAX_VALUE)));
    Record first = peers.get(0);
    assertThat(first.value("@router_name", FieldType.STRING)).asString().matches(
        "([0-9a-f]{2}:){5}[0-9a-f]{2}");
    assertThat(first.value("@router_nickname", FieldType.STRING)).isNotNull();
  }

  @Test
  void connectionsAreOnePerOtherAgentAndEstablished() {
    List<Record> conns = read(WeaveEntities.CONNECTIONS, routers);
    assertThat(perRouter(conns)).isEqualTo(eachRouter(AGENTS - 1));
    SourceField state = field(WeaveEntities.CONNECTION_FIELDS, "state");
    SourceField outbound = field(WeaveEntities.CONNECTION_FIELDS, "outbound");
    SourceField mtu = field(WeaveEntities.CONNECTION_FIELDS, "mtu");
    assertThat(conns).allSatisfy(c -> {
      assertThat(c.value(state)).isEqualTo("established");
      assertThat(c.value(outbound)).isInstanceOf(Boolean.class);
      assertThat(c.value(mtu)).isInstanceOf(Long.class);
    });
    // Between two peers, exactly one side dialled.
    assertThat(conns.stream().filter(c -> Boolean.TRUE.equals(c.value(outbound))))
        .hasSize(conns.size() / 2);
  }

  @Test
  void ipamHasOneRangePerAgentCoveringTheAllocationRange() {
    List<Record> ranges = read(WeaveEntities.IPAM, routers);
    assertThat(perRouter(ranges)).isEqualTo(eachRouter(sim.model().agents().size()));
    SourceField size = field(WeaveEntities.IPAM_FIELDS, "size");
    long perRouter = ranges.stream().limit(AGENTS).mapToLong(r -> (Long) r.value(size)).sum();
    assertThat(perRouter).isLessThanOrEqualTo(ClusterModel.IPAM_SIZE).isPositive();
    Record r0 = ranges.get(0);
    long first = ClusterModel.ipToLong((String) r0.value(field(WeaveEntities.IPAM_FIELDS,
        "token")));
    assertThat(r0.value(field(WeaveEntities.IPAM_FIELDS, "last_address"))).isEqualTo(
        ClusterModel.longToIp(first + (Long) r0.value(size) - 1));
    assertThat(r0.value(field(WeaveEntities.IPAM_FIELDS, "is_known_peer"))).isEqualTo(true);
    assertThat(r0.value(field(WeaveEntities.IPAM_FIELDS, "allocation_range")))
        .isEqualTo("10.32.0.0/12");
  }

  @Test
  void dnsHasOneLiveEntryPerRunningTask() {
    List<Record> dns = read(WeaveEntities.DNS, routers);
    assertThat(runningTasks).isEqualTo(3);
    assertThat(perRouter(dns)).isEqualTo(eachRouter(runningTasks));
    SourceField hostname = field(WeaveEntities.DNS_FIELDS, "hostname");
    assertThat(dns.stream().map(d -> d.value(hostname)).distinct())
        .containsExactlyInAnyOrder("web-1.weave.local.", "web-2.weave.local.", "db.weave.local.");
    assertThat(dns).allSatisfy(d -> {
      assertThat(d.value(field(WeaveEntities.DNS_FIELDS, "live"))).isEqualTo(true);
      assertThat(d.value(field(WeaveEntities.DNS_FIELDS, "deleted_at"))).isNull();
    });
  }

  @Test
  void aDisconnectedPeerSeesOnlyItselfAndTheOthersLoseIt() {
    sim.faults().disconnectWeavePeer(2, true);
    try {
      List<Record> peers = read(WeaveEntities.PEERS, routers);
      Map<Object, Long> expected = eachRouter(AGENTS - 1);
      expected.put(routers.get(1).url(), 1L);
      assertThat(perRouter(peers)).isEqualTo(expected);
      List<Record> ipam = read(WeaveEntities.IPAM, routers);
      SourceField known = field(WeaveEntities.IPAM_FIELDS, "is_known_peer");
      // Every router still lists every range; each side misses the other's owner(s).
      assertThat(ipam).hasSize(AGENTS * AGENTS);
      assertThat(ipam.stream().filter(r -> Boolean.FALSE.equals(r.value(known))))
          .hasSize((AGENTS - 1) * 2);
    } finally {
      sim.faults().disconnectWeavePeer(2, false);
    }
  }

  @Test
  void aRouterDownEndsTheReadWithTheDefaultSinkNamingItsUrl() throws IOException {
    List<WeaveClient> withDead = withDeadRouter();
    String dead = withDead.get(1).url();
    List<Record> out = new ArrayList<>();
    EntityReader reader = WeaveEntities.reader(WeaveEntities.PEERS, withDead);
    assertThatThrownBy(() -> reader.read(RowFilter.NONE, out::add, CancellationToken.none()))
        .isInstanceOf(ClusterException.class)
        .hasMessageContaining(dead.replaceFirst("^http://", "").replaceFirst("/$", ""));
    assertThat(out).hasSize(AGENTS); // the first router's rows came before the failure
  }

  @Test
  void aRouterDownIsReportedAndTheOtherRoutersStillAnswer() throws IOException {
    List<WeaveClient> withDead = withDeadRouter();
    CollectingSink sink = CollectingSink.keepingFailures();
    List<Record> records = sink.records;
    List<String> failed = sink.failedUrls;
    List<ResponseInfo> answered = sink.answers;
    long n = WeaveEntities.reader(WeaveEntities.PEERS, withDead).read(RowFilter.NONE, sink,
        CancellationToken.none());
    assertThat(failed).containsExactly(withDead.get(1).url());
    assertThat(answered).extracting(ResponseInfo::url)
        .containsExactly(withDead.get(0).url(), withDead.get(2).url());
    assertThat(n).isEqualTo(records.size()).isEqualTo(2L * AGENTS);
  }

  @Test
  void readingStopsWhenTheSinkSaysSo() {
    List<Record> out = new ArrayList<>();
    long n = WeaveEntities.reader(WeaveEntities.PEERS, routers).read(RowFilter.NONE, r -> {
      out.add(r);
      return out.size() < 2;
    }, CancellationToken.none());
    assertThat(n).isEqualTo(2);
    assertThat(out).hasSize(2);
  }

  /** The first and last emulator routers with a URL where nothing listens between them. */
  private List<WeaveClient> withDeadRouter() throws IOException {
    int free;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      free = s.getLocalPort();
    }
    List<String> urls = List.of(sim.weaveUrls().get(0), "http://127.0.0.1:" + free,
        sim.weaveUrls().get(AGENTS - 1));
    return WeaveClient.forEachRouter(settings(urls), ProgressListener.NONE);
  }

  static SourceField field(List<SourceField> fields, String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no default field " + name));
  }
}
