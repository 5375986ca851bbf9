package io.pdimesos.sim.marathon;

import io.pdimesos.sim.http.ReplicaSet;
import java.time.Duration;

/** The Marathon instances (HA) in front of one {@link MarathonService}. */
public final class MarathonCluster extends ReplicaSet<MarathonRoutes> {
  final MarathonService service;
  volatile Duration heartbeat = Duration.ofSeconds(10);

  public MarathonCluster(MarathonService service) {
    this.service = service;
  }

  public MarathonService service() {
    return service;
  }

  /** Interval of the bare CRLF keep-alive on event streams (Jetty: 10 s real time). */
  public void heartbeat(Duration d) {
    heartbeat = d;
  }

  /** Upstream closes every event stream when leadership moves. */
  @Override
  protected void leaderChanged() {
    service.events().closeAll();
  }
}
