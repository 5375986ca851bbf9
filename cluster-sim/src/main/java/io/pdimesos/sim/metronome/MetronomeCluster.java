package io.pdimesos.sim.metronome;

import io.pdimesos.sim.http.ReplicaSet;

/**
 * The Metronome instances in front of one {@link MetronomeService}. Metronome keeps jobs, runs
 * and history in ZooKeeper and a new leader reloads them, so a leader change loses nothing here.
 */
public final class MetronomeCluster extends ReplicaSet<MetronomeRoutes> {
  final MetronomeService service;

  public MetronomeCluster(MetronomeService service) {
    this.service = service;
  }

  public MetronomeService service() {
    return service;
  }
}
