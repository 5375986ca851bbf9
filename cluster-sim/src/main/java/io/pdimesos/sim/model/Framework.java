package io.pdimesos.sim.model;

/** A framework registered with the emulated master (Marathon, Chronos). */
public final class Framework {
  public final String id;
  public final String name;
  public final String role;
  public final String principal;
  public final String hostname;
  public final String webuiUrl;
  public final double registeredTime;
  public final double failoverTimeout;
  public final String[] capabilities;

  Framework(String id, String name, String role, String principal, String hostname, String webuiUrl,
      double registeredTime, double failoverTimeout, String... capabilities) {
    this.id = id;
    this.name = name;
    this.role = role;
    this.principal = principal;
    this.hostname = hostname;
    this.webuiUrl = webuiUrl;
    this.registeredTime = registeredTime;
    this.failoverTimeout = failoverTimeout;
    this.capabilities = capabilities;
  }
}
