package io.pdimesos.entries.marathondeploy;

import io.pdimesos.plugin.Choice;

/** The protocol of a form definition's one health check; the codes are Marathon's own. */
enum HealthCheckProtocol implements Choice {
  /** No health check. */
  NONE,
  MESOS_HTTP,
  MESOS_TCP,
  HTTP,
  TCP,
  /** A shell command; its target is the command rather than a path. */
  COMMAND;

  @Override
  public String code() {
    return this == NONE ? "none" : name();
  }
}
