package io.pdimesos.sim.chronos;

import io.pdimesos.sim.http.ReplicaSet;

/** The Chronos instances in front of one {@link ChronosService}. */
public final class ChronosCluster extends ReplicaSet<ChronosRoutes> {
  final ChronosService service;

  public ChronosCluster(ChronosService service) {
    this.service = service;
  }

  public ChronosService service() {
    return service;
  }

  @Override
  protected void leaderChanged() {
    synchronized (service.model) {
      service.leaderChanged();
    }
  }
}
