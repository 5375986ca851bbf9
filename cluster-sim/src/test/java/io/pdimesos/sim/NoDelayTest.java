package io.pdimesos.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The emulator answers without Nagle's algorithm: a small answer is written as headers and body
 * in two writes, and with Nagle on the second waits for the client's delayed ACK, about 40 ms on
 * Linux, on every request to every emulated service.
 */
class NoDelayTest {

  @Test
  void smallAnswersDoNotWaitForTheClientsDelayedAck() {
    try (ClusterSim sim = ClusterSim.builder().agents(1).marathonInstances(1)
        .chronosInstances(0).freePorts().build().start()) {
      String url = sim.marathonUrls().get(0) + "/v2/info";
      SimHttp.get(url); // the connection is open and kept alive from here on
      long[] millis = new long[21];
      for (int i = 0; i < millis.length; i++) {
        long start = System.nanoTime();
        assertThat(SimHttp.get(url).code()).isEqualTo(200);
        millis[i] = (System.nanoTime() - start) / 1_000_000;
      }
      Arrays.sort(millis);

      assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
      // With Nagle, every one of these takes 40 ms or more; the median says it is gone.
      assertThat(millis[millis.length / 2]).as("median of %s ms", Arrays.toString(millis))
          .isLessThan(30);
    }
  }
}
