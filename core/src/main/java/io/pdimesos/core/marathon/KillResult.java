package io.pdimesos.core.marathon;

import java.util.Collections;
import java.util.List;

/**
 * What a task kill answers: the killed tasks (Marathon relaunches replacements), or with
 * {@code scale=true} the deployment that lowers the instance count.
 */
public final class KillResult {
  private final List<Task> killedTasks;
  private final DeploymentResult deployment;

  KillResult(List<Task> killedTasks, DeploymentResult deployment) {
    this.killedTasks = killedTasks == null ? Collections.<Task>emptyList() : killedTasks;
    this.deployment = deployment;
  }

  public List<Task> killedTasks() {
    return killedTasks;
  }

  /** The scale-down deployment, or null when tasks were killed without scaling. */
  public DeploymentResult deployment() {
    return deployment;
  }

  @Override
  public String toString() {
    return deployment != null ? deployment.toString() : killedTasks.size() + " task(s) killed";
  }
}
