package io.pdimesos.sim.mesos;

import io.pdimesos.sim.http.SimExchange;
import java.util.Set;

/** Mesos' own 401: challenge for the read-only realm (mesos.md §4). */
public final class MesosAuthChallenge {
  private MesosAuthChallenge() {}

  /** No auth at all on these (mesos.md §4). */
  public static boolean exempt(String path) {
    return Set.of("/master/health", "/health", "/master/redirect", "/redirect", "/version")
        .contains(path);
  }

  public static void unauthorized(SimExchange ex) {
    ex.header("WWW-Authenticate", "Basic realm=\"mesos-master-readonly\"");
    ex.empty(401);
  }
}
