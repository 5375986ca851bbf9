package io.pdimesos.steps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * One row's prepared action: the call a worker makes, the app or job it acts on, and what must
 * be done before it starts. The step holds a row back while an earlier row on the same target,
 * or on one it depends on (a Chronos job's parents), is still running, so a batch that creates
 * a job chain or touches one app twice behaves as if run one row at a time.
 */
public final class RowAction {
  private final String target;
  private final Callable<ActionResult> call;
  private final List<String> after = new ArrayList<String>();
  private boolean afterEveryEarlierRow;

  private RowAction(String target, Callable<ActionResult> call) {
    this.target = target == null ? "" : target;
    this.call = call;
  }

  /** {@code call} acts on {@code target} (an app id, a job name; "" when unknown). */
  public static RowAction on(String target, Callable<ActionResult> call) {
    return new RowAction(target, call);
  }

  /** Also wait for earlier rows acting on any of {@code targets}. */
  public RowAction after(Collection<String> targets) {
    after.addAll(targets);
    return this;
  }

  /**
   * Wait until every earlier row has finished, whatever it acts on: for an action whose
   * prerequisites the row cannot know (Metronome refuses to delete a job while the jobs that
   * depend on it exist, and only names them when it refuses).
   */
  public RowAction afterEveryEarlierRow() {
    this.afterEveryEarlierRow = true;
    return this;
  }

  /** Whether the row waits for every earlier row ({@link #afterEveryEarlierRow()}). */
  public boolean waitsForEveryEarlierRow() {
    return afterEveryEarlierRow;
  }

  public String target() {
    return target;
  }

  public Callable<ActionResult> call() {
    return call;
  }

  /** The targets whose earlier rows must have finished first, its own included. */
  public List<String> waitsFor() {
    List<String> all = new ArrayList<String>(after);
    if (!target.isEmpty()) {
      all.add(target);
    }
    return Collections.unmodifiableList(all);
  }
}
