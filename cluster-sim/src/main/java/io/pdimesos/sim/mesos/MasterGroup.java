package io.pdimesos.sim.mesos;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The emulated masters and which one leads. ZooKeeper registration (when enabled) follows it
 * through a listener, so redirects, {@code master/elected} and znodes always agree.
 */
public final class MasterGroup {

  /** One master's identity, as written into MasterInfo and {@code /master/state}. */
  public static final class Master {
    public final int index;
    public final String id = UUID.randomUUID().toString();
    public final String host;
    public int port;
    public final double startTime;
    double electedTime;

    Master(int index, String host, int port, double startTime) {
      this.index = index;
      this.host = host;
      this.port = port;
      this.startTime = startTime;
    }

    public String pid() {
      return "master@" + host + ":" + port;
    }

    public double electedTime() {
      return electedTime;
    }
  }

  private final List<Master> masters = new ArrayList<>();
  private final List<Consumer<Master>> leaderListeners = new CopyOnWriteArrayList<>();
  private volatile Master leader;

  public MasterGroup(List<String> hosts, int basePort, boolean portOffsets, double now) {
    for (int i = 0; i < hosts.size(); i++) {
      int port = basePort == 0 ? 0 : basePort + (portOffsets ? i : 0);
      masters.add(new Master(i + 1, hosts.get(i), port, now));
    }
  }

  public List<Master> masters() {
    return List.copyOf(masters);
  }

  public Master master(int index) {
    return masters.get(index - 1);
  }

  /** The leader, or null while no leader is elected. */
  public Master leader() {
    return leader;
  }

  public void onLeaderChange(Consumer<Master> listener) {
    leaderListeners.add(listener);
  }

  /** Elects master {@code index} (1-based), or nobody with 0. */
  public synchronized void elect(int index, double now) {
    Master m = index == 0 ? null : masters.get(index - 1);
    if (m != null) {
      m.electedTime = now;
    }
    leader = m;
    for (Consumer<Master> l : leaderListeners) {
      l.accept(m);
    }
  }
}
