package io.pdimesos.steps;

/**
 * The per-row half of an action step: what one row asks for. Created once per step copy (with
 * its one client), used from the step's thread to read rows and from the worker threads to
 * call, so implementations keep no per-row state.
 */
public interface RowActions {
  /**
   * Reads what the action needs from {@code row} on the step's thread and returns the call a
   * worker makes, with the target it acts on. A value that cannot be used throws
   * {@link RowValues.BadValue}, or any IllegalArgumentException saying which field, and nothing
   * is sent.
   */
  RowAction prepare(RowValues row);
}
