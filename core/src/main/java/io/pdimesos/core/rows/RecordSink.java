package io.pdimesos.core.rows;

import io.pdimesos.core.error.ClusterException;

/**
 * Receives an entity's records while they are read. {@link #accept} may block (a PDI step's
 * {@code putRow} waits while the next step is busy): a streaming reader then simply reads on
 * later, so memory stays flat.
 */
public interface RecordSink {
  /**
   * Called when a server has answered, before its records: once for most entities, once per
   * router for Weave (each router reports its own view).
   */
  default void answered(ResponseInfo response) {}

  /**
   * A reader of several servers (Weave routers) reports one server's failure here and goes on
   * with the others. By default the failure ends the read; a step with an error field takes it
   * as a row instead.
   */
  default void failed(String url, ClusterException error) {
    throw error;
  }

  /** One record; answer false to stop reading (the rest of the body is dropped unread). */
  boolean accept(Record record);
}
