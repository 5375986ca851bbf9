package io.pdimesos.core.mesos;

import io.pdimesos.core.json.PointerSelection;

/**
 * Which JSON values of each kind of item a streamed {@code /master/state} keeps beside the typed
 * fields ({@code selected()} of {@link MesosAgent}, {@link MesosFramework}, {@link MesosTask},
 * {@link MesosExecutor}). {@link #NONE} keeps none: the typed fields are read, everything else
 * is skipped.
 */
public final class StateSelection {
  public static final StateSelection NONE = new StateSelection(PointerSelection.none(),
      PointerSelection.none(), PointerSelection.none(), PointerSelection.none());

  final PointerSelection agents;
  final PointerSelection frameworks;
  final PointerSelection tasks;
  final PointerSelection executors;

  private StateSelection(PointerSelection agents, PointerSelection frameworks,
      PointerSelection tasks, PointerSelection executors) {
    this.agents = agents;
    this.frameworks = frameworks;
    this.tasks = tasks;
    this.executors = executors;
  }

  public StateSelection agents(PointerSelection s) {
    return new StateSelection(s, frameworks, tasks, executors);
  }

  public StateSelection frameworks(PointerSelection s) {
    return new StateSelection(agents, s, tasks, executors);
  }

  public StateSelection tasks(PointerSelection s) {
    return new StateSelection(agents, frameworks, s, executors);
  }

  public StateSelection executors(PointerSelection s) {
    return new StateSelection(agents, frameworks, tasks, s);
  }

  @Override
  public String toString() {
    return "agents " + agents + ", frameworks " + frameworks + ", tasks " + tasks
        + ", executors " + executors;
  }
}
