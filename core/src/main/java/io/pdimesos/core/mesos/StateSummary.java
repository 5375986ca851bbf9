package io.pdimesos.core.mesos;

import java.util.Collections;
import java.util.List;

/** {@code /master/state-summary}: agents and frameworks with task counters, no tasks. */
public final class StateSummary {
  private final String hostname;
  private final String cluster;
  private final List<MesosAgent> agents;
  private final List<MesosFramework> frameworks;

  StateSummary(String hostname, String cluster, List<MesosAgent> agents,
      List<MesosFramework> frameworks) {
    this.hostname = hostname;
    this.cluster = cluster;
    this.agents = Collections.unmodifiableList(agents);
    this.frameworks = Collections.unmodifiableList(frameworks);
  }

  /** Hostname of the master that answered. */
  public String hostname() {
    return hostname;
  }

  /** Cluster name ({@code --cluster}), or null. */
  public String cluster() {
    return cluster;
  }

  public List<MesosAgent> agents() {
    return agents;
  }

  public List<MesosFramework> frameworks() {
    return frameworks;
  }
}
