package io.pdimesos.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClockAndAddressingTest {

  @Test
  void steppedClockRunsActionsInTimeOrderAtTheirDueTime() {
    SimClock clock = SimClock.stepped(Instant.parse("2026-01-01T00:00:00Z"));
    List<String> log = new ArrayList<>();
    clock.schedule(Duration.ofSeconds(2), () -> log.add("b@" + clock.millis() % 100_000));
    clock.schedule(Duration.ofSeconds(1), () -> {
      log.add("a@" + clock.millis() % 100_000);
      clock.schedule(Duration.ofMillis(500), () -> log.add("a2@" + clock.millis() % 100_000));
    });
    SimClock.Scheduled cancelled = clock.schedule(Duration.ofSeconds(1), () -> log.add("never"));
    cancelled.cancel();
    clock.advance(Duration.ofMillis(1500));
    assertThat(log).containsExactly("a@1000", "a2@1500");
    clock.advance(Duration.ofSeconds(10));
    assertThat(log).containsExactly("a@1000", "a2@1500", "b@2000");
    assertThat(clock.now()).isEqualTo(Instant.parse("2026-01-01T00:00:11.500Z"));
  }

  @Test
  void realtimeClockRunsAFactorFaster() throws InterruptedException {
    try (SimClock clock = SimClock.realtime(100)) {
      assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(1))).isInstanceOf(IllegalStateException.class);
      java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
      long t0 = System.nanoTime();
      clock.schedule(Duration.ofSeconds(20), done::countDown); // 20 simulated s = 0.2 real s
      assertThat(done.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
    }
    assertThatThrownBy(() -> SimClock.realtime(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDeploymentCompletesAtSpeedWithoutStepping() throws InterruptedException {
    try (ClusterSim sim = ClusterSim.builder().agents(1).freePorts().speed(50).build().start()) {
      String m = sim.marathonUrls().get(0);
      SimHttp.send("PUT", m + "/v2/apps/fast", "{\"cmd\":\"serve\",\"healthChecks\":[{\"protocol\":\"MESOS_TCP\"}]}");
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      int healthy = 0;
      while (healthy == 0 && System.nanoTime() < deadline) {
        healthy = SimHttp.get(m + "/v2/apps/fast").json().get("app").get("tasksHealthy").asInt();
        Thread.sleep(20);
      }
      assertThat(healthy).isEqualTo(1);
    }
  }

  @Test
  void oneHostWithPortOffsetsInsteadOfLoopbackAliases() throws java.io.IOException {
    try (ClusterSim sim = ClusterSim.builder().agents(2).masters(2).marathonInstances(2)
        .distinctAddresses(false).freePorts().steppedClock().build().start()) {
      assertThat(sim.mesosUrls()).allMatch(u -> u.startsWith("http://127.0.0.1:")).doesNotHaveDuplicates();
      assertThat(sim.marathonUrls()).allMatch(u -> u.startsWith("http://127.0.0.1:")).doesNotHaveDuplicates();
      assertThat(sim.weaveUrls()).hasSize(2).doesNotHaveDuplicates();
      var r = SimHttp.get(sim.mesosUrls().get(1) + "/master/redirect");
      assertThat(r.header("Location")).isEqualTo(sim.mesosUrls().get(0).substring("http:".length()));
      // agents are reachable where their pid says
      var state = SimHttp.get(sim.mesosUrls().get(0) + "/master/state").json();
      String pid = state.get("slaves").get(0).get("pid").asText();
      assertThat(SimHttp.get("http://" + pid.substring(pid.indexOf('@') + 1) + "/state").code()).isEqualTo(200);
      var status = SimHttp.get(sim.mesosUrls().get(0) + "/__sim/status").json();
      assertThat(status.get("marathon")).hasSize(2);
      java.nio.file.Path file = java.nio.file.Files.createTempFile("sim-state", ".json");
      sim.writeState(file);
      assertThat(Shape.MAPPER.readTree(file.toFile()).get("mesos")).isEqualTo(status.get("mesos"));
      java.nio.file.Files.delete(file);
    }
  }

  @Test
  void distinctLoopbackAddressesShareOnePort() throws java.io.IOException {
    int port;
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      port = probe.getLocalPort();
    }
    try (ClusterSim sim = ClusterSim.builder().agents(2).masters(2).mesosPort(port).steppedClock()
        .marathonPort(0).chronosPort(0).weavePort(0).agentPort(0).build().start()) {
      assertThat(sim.mesosUrls()).containsExactly("http://127.0.0.1:" + port, "http://127.0.0.2:" + port);
      assertThat(sim.agentUrls().get(1)).startsWith("http://127.0.1.2:");
    }
  }
}
