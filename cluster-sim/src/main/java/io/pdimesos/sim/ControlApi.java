package io.pdimesos.sim;

import io.pdimesos.sim.http.Json;
import io.pdimesos.sim.http.Route;
import io.pdimesos.sim.http.SimExchange;
import java.time.Duration;

/**
 * The HTTP face of {@link SimFaults}, under {@code /__sim/} on every master (no auth, no faults).
 * All calls are POST with query parameters; see docs/emulator.md for the list.
 */
final class ControlApi implements Route {
  private final ClusterSim sim;

  ControlApi(ClusterSim sim) {
    this.sim = sim;
  }

  @Override
  public void handle(SimExchange ex) {
    String op = ex.path().substring("/__sim/".length());
    if (op.equals("status")) {
      ex.json(200, sim.describe());
      return;
    }
    if (!"POST".equals(ex.method())) {
      ex.json(405, Json.message("use POST for /__sim/" + op));
      return;
    }
    try {
      SimFaults f = sim.faults();
      switch (op) {
        case "leader" -> f.electMaster(intParam(ex, "master"));
        case "fail" -> {
          int status = ex.param("status") == null ? 503 : intParam(ex, "status");
          if (ex.param("request") == null) {
            f.failNext(req(ex, "service"), intParam(ex, "count"), status);
          } else {
            f.failMatching(req(ex, "service"), ex.param("request"),
                ex.param("skip") == null ? 0 : intParam(ex, "skip"), intParam(ex, "count"), status);
          }
        }
        case "latency" -> f.latency(req(ex, "service"), Long.parseLong(req(ex, "millis")));
        case "drop" -> f.dropNext(req(ex, "service"), intParam(ex, "count"), ex.param("method"));
        case "stop", "start" -> {
          String service = req(ex, "service");
          boolean down = op.equals("stop");
          int i = intParam(ex, "instance");
          if (service.equals(SimFaults.MARATHON)) {
            f.marathonDown(i, down);
          } else if (service.equals(SimFaults.CHRONOS)) {
            f.chronosDown(i, down);
          } else if (service.equals(SimFaults.METRONOME)) {
            f.metronomeDown(i, down);
          } else {
            throw new IllegalArgumentException(
                "only marathon, chronos and metronome instances can stop/start");
          }
        }
        case "agent/lose" -> f.loseAgent(intParam(ex, "agent"));
        case "agent/restore" -> f.restoreAgent(intParam(ex, "agent"));
        case "weave/disconnect" -> f.disconnectWeavePeer(intParam(ex, "agent"), true);
        case "weave/reconnect" -> f.disconnectWeavePeer(intParam(ex, "agent"), false);
        case "clear" -> f.clear();
        case "advance" -> sim.clock().advance(Duration.ofMillis(
            (long) (Double.parseDouble(req(ex, "seconds")) * 1000)));
        default -> {
          ex.json(404, Json.message("unknown control operation /__sim/" + op));
          return;
        }
      }
      ex.json(200, Json.message("ok"));
    } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
      ex.json(400, Json.message(e.getMessage()));
    }
  }

  private static String req(SimExchange ex, String name) {
    String v = ex.param(name);
    if (v == null || v.isEmpty()) {
      throw new IllegalArgumentException("missing query parameter '" + name + "'");
    }
    return v;
  }

  private static int intParam(SimExchange ex, String name) {
    try {
      return Integer.parseInt(req(ex, name));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("query parameter '" + name + "' must be an integer");
    }
  }
}
