package io.pdimesos.it;

import io.pdimesos.sim.ClusterSim;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cluster a real-PDI test talks to: the in-process emulator on ports the OS picks (its agents
 * on loopback aliases), so tests and other emulators on the machine never collide.
 */
public final class Emulator {
  private Emulator() {}

  /** Two agents, one of each service, free ports, real time. */
  public static ClusterSim start() {
    return builder().build().start();
  }

  /** {@link #start()}'s emulator, to add to: a faster clock ({@code speed}), auth. */
  public static ClusterSim.Builder builder() {
    return ClusterSim.builder().agents(2).freePorts();
  }

  /** The README's way to describe the cluster to PDI: the variables every entry's and step's connection uses. */
  public static Map<String, String> kettleProperties(ClusterSim sim) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("PDI_MESOS_MASTERS", String.join(",", sim.mesosUrls()));
    values.put("PDI_MARATHON_URL", String.join(",", sim.marathonUrls()));
    values.put("PDI_CHRONOS_URL", String.join(",", sim.chronosUrls()));
    values.put("PDI_WEAVE_URL", String.join(",", sim.weaveUrls()));
    return values;
  }
}
