package io.pdimesos.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The emulator shares the machine: free ports on request, clear bind errors, no Nagle delay. */
class GoodNeighbourTest {

  @Test
  void twoEmulatorsOnFreePortsRunSideBySide() {
    try (ClusterSim a = ClusterSim.builder().agents(2).freePorts().build().start();
        ClusterSim b = ClusterSim.builder().agents(2).freePorts().build().start()) {
      assertThat(a.agentUrls()).doesNotContainAnyElementsOf(b.agentUrls());
      assertThat(a.agentUrls()).noneMatch(u -> u.endsWith(":5051"));
      assertThat(SimHttp.get(b.agentUrls().get(0) + "/health").code()).isEqualTo(200);
    }
  }

  @Test
  void aTakenPortIsNamedInOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1,
        java.net.InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      assertThatThrownBy(() -> ClusterSim.builder().agents(1).freePorts().distinctAddresses(false)
          .marathonPort(port).build().start())
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("marathon-1")
          .hasMessageContaining("127.0.0.1:" + port)
          .hasMessageContaining("already in use")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
  }

  /**
   * Without TCP_NODELAY the JDK server writes headers and body in two segments and the second
   * waits for the client's delayed ACK: about 40 ms per small answer on Linux, against about 1 ms
   * with it. The median of 21 keep-alive requests tells the two apart even on a loaded machine.
   */
  @Test
  void smallAnswersAreNotHeldBackByNagle() {
    try (ClusterSim sim = ClusterSim.builder().agents(1).freePorts().build().start()) {
      String url = sim.marathonUrls().get(0) + "/ping";
      SimHttp.get(url); // connect once; the rest reuse the connection
      List<Long> micros = new ArrayList<>();
      for (int i = 0; i < 21; i++) {
        long t = System.nanoTime();
        assertThat(SimHttp.get(url).code()).isEqualTo(200);
        micros.add((System.nanoTime() - t) / 1000);
      }
      Collections.sort(micros);
      assertThat(micros.get(10)).as("median µs of %s", micros).isLessThan(20_000);
    }
  }
}
