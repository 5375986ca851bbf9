package io.pdimesos.sim.marathon;

import io.pdimesos.sim.http.SimHttpServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The Marathon instances (HA) in front of one {@link MarathonService}: which one leads, and
 * leadership moving when the leader goes away. State lives in the service, as upstream keeps it in
 * ZooKeeper, so a new leader sees the same apps.
 */
public final class MarathonCluster {
  final MarathonService service;
  final List<SimHttpServer> servers = new ArrayList<>();
  final List<io.pdimesos.sim.http.Route> routes = new ArrayList<>();
  private volatile int leader = -1;
  volatile Duration heartbeat = Duration.ofSeconds(10);

  public MarathonCluster(MarathonService service) {
    this.service = service;
  }

  public MarathonService service() {
    return service;
  }

  public void add(SimHttpServer server, io.pdimesos.sim.http.Route route) {
    servers.add(server);
    routes.add(route);
    if (leader < 0) {
      leader = 0;
    }
  }

  public List<SimHttpServer> servers() {
    return List.copyOf(servers);
  }

  /** The leading instance, or null when none is running. */
  public SimHttpServer leader() {
    int l = leader;
    return l < 0 ? null : servers.get(l);
  }

  /** Interval of the bare CRLF keep-alive on event streams (Jetty: 10 s real time). */
  public void heartbeat(Duration d) {
    heartbeat = d;
  }

  /** Stops or starts instance {@code index} (1-based); a stopped leader hands over to the next running one. */
  public synchronized void setDown(int index, boolean down) throws java.io.IOException {
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
      }
    }
  }

  /** Leadership abdication (DELETE /v2/leader) or loss: the next running instance takes over. */
  synchronized void electNext() {
    service.events().closeAll();
    int n = servers.size();
    int start = Math.max(leader, 0);
    for (int k = 1; k <= n; k++) {
      int c = (start + k) % n;
      if (servers.get(c).running() && (n == 1 || c != leader || k == n)) {
        leader = c;
        return;
      }
    }
    leader = -1;
  }
}
