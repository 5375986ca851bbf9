package io.pdimesos.sim.http;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The instances of a replicated service (Marathon, Chronos) and which one leads. State lives in
 * the service object, as upstream keeps it in ZooKeeper, so a new leader sees the same data.
 */
public class ReplicaSet<R extends Route> {
  // copy-on-write: request threads read these while holding the model lock, never this one
  final List<SimHttpServer> servers = new CopyOnWriteArrayList<>();
  final List<R> routes = new CopyOnWriteArrayList<>();
  private volatile int leader = -1;

  public synchronized void add(SimHttpServer server, R route) {
    servers.add(server);
    routes.add(route);
    if (leader < 0) {
      leader = 0;
    }
  }

  public List<SimHttpServer> servers() {
    return List.copyOf(servers);
  }

  public SimHttpServer server(int index) {
    return servers.get(index - 1);
  }

  /** The leading instance, or null when none is running. */
  public SimHttpServer leader() {
    int l = leader;
    return l < 0 ? null : servers.get(l);
  }

  public R leaderRoutes() {
    int l = leader;
    return l < 0 ? null : routes.get(l);
  }

  /** Stops or starts instance {@code index} (1-based); a stopped leader hands over to the next running one. */
  public synchronized void setDown(int index, boolean down) throws IOException {
    if (index < 1 || index > servers.size()) {
      throw new IllegalArgumentException("no instance " + index + " (have " + servers.size() + ")");
    }
    SimHttpServer s = servers.get(index - 1);
    if (down) {
      s.stop();
      if (leader == index - 1) {
        electNext();
      }
    } else {
      s.start();
      if (leader < 0) {
        leader = index - 1;
        leaderChanged();
      }
    }
  }

  /** Leadership abdication or loss: the next running instance takes over (itself if it is alone). */
  public synchronized void electNext() {
    int n = servers.size();
    int start = Math.max(leader, 0);
    int next = -1;
    for (int k = 1; k <= n; k++) {
      int c = (start + k) % n;
      if (servers.get(c).running()) {
        next = c;
        break;
      }
    }
    leader = next;
    leaderChanged();
  }

  /** Hook for services that drop in-memory state on a leader change. */
  protected void leaderChanged() {}
}
