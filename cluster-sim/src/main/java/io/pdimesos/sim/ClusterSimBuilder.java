package io.pdimesos.sim;

import io.pdimesos.sim.dcos.DcosOptions;
import io.pdimesos.sim.http.SimAuth;
import io.pdimesos.sim.model.ClusterModel;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of an emulated cluster ({@link ClusterSim#builder()}); defaults are the real default
 * ports on 127.0.0.x.
 */
public final class ClusterSimBuilder {
  int agents = 3;
  int masters = 1;
  int marathons = 1;
  int chronosInstances = 1;
  int metronomeInstances = 1;
  int chronosVersion = 3;
  String host = "127.0.0.1";
  boolean distinctAddresses = true;
  int mesosPort = 5050;
  int agentPort = 5051;
  int marathonPort = 8080;
  int chronosPort = 4400;
  int metronomePort = 9000;
  int weavePort = 6784;
  int zkPort = 2181;
  /** DC/OS serves 80/443; a port that needs no root privileges. */
  int adminRouterPort = 8800;
  DcosOptions dcos;
  boolean zk;
  boolean tls;
  Path tlsDir;
  SimAuth auth;
  SimClock clock;
  double speed = 1.0;
  Duration chronosFailureRetry = Duration.ofSeconds(60);
  Duration metronomeHistoryLag = Duration.ofMillis(200);
  String clusterName = "cluster-sim";
  ClusterModel.AgentSpec agentSpec = ClusterModel.AgentSpec.defaults();

  public ClusterSimBuilder agents(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("agents must be >= 1");
    }
    agents = n;
    return this;
  }

  public ClusterSimBuilder masters(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("masters must be >= 1");
    }
    masters = n;
    return this;
  }

  public ClusterSimBuilder marathonInstances(int n) {
    marathons = n;
    return this;
  }

  public ClusterSimBuilder chronosInstances(int n) {
    chronosInstances = n;
    return this;
  }

  public ClusterSimBuilder chronosVersion(int v) {
    if (v != 2 && v != 3) {
      throw new IllegalArgumentException("chronos version must be 2 or 3, was " + v);
    }
    chronosVersion = v;
    return this;
  }

  /**
   * Replicated services on 127.0.0.1, .2, ... and agents on 127.0.1.x (true, needs host
   * 127.0.0.1), or everything on {@link #host} with port offsets (false, or any other host).
   */
  public ClusterSimBuilder distinctAddresses(boolean b) {
    distinctAddresses = b;
    return this;
  }

  public ClusterSimBuilder host(String h) {
    host = h;
    return this;
  }

  public ClusterSimBuilder mesosPort(int p) {
    mesosPort = p;
    return this;
  }

  public ClusterSimBuilder agentPort(int p) {
    agentPort = p;
    return this;
  }

  public ClusterSimBuilder marathonPort(int p) {
    marathonPort = p;
    return this;
  }

  public ClusterSimBuilder metronomeInstances(int n) {
    metronomeInstances = n;
    return this;
  }

  public ClusterSimBuilder metronomePort(int p) {
    metronomePort = p;
    return this;
  }

  /** How long after a Metronome run ends its history lists it (200 ms). */
  public ClusterSimBuilder metronomeHistoryLag(Duration d) {
    metronomeHistoryLag = d;
    return this;
  }

  public ClusterSimBuilder chronosPort(int p) {
    chronosPort = p;
    return this;
  }

  public ClusterSimBuilder weavePort(int p) {
    weavePort = p;
    return this;
  }

  public ClusterSimBuilder zkPort(int p) {
    zkPort = p;
    return this;
  }

  /** Every port 0: the OS picks free ones (tests, the demo). */
  public ClusterSimBuilder freePorts() {
    mesosPort = agentPort = marathonPort = chronosPort = metronomePort = weavePort = zkPort = 0;
    adminRouterPort = 0;
    return this;
  }

  public ClusterSimBuilder zk(boolean on) {
    zk = on;
    return this;
  }

  /** HTTPS everywhere with a generated certificate; the CA PEM goes to {@code dir} (temp if null). */
  public ClusterSimBuilder tls(boolean on) {
    tls = on;
    return this;
  }

  public ClusterSimBuilder tlsDir(Path dir) {
    tlsDir = dir;
    return this;
  }

  /** Credentials every service demands (Weave excepted, it has none upstream); null = open. */
  public ClusterSimBuilder auth(SimAuth a) {
    auth = a;
    return this;
  }

  /**
   * Serve the cluster as DC/OS does, too: one admin router URL ({@link ClusterSim#dcosUrl()}) in
   * front of every service, with a login for the accounts in {@code options}. The services' own
   * ports stay open, as they are inside a DC/OS cluster.
   */
  public ClusterSimBuilder dcos(DcosOptions options) {
    dcos = options;
    return this;
  }

  public ClusterSimBuilder adminRouterPort(int p) {
    adminRouterPort = p;
    return this;
  }

  public ClusterSimBuilder clock(SimClock c) {
    clock = c;
    return this;
  }

  /** A stepped clock starting now, for tests that call {@code clock().advance(...)}. */
  public ClusterSimBuilder steppedClock() {
    clock = SimClock.stepped(java.time.Instant.now());
    return this;
  }

  /** Real time times this factor (ignored when a clock is given). */
  public ClusterSimBuilder speed(double factor) {
    speed = factor;
    return this;
  }

  /** Chronos {@code --failure_retry}: delay before a failed attempt is retried (60 s upstream). */
  public ClusterSimBuilder chronosFailureRetry(Duration d) {
    chronosFailureRetry = d;
    return this;
  }

  public ClusterSimBuilder clusterName(String name) {
    clusterName = name;
    return this;
  }

  public ClusterSimBuilder agentResources(ClusterModel.AgentSpec spec) {
    agentSpec = spec;
    return this;
  }

  public ClusterSim build() {
    if (dcos != null && auth != null) {
      throw new IllegalArgumentException("auth(...) and dcos(...) exclude each other: in DC/OS "
          + "mode the admin router checks the login and the services behind it are open");
    }
    return new ClusterSim(this);
  }
}
