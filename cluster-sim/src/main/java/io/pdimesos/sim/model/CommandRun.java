package io.pdimesos.sim.model;

import io.pdimesos.sim.SimClock;

/**
 * A launched batch task running its command as the Mesos command executor would
 * ({@link CommandScript}): the executor's start lines on stderr, TASK_RUNNING at once, each output
 * line when the command gets to it (so a tail sees the log grow), then TASK_FINISHED or
 * TASK_FAILED with the exit status. Chronos and Metronome runs share it.
 */
public final class CommandRun {
  private CommandRun() {}

  /** Starts {@code command} in {@code t}; call under the model lock, right after the launch. */
  public static void start(ClusterModel model, SimTask t, String command) {
    SimClock clock = model.clock();
    CommandScript script = CommandScript.parse(command);
    t.appendStderr("Received SUBSCRIBED event");
    t.appendStderr("Subscribed executor on " + t.agent.hostname());
    t.appendStderr("Received LAUNCH event");
    t.appendStderr("Starting task " + t.id);
    t.appendStderr("sh -c '" + command + "'");
    model.update(t, TaskState.TASK_RUNNING, "");
    for (CommandScript.Output line : script.outputs) {
      clock.schedule(line.at(), () -> {
        synchronized (model) {
          if (!t.state().terminal) {
            if (line.stderr()) {
              t.appendStderr(line.text());
            } else {
              t.appendStdout(line.text());
            }
          }
        }
      });
    }
    clock.schedule(script.runtime, () -> {
      synchronized (model) {
        if (t.state().terminal) {
          return;
        }
        t.appendStderr("Command exited with status " + script.exitCode);
        model.update(t, script.exitCode == 0 ? TaskState.TASK_FINISHED : TaskState.TASK_FAILED,
            "Command exited with status " + script.exitCode);
      }
    });
  }
}
