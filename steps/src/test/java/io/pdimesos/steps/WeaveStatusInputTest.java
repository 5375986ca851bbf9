package io.pdimesos.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.rows.RowScenarios;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.steps.weaveinput.WeaveStatusInputMeta;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pentaho.di.core.row.ValueMetaInterface;

/**
 * Weave Status Input against the emulator's three routers: one row set per router URL, each equal
 * to the model as that router sees it (every agent a peer, a connection to every other agent, one
 * IPAM range per agent, one DNS entry per running task); a router that is down becomes an error
 * row between the others' rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeaveStatusInputTest {
  private static final int AGENTS = 3;

  private ClusterSim sim;
  private int runningTasks;

  @BeforeAll
  void startSim() {
    sim = RowScenarios.weaveCluster(AGENTS);
    runningTasks = RowScenarios.weaveTasks(sim.model());
  }

  @AfterAll
  void stopSim() {
    sim.close();
  }

  private WeaveStatusInputMeta meta(String entity, List<String> urls) {
    WeaveStatusInputMeta m = InputRun.meta(new WeaveStatusInputMeta(), entity, urls);
    m.settings().set(InputSettings.LEADER_URL_FIELD, "answered_by");
    return m;
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Rows per router as the step reports them, against n for every router. */
  private void assertPerRouter(InputRun run, long n) {
    Map<Object, Long> expected = sim.weaveUrls().stream().collect(Collectors.toMap(
        WeaveStatusInputTest::trimSlash, u -> n));
    assertThat(run.countBy("router_url")).isEqualTo(expected);
    assertThat(run.countBy("answered_by")).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"peers", "connections", "ipam", "dns"})
  void everyEntityIsOneRowSetPerRouterEqualToTheModel(String entity) throws Exception {
    InputRun run = InputRun.run(meta(entity, sim.weaveUrls())).assertSucceededAsDeclared();
    long perRouter = switch (entity) {
      case "peers", "ipam" -> sim.model().agents().size();
      case "connections" -> AGENTS - 1;
      default -> runningTasks;
    };
    assertPerRouter(run, perRouter);
  }

  @Test
  void typedValuesReachTheRows() throws Exception {
    InputRun peers = InputRun.run(meta("peers", sim.weaveUrls())).assertSucceededAsDeclared();
    assertThat(peers.column("established")).containsOnly((long) AGENTS - 1);
    assertThat(peers.valueMeta("established").getType())
        .isEqualTo(ValueMetaInterface.TYPE_INTEGER);
    assertThat(peers.column("is_router").stream().filter(Boolean.TRUE::equals)).hasSize(AGENTS);

    InputRun dns = InputRun.run(meta("dns", sim.weaveUrls())).assertSucceededAsDeclared();
    assertThat(dns.column("hostname").stream().distinct())
        .containsExactlyInAnyOrder("web-1.weave.local.", "web-2.weave.local.", "db.weave.local.");
  }

  @Test
  void aRouterDownIsAnErrorRowBetweenTheOthersRows() throws Exception {
    int free;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      free = s.getLocalPort();
    }
    String dead = "http://127.0.0.1:" + free;
    List<String> urls = List.of(sim.weaveUrls().get(0), dead, sim.weaveUrls().get(AGENTS - 1));
    WeaveStatusInputMeta m = meta("peers", urls);
    m.settings().set(InputSettings.ERROR_FIELD, "error");
    InputRun run = InputRun.run(m);

    assertThat(run.ok).isTrue();
    assertThat(run.step.getErrors()).isZero();
    assertThat(run.rows).hasSize(2 * AGENTS + 1);
    assertThat(InputRun.layout(run.rowMeta)).isEqualTo(InputRun.layout(InputRun.declared(m)));
    Object[] error = run.rows.get(AGENTS);
    assertThat((String) run.value(error, "error")).contains("127.0.0.1:" + free);
    assertThat(run.value(error, "answered_by")).isEqualTo(dead);
    assertThat(run.value(error, "name")).isNull();
    assertThat(run.countBy("router_url")).containsEntry(trimSlash(urls.get(0)), (long) AGENTS)
        .containsEntry(trimSlash(urls.get(2)), (long) AGENTS);
    assertThat(run.rows.stream().filter(r -> run.value(r, "error") == null)).hasSize(2 * AGENTS);
  }

  @Test
  void aRouterDownWithoutAnErrorFieldFailsTheStep() throws Exception {
    int free;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      free = s.getLocalPort();
    }
    InputRun run = InputRun.run(meta("peers", List.of(sim.weaveUrls().get(0),
        "http://127.0.0.1:" + free)));
    assertThat(run.ok).isFalse();
    assertThat(run.step.getErrors()).isEqualTo(1);
    assertThat(run.rows).hasSize(AGENTS); // the first router's rows came before the failure
  }
}
