package io.pdimesos.core.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.TimedOutException;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.mesos.FakeMaster;
import io.pdimesos.core.mesos.MesosAgent;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.mesos.StateVisitor;
import io.pdimesos.core.mesos.TaskLookup;
import io.pdimesos.core.marathon.AppDefinition;
import io.pdimesos.core.ops.MarathonAppResult;
import io.pdimesos.core.ops.MarathonDelete;
import io.pdimesos.core.ops.MarathonDeploy;
import io.pdimesos.core.ops.MarathonScale;
import io.pdimesos.core.weave.WeaveClient;
import io.pdimesos.core.weave.WeaveReport;
import io.pdimesos.core.ops.MesosClusterCheck;
import io.pdimesos.core.ops.WeaveNetworkCheck;
import io.pdimesos.core.ops.WeaveNetworkCheckResult;
import io.pdimesos.sim.ClusterSim;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Mesos and Weave clients and checks, and the emulator's faults seen through the clients:
 * leader changes (redirect and ZooKeeper), lost agents, disconnected peers, 503 bursts, latency
 * past the read timeout and bodies cut off mid-way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterEmulatorTest {
  private ClusterSim sim;
  private final RequestLog log = new RequestLog();

  @BeforeAll
  void startSim() {
    sim = ClusterSim.builder().agents(3).masters(2).marathonInstances(1).chronosInstances(0)
        .zk(true).freePorts().speed(50).build().start();
  }

  @AfterAll
  void stopSim() {
    sim.close();
  }

  @AfterEach
  void healSim() {
    sim.faults().clear();
    sim.faults().electMaster(1);
    log.clear();
  }

  private ServiceSettings.Builder settings(List<String> urls) {
    return ServiceSettings.builder().urls(String.join(",", urls))
        .timeouts(Timeouts.of(1_000, 2_000, 5_000)).retry(RetryPolicy.of(4, 10, 50, 2_000, 0));
  }

  private MesosClient mesos(String urls) {
    return new MesosClient(settings(List.of(urls)).build(), log);
  }

  /** The emulator's body for {@code url}, read with a plain JDK client. */
  private static String get(String url) {
    try {
      return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
          java.net.URI.create(url)).build(), java.net.http.HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String hostPort(String url) {
    HttpUrl u = HttpUrl.parse(url);
    return u.host() + ":" + u.port();
  }

  @Test
  void theLeaderIsFoundThroughZooKeeperAndFollowsAnElection() {
    MesosClient viaZk = mesos(sim.zkMesosUrl());
    assertThat(hostPort(viaZk.leader(CancellationToken.none()).toString()))
        .isEqualTo(hostPort(sim.mesosUrls().get(0)));

    sim.faults().electMaster(2);
    ChronosEmulatorTestBase.waitFor(() -> hostPort(mesos(sim.zkMesosUrl())
        .leader(CancellationToken.none()).toString()).equals(hostPort(sim.mesosUrls().get(1))));
    // asking the old leader (now a standby) follows its redirect to the new one
    MesosClient viaStandby = mesos(sim.mesosUrls().get(0));
    assertThat(viaStandby.agents(CancellationToken.none())).hasSize(3);
    assertThat(hostPort(viaStandby.leader(CancellationToken.none()).toString()))
        .isEqualTo(hostPort(sim.mesosUrls().get(1)));
  }

  @Test
  void aClientFollowsALeaderChangeThroughTheRedirects() {
    MesosClient client = mesos(String.join(",", sim.mesosUrls()));
    assertThat(client.agents(CancellationToken.none())).hasSize(3);
    assertThat(hostPort(client.leader(CancellationToken.none()).toString()))
        .isEqualTo(hostPort(sim.mesosUrls().get(0)));

    sim.faults().electMaster(2);

    assertThat(client.agents(CancellationToken.none())).hasSize(3);
    assertThat(client.stateSummary(CancellationToken.none()).agents()).hasSize(3);
    assertThat(hostPort(client.leader(CancellationToken.none()).toString()))
        .isEqualTo(hostPort(sim.mesosUrls().get(1)));
  }

  @Test
  void theStateStreamsEveryAgent() {
    AtomicInteger agents = new AtomicInteger();
    mesos(String.join(",", sim.mesosUrls())).streamState(new StateVisitor() {
      @Override
      public void agent(MesosAgent agent) {
        agents.incrementAndGet();
      }
    }, CancellationToken.none());
    assertThat(agents).hasValue(3);
  }

  @Test
  void theClusterCheckPassesAndFailsWhenAnAgentIsLost() {
    MesosClient client = mesos(String.join(",", sim.mesosUrls()));
    MesosClusterCheck.Criteria criteria = new MesosClusterCheck.Criteria().minActiveAgents(3)
        .requiredFrameworks(List.of("marathon"));
    MesosClusterCheck.Result ok = new MesosClusterCheck(client, criteria, log)
        .run(CancellationToken.none());
    assertThat(ok.success()).as(String.join("; ", ok.reasons())).isTrue();

    sim.faults().loseAgent(3);
    try {
      MesosClusterCheck.Result lost = new MesosClusterCheck(client, criteria, log)
          .run(CancellationToken.none());
      assertThat(lost.success()).isFalse();
      assertThat(lost.reasons()).anyMatch(r -> r.startsWith("2 active agents, fewer than the 3"));
    } finally {
      sim.faults().restoreAgent(3);
    }
  }

  @Test
  void theWeaveCheckPassesAndFailsWithADisconnectedPeer() {
    ServiceSettings routers = settings(sim.weaveUrls()).retry(RetryPolicy.none()).build();
    WeaveNetworkCheck.Criteria criteria = WeaveNetworkCheck.Criteria.builder().minPeers(3)
        .allConnectionsEstablished(true).build();
    WeaveNetworkCheckResult ok = WeaveNetworkCheck.forSettings(routers, criteria, log)
        .run(5_000, CancellationToken.none());
    assertThat(ok.success()).as(ok.message()).isTrue();
    assertThat(ok.peerCount()).isEqualTo(3);

    sim.faults().disconnectWeavePeer(2, true);
    try {
      WeaveNetworkCheckResult bad = WeaveNetworkCheck.forSettings(routers, criteria, log)
          .run(0, CancellationToken.none());
      assertThat(bad.success()).isFalse();
      assertThat(bad.routers()).filteredOn(r -> !r.passed()).isNotEmpty();
    } finally {
      sim.faults().disconnectWeavePeer(2, false);
    }
  }

  @Test
  void aBurstOf503IsRetried() {
    MarathonClient marathon = new MarathonClient(settings(sim.marathonUrls()).build(), log);
    sim.faults().failNext("marathon", 2, 503);

    assertThat(marathon.info(CancellationToken.none())).isNotNull();
    assertThat(log.lines).filteredOn(l -> l.startsWith("GET ") && l.contains("/v2/info -> 503"))
        .hasSize(2);
    assertThat(log.answered("GET", "/v2/info")).isEqualTo(3);
  }

  @Test
  void latencyPastTheReadTimeoutIsATimeout() {
    MarathonClient marathon = new MarathonClient(settings(sim.marathonUrls())
        .timeouts(Timeouts.of(1_000, 300, 2_000)).retry(RetryPolicy.none()).build(), log);
    sim.faults().latency("marathon", 1_000);

    assertThatThrownBy(() -> marathon.info(CancellationToken.none()))
        .isInstanceOf(TimedOutException.class).hasMessageContaining("/v2/info");
  }

  @Test
  void aBodyCutOffMidwayIsABadResponseOrRetried() {
    MarathonClient once = new MarathonClient(settings(sim.marathonUrls())
        .retry(RetryPolicy.none()).build(), log);
    sim.faults().dropNext("marathon", 1);
    assertThatThrownBy(() -> once.info(CancellationToken.none()))
        .isInstanceOfAny(BadResponseException.class, ClusterException.class)
        .hasMessageContaining("/v2/info");

    MarathonClient retrying = new MarathonClient(settings(sim.marathonUrls()).build(), log);
    sim.faults().dropNext("marathon", 1);
    assertThat(retrying.info(CancellationToken.none())).isNotNull();
  }

  @Test
  void eachWeaveRouterReportsTheWholeMesh() {
    ServiceSettings routers = settings(sim.weaveUrls()).build();
    List<WeaveClient> clients = WeaveClient.forEachRouter(routers, log);
    assertThat(clients).hasSize(3);
    for (WeaveClient router : clients) {
      WeaveReport report = router.report(CancellationToken.none());
      assertThat(report.router().peers()).hasSize(3);
      assertThat(report.router().connections()).hasSize(2)
          .allMatch(c -> c.state().equals("established"));
      assertThat(router.status(CancellationToken.none()).ready()).isTrue();
      assertThat(router.statusPeers(CancellationToken.none())).hasSize(3);
    }
  }

  @Test
  void recentTasksComeFromTaskPagesNewestFirst() throws java.io.IOException {
    MarathonClient marathon = new MarathonClient(settings(sim.marathonUrls()).build(), log);
    MarathonAppResult many = new MarathonDeploy(marathon, AppDefinition.builder().id("/many")
        .cmd("sleep 100000").instances(150).cpus(0.01).mem(1).build()).pollInterval(20, 200)
        .run(20_000, log, CancellationToken.none());
    assertThat(many.outcome()).as(many.message()).isEqualTo(MarathonAppResult.Outcome.SUCCEEDED);
    MesosClient client = mesos(String.join(",", sim.mesosUrls()));

    log.clear();
    assertThat(client.tasksWithIdPrefix("many.", 0, CancellationToken.none())).hasSize(150);
    assertThat(log.answered("GET", "/master/tasks")).isEqualTo(2); // 100, then 50 < a page
    assertThat(log.answered("GET", "/master/state")).isZero();

    long beforeScale = sim.clock().millis();
    MarathonAppResult scaled = new MarathonScale(marathon, "/many", "+5").pollInterval(20, 200)
        .run(20_000, log, CancellationToken.none());
    assertThat(scaled.success()).as(scaled.message()).isTrue();
    log.clear();
    List<TaskLookup.TaskRef> recent = client.tasksWithIdPrefix("many.", beforeScale,
        CancellationToken.none());
    assertThat(recent).hasSize(5);
    assertThat(log.answered("GET", "/master/tasks")).isEqualTo(1); // stopped at an older task
    assertThat(client.tasksWithIdPrefix("many.", CancellationToken.none())).hasSize(155);

    // A task launched between two page requests pushes the older ones back by one, so the second
    // page starts with the last task of the first: a master keeps no cursor. Each task once.
    try (FakeMaster shifting = new FakeMaster()) {
      String emulator = sim.mesosUrls().get(0);
      shifting.route("/master/tasks", r -> {
        int offset = Integer.parseInt(r.getUrl().queryParameter("offset"));
        HttpUrl moved = HttpUrl.get(emulator + "/master/tasks").newBuilder()
            .encodedQuery(r.getUrl().encodedQuery()).setQueryParameter("offset",
                String.valueOf(Math.max(0, offset - 1))).build();
        return FakeMaster.json(get(moved.toString()));
      });
      assertThat(mesos(shifting.url()).tasksWithIdPrefix("many.", 0, CancellationToken.none()))
          .extracting(TaskLookup.TaskRef::id).hasSize(155).doesNotHaveDuplicates();
    }

    new MarathonDelete(marathon, "/many", MarathonDelete.Mode.DELETE).pollInterval(20, 200)
        .run(20_000, log, CancellationToken.none());
  }
}
