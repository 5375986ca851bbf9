package io.pdimesos.sim;

import io.pdimesos.sim.http.ServiceFaults;
import java.util.Map;
import java.util.TreeMap;

/**
 * Faults on demand, the Java side of the control API ({@code /__sim/...} on every master, see
 * docs/emulator.md). Per service kind: error bursts, latency, dropped connections. Cluster-level:
 * leader changes, instances going away, agents lost, Weave peers disconnected.
 */
public final class SimFaults {
  public static final String MESOS = "mesos";
  public static final String AGENT = "agent";
  public static final String MARATHON = "marathon";
  public static final String CHRONOS = "chronos";
  public static final String METRONOME = "metronome";
  public static final String WEAVE = "weave";

  private final Map<String, ServiceFaults> byService = new TreeMap<>();
  private final ClusterSim sim;

  SimFaults(ClusterSim sim) {
    this.sim = sim;
    for (String s : new String[] {MESOS, AGENT, MARATHON, CHRONOS, METRONOME, WEAVE}) {
      byService.put(s, new ServiceFaults());
    }
  }

  /** Faults of one service kind ({@code mesos}, {@code agent}, {@code marathon}, {@code chronos}, {@code metronome}, {@code weave}). */
  public ServiceFaults service(String name) {
    ServiceFaults f = byService.get(name);
    if (f == null) {
      throw new IllegalArgumentException("unknown service '" + name + "', expected one of " + byService.keySet());
    }
    return f;
  }

  /** The next {@code count} requests to {@code service} are answered with {@code status}. */
  public void failNext(String service, int count, int status) {
    service(service).failNext(count, status);
  }

  /**
   * Requests to {@code service} whose {@code "METHOD /path"} matches the regular expression
   * {@code request}: the first {@code skip} pass, the next {@code count} get {@code status}.
   */
  public void failMatching(String service, String request, int skip, int count, int status) {
    service(service).failMatching(request, skip, count, status);
  }

  public void latency(String service, long millis) {
    service(service).latency(millis);
  }

  public void dropNext(String service, int count) {
    service(service).dropNext(count);
  }

  /** The next {@code count} answers to {@code method} requests (null: any) are lost. */
  public void dropNext(String service, int count, String method) {
    service(service).dropNext(count, method);
  }

  /** Makes master {@code index} (1-based) the leader; 0 = no leader elected. */
  public void electMaster(int index) {
    sim.electMaster(index);
  }

  /** Stops (or restarts) a Marathon instance; a leader that goes away hands over to the next. */
  public void marathonDown(int instance, boolean down) {
    sim.setInstanceDown(MARATHON, instance, down);
  }

  public void chronosDown(int instance, boolean down) {
    sim.setInstanceDown(CHRONOS, instance, down);
  }

  public void metronomeDown(int instance, boolean down) {
    sim.setInstanceDown(METRONOME, instance, down);
  }

  /** The agent drops off: tasks go TASK_UNREACHABLE/TASK_LOST, Marathon replaces them. */
  public void loseAgent(int index) {
    sim.loseAgent(index);
  }

  public void restoreAgent(int index) {
    sim.restoreAgent(index);
  }

  /** The agent's Weave router loses every connection; the other peers see it as unreachable. */
  public void disconnectWeavePeer(int agentIndex, boolean disconnected) {
    sim.disconnectWeavePeer(agentIndex, disconnected);
  }

  /** Ends bursts, latency and drops for all services (does not undo cluster-level faults). */
  public void clear() {
    byService.values().forEach(ServiceFaults::clear);
  }
}
