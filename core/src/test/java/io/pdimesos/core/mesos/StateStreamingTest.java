package io.pdimesos.core.mesos;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.cancel.CancellationToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /master/state across Mesos 0.19–1.8 shapes, read by the streaming parser. */
class StateStreamingTest {
  private FakeMaster master;
  private MesosClient client;

  @BeforeEach
  void start() throws Exception {
    master = new FakeMaster();
    client = master.client(5_000);
  }

  @AfterEach
  void stop() {
    master.close();
  }

  /** Everything one state read delivered. */
  static final class Collected implements StateVisitor {
    final List<MesosAgent> agents = new ArrayList<>();
    final List<MesosFramework> frameworks = new ArrayList<>();
    final List<MesosTask> tasks = new ArrayList<>();
    final List<MesosExecutor> executors = new ArrayList<>();
    final List<String> order = new ArrayList<>();
    MasterInfo master;

    @Override
    public void agent(MesosAgent a) {
      agents.add(a);
      order.add("agent");
    }

    @Override
    public void framework(MesosFramework f) {
      frameworks.add(f);
      order.add("framework");
    }

    @Override
    public void task(MesosTask t) {
      tasks.add(t);
      order.add("task");
    }

    @Override
    public void executor(MesosExecutor e) {
      executors.add(e);
    }

    @Override
    public void master(MasterInfo m) {
      master = m;
    }

    Map<String, MesosTask> byName() {
      return tasks.stream().collect(Collectors.toMap(MesosTask::name, Function.identity(),
          (a, b) -> a));
    }
  }

  private Collected read(String fixture) {
    master.route("/master/state", Fixtures.text(fixture));
    Collected c = new Collected();
    MasterInfo info = client.streamState(c, CancellationToken.none());
    assertThat(c.master).isSameAs(info);
    assertThat(master.paths()).contains("GET /master/state");
    return c;
  }

  @Test
  void mesos18CompactStateWithLeaderInfoAndCountsWrittenAsDoubles() {
    Collected c = read(Fixtures.STATE_1_8);

    assertThat(c.agents).hasSize(2);
    assertThat(c.frameworks).extracting(MesosFramework::name)
        .containsExactlyInAnyOrder("marathon", "metronome");
    assertThat(c.tasks).hasSize(1);
    MesosTask t = c.tasks.get(0);
    assertThat(t.id()).isEqualTo("test.92ed0e79-ed3c-11e8-841d-4a2ca8720df6");
    assertThat(t.frameworkName()).isEqualTo("marathon");
    assertThat(t.agentHostname()).isEqualTo("10.0.0.40");
    assertThat(t.executorId()).isEmpty();
    assertThat(t.kind()).isEqualTo(MesosTask.Kind.ACTIVE);
    assertThat(t.resources().mem()).isEqualTo(128.0);
    assertThat(t.resources().ports()).isEqualTo("[12564-12564]");
    assertThat(t.lastStatusTimestamp()).isEqualTo(1542770516.401042);
    assertThat(t.ipAddresses()).containsExactly("9.0.2.2");
    assertThat(t.labels()).containsEntry("DCOS_SPACE", "/test");
    assertThat(c.master.version()).isEqualTo("1.8.0");
    assertThat(c.master.activatedAgents()).isEqualTo(2);
    assertThat(c.master.electedTime()).isEqualTo(1542766753.948147);
    assertThat(c.master.isLeader()).isTrue();
    assertThat(c.master.leaderHostname()).isEqualTo("10.0.5.220");
    // 1.x writes agents before frameworks: no extra request for hostnames
    assertThat(c.order.indexOf("agent")).isLessThan(c.order.indexOf("task"));
    assertThat(master.count("/master/slaves")).isZero();
  }

  @Test
  void mesos12PrettyStateWithCompletedTasks() {
    Collected c = read(Fixtures.STATE_1_2);

    assertThat(c.agents).hasSize(2);
    assertThat(c.tasks).hasSize(61);
    assertThat(c.tasks.stream().filter(t -> t.kind() == MesosTask.Kind.COMPLETED)).hasSize(60);
    assertThat(c.tasks).allMatch(t -> "marathon".equals(t.frameworkName()));
    assertThat(c.tasks).allMatch(t -> t.agentHostname() != null);
    assertThat(c.master.leaderPid()).isEqualTo(c.master.pid());
  }

  @Test
  void mesos022LargeAlphabeticalStateNamesFrameworksOfTasksListedBeforeTheName() {
    master.route("/master/slaves", Fixtures.slavesOf(Fixtures.STATE_0_22));
    Collected c = read(Fixtures.STATE_0_22);

    assertThat(c.agents).hasSize(6);
    assertThat(c.frameworks).hasSize(14);
    assertThat(c.frameworks.stream().filter(MesosFramework::completed)).hasSize(9);
    assertThat(c.tasks).hasSize(131 + 5360);
    assertThat(c.tasks.stream().filter(t -> t.kind() == MesosTask.Kind.ACTIVE)).hasSize(131);
    assertThat(c.tasks.stream().filter(MesosTask::frameworkCompleted)).hasSize(2359);
    // 0.22 sorts keys: completed_tasks precede "name", yet every task knows its framework
    assertThat(c.tasks).allMatch(t -> t.frameworkName() != null);
    // two completed frameworks really had an empty name
    assertThat(c.tasks.stream().filter(t -> t.frameworkName().isEmpty())).hasSize(2);
    assertThat(c.tasks.stream().filter(t -> t.frameworkName().equals("Storm!!!")))
        .hasSize(50 + 1000 + 46 + 204 + 81 + 1000);
    // ... and frameworks precede slaves: hostnames came from one /master/slaves request
    assertThat(master.count("/master/slaves")).isEqualTo(1);
    // 1 104 completed tasks ran on agents that have left the cluster since
    assertThat(c.tasks.stream().filter(t -> t.agentHostname() == null)).hasSize(1104);
    assertThat(c.tasks.stream().filter(t -> t.kind() == MesosTask.Kind.ACTIVE))
        .allMatch(t -> t.agentHostname() != null);
    assertThat(c.master.version()).isEqualTo("0.22.0");
    assertThat(c.master.cluster()).isEqualTo("OVH1");
  }

  @Test
  void mesos019StateWithoutActiveFlagsAndNoMasterSlavesEndpoint() {
    // no /master/slaves route: the fake answers 404 like a master without that endpoint
    Collected c = read(Fixtures.STATE_0_19);

    assertThat(c.agents).hasSize(2).allMatch(MesosAgent::active);
    assertThat(c.frameworks).singleElement().satisfies(f -> {
      assertThat(f.name()).isEqualTo("marathon-0.6.0-SNAPSHOT");
      assertThat(f.connected()).isTrue();
    });
    assertThat(c.tasks).hasSize(15);
    assertThat(c.tasks.stream().filter(t -> t.state().equals("TASK_LOST"))).hasSize(4);
    assertThat(c.master.version()).isEqualTo("0.19.0");
    assertThat(master.count("/master/slaves")).isEqualTo(1);
  }

  @Test
  void taskAddressesFollowTheLatestRunningStatusThenLabelsThenTheAgent() {
    master.route("/master/slaves", Fixtures.slavesOf(Fixtures.STATE_FAKE_IPS));
    Collected c = read(Fixtures.STATE_FAKE_IPS);
    Map<String, MesosTask> t = c.byName();

    // two network infos, IPv4 and IPv6
    assertThat(t.get("toy-store").ipAddresses())
        .containsExactly("12.0.1.3", "12.0.1.2", "fd01:b::1:8000:2");
    // out-of-order statuses: the newest TASK_RUNNING one wins, not the first listed
    assertThat(t.get("liquor.store").ipAddresses()).containsExactly("10.3.0.1");
    assertThat(t.get("nginx").ipAddresses()).containsExactly("10.3.0.3");
    assertThat(t.get("non-human-readable-liquor-store").ipAddresses())
        .containsExactly("10.3.0.2");
    // no address in the status: the agent's hostname
    assertThat(t.get("some-box").ipAddresses()).containsExactly("1.2.3.11");
    assertThat(t.get("toy-store").agentHostname()).isEqualTo("2001:db8::1");
    assertThat(t.get("liquor.store").labels()).isEmpty();
    assertThat(t.get("chronos").frameworkName()).isEqualTo("marathon");
  }

  @Test
  void aVisitorCanStopEarly() {
    master.route("/master/state", Fixtures.text(Fixtures.STATE_1_2));
    List<MesosTask> seen = new ArrayList<>();
    MasterInfo info = client.streamState(new StateVisitor() {
      @Override
      public void task(MesosTask task) {
        seen.add(task);
      }

      @Override
      public boolean done() {
        return seen.size() >= 3;
      }
    }, CancellationToken.none());

    assertThat(seen).hasSize(3);
    assertThat(info.version()).isEqualTo("1.2.0");
  }

  @Test
  void tasksWithIdPrefixFindsChronosRunsAmongAllTasks() {
    master.route("/master/slaves", Fixtures.slavesOf(Fixtures.STATE_FAKE_IPS));
    master.route("/master/state", Fixtures.text(Fixtures.STATE_FAKE_IPS));

    List<TaskLookup.TaskRef> runs = client.tasksWithIdPrefix("ct:", CancellationToken.none());

    assertThat(runs).extracting(TaskLookup.TaskRef::id).containsExactlyInAnyOrder(
        "ct:1413913764000:0:Core Open Source Weekly Report",
        "ct:1415649600000:0:Elastic Mesos Stats");
    assertThat(runs).allMatch(TaskLookup.TaskRef::isTerminal);
    assertThat(runs.get(0).lastStatusTimestamp()).isGreaterThan(1.4e9);
  }

  @Test
  void theHeaderAloneStopsBeforeAgentsAndFrameworksInBothKeyOrders() {
    master.route("/master/state", Fixtures.text(Fixtures.STATE_0_22));
    MasterInfo old = client.masterInfo(CancellationToken.none());
    // alphabetical 0.22: elected_time follows completed_frameworks, which is skipped unread
    assertThat(old.electedTime()).isEqualTo(Fixtures.json(Fixtures.STATE_0_22)
        .get("elected_time").asDouble());
    assertThat(old.version()).isNull(); // "version" sorts after "slaves": not reached

    master.route("/master/state", Fixtures.text(Fixtures.STATE_1_8));
    MasterInfo current = client.masterInfo(CancellationToken.none());
    assertThat(current.version()).isEqualTo("1.8.0");
    assertThat(current.electedTime()).isEqualTo(1542766753.948147);
    assertThat(master.count("/master/slaves")).isZero();
  }

  @Test
  void aCancelWhileReadingStopsTheStream() {
    master.route("/master/state", Fixtures.text(Fixtures.STATE_0_22));
    master.route("/master/slaves", Fixtures.slavesOf(Fixtures.STATE_0_22));
    CancellationToken token = CancellationToken.create();
    List<MesosTask> seen = new ArrayList<>();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.streamState(
        new StateVisitor() {
          @Override
          public void task(MesosTask task) {
            seen.add(task);
            if (seen.size() == 10) {
              token.cancel();
            }
          }
        }, token)).isInstanceOf(io.pdimesos.core.error.CancelledException.class);
    assertThat(seen).hasSize(10);
  }
}
