package io.pdimesos.sim.marathon;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.sim.http.Json;

/** A request Marathon refuses: status plus its JSON body. */
final class MarathonError extends Exception {
  private static final long serialVersionUID = 1L;
  final int status;
  final transient ObjectNode body;

  MarathonError(int status, ObjectNode body) {
    super(body.toString(), null, false, false);
    this.status = status;
    this.body = body;
  }

  MarathonError(int status, String message) {
    this(status, Json.message(message));
  }
}
