package io.pdimesos.core.mesos;

/**
 * Receives {@code /master/state} piece by piece while the body is still arriving. Order follows
 * the document: 1.x writes the header, agents, then frameworks; 0.2x masters sort keys
 * alphabetically, so frameworks (and their completed tasks) come before agents. A framework is
 * reported after its tasks and executors; {@link #master} comes last.
 */
public interface StateVisitor {
  /**
   * The master's headers have arrived, before any item: {@code baseUrl} is the master that
   * answered (the leader after redirects or failover), {@code responseMillis} the time to the
   * headers.
   */
  default void answered(String baseUrl, long responseMillis) {}

  default void agent(MesosAgent agent) {}

  default void framework(MesosFramework framework) {}

  default void task(MesosTask task) {}

  default void executor(MesosExecutor executor) {}

  /** The header fields, once the document (or the part read) is done. */
  default void master(MasterInfo master) {}

  /** Answer true to stop reading: the rest of the body is dropped unread. */
  default boolean done() {
    return false;
  }
}
