package io.pdimesos.core.dcos;

/**
 * The services a DC/OS cluster URL leads to, each at its admin router route: the leading Mesos
 * master at {@code /mesos}, the schedulers at {@code /service/<name>}. Mesos agents have a route
 * per agent ({@code /agent/<agent-id>}), which the Mesos client takes itself for sandbox reads.
 */
public enum DcosService {
  MESOS("/mesos"),
  MARATHON("/service/marathon"),
  METRONOME("/service/metronome"),
  /** Chronos as the DC/OS package installs it (the service is named after the package). */
  CHRONOS("/service/chronos");

  private final String path;

  DcosService(String path) {
    this.path = path;
  }

  /** The admin router route, a context path for the service's requests. */
  public String path() {
    return path;
  }
}
