package io.pdimesos.sim.model;

/** Mesos task states the emulator uses (mesos.md §11). */
public enum TaskState {
  TASK_STAGING(false), TASK_STARTING(false), TASK_RUNNING(false), TASK_KILLING(false),
  TASK_FINISHED(true), TASK_FAILED(true), TASK_KILLED(true), TASK_ERROR(true), TASK_LOST(true),
  TASK_UNREACHABLE(false), TASK_DROPPED(true), TASK_GONE(true);

  public final boolean terminal;

  TaskState(boolean terminal) {
    this.terminal = terminal;
  }

  /** Running tasks are listed under {@code tasks}, the rest under unreachable/completed. */
  public boolean active() {
    return !terminal && this != TASK_UNREACHABLE;
  }
}
