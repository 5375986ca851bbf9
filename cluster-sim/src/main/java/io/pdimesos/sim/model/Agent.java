package io.pdimesos.sim.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** One emulated Mesos agent: its identity, where its HTTP endpoints are, and its resources. */
public final class Agent {
  public final int index;
  public final String id;
  /** Used as Mesos hostname too, so clients can reach the agent's own endpoints by it. */
  public final String ip;
  public final String name;
  public final double cpus;
  public final double mem;
  public final double disk;
  public final int portsBegin;
  public final int portsEnd;
  public final Map<String, String> attributes = new LinkedHashMap<>();
  public final double registeredTime;
  int port;
  boolean active = true;
  private int nextPort;

  Agent(int index, String id, String ip, double cpus, double mem, double disk, int portsBegin,
      int portsEnd, double registeredTime) {
    this.index = index;
    this.id = id;
    this.ip = ip;
    this.name = "agent-" + index;
    this.cpus = cpus;
    this.mem = mem;
    this.disk = disk;
    this.portsBegin = portsBegin;
    this.portsEnd = portsEnd;
    this.nextPort = portsBegin;
    this.registeredTime = registeredTime;
  }

  public String hostname() {
    return ip;
  }

  public int port() {
    return port;
  }

  public void setPort(int port) {
    this.port = port;
  }

  public boolean active() {
    return active;
  }

  public String pid() {
    return "slave(1)@" + ip + ":" + port;
  }

  /** Hands out host ports round-robin inside the agent's range (collisions ignored on purpose). */
  int nextHostPort() {
    int p = nextPort++;
    if (nextPort > portsEnd) {
      nextPort = portsBegin;
    }
    return p;
  }

  public String portsRange() {
    return "[" + portsBegin + "-" + portsEnd + "]";
  }
}
