package io.pdimesos.sim.http;

import java.io.IOException;

/** Answers one request of an emulated service. */
@FunctionalInterface
public interface Route {
  void handle(SimExchange ex) throws IOException;
}
