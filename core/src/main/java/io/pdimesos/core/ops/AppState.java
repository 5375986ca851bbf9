package io.pdimesos.core.ops;

import io.pdimesos.core.marathon.App;
import io.pdimesos.core.marathon.Task;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An app's tasks judged against its current definition: which tasks belong to the current
 * configuration, how many of those run, and how many are healthy. Counts come from the tasks
 * themselves, not from {@code tasksRunning}, which also counts old-version tasks mid-upgrade.
 */
final class AppState {
  final String appId;
  final String version;
  final int instances;
  final int running;
  final int healthy;
  final int staged;
  final boolean healthChecked;
  final List<Task> tasks;
  final App app;

  private AppState(App app) {
    this.app = app;
    this.appId = app.id();
    this.version = app.version();
    this.instances = app.instances();
    this.healthChecked = app.hasHealthChecks();
    this.tasks = app.tasks();
    // Tasks launched before the last configuration change are old ones being replaced; scale
    // and restart do not move lastConfigChangeAt, so their tasks still count.
    String since = app.lastConfigChangeAt() != null ? app.lastConfigChangeAt() : null;
    int r = 0;
    int h = 0;
    int s = 0;
    for (Task t : app.tasks()) {
      if (since != null && t.version() != null && t.version().compareTo(since) < 0) {
        continue;
      }
      if (t.isRunning()) {
        r++;
        if (t.isHealthy()) {
          h++;
        }
      } else if ("TASK_STAGING".equals(t.state()) || "TASK_STARTING".equals(t.state())) {
        s++;
      }
    }
    this.running = r;
    this.healthy = h;
    this.staged = s;
  }

  static AppState of(App app) {
    return new AppState(app);
  }

  /** Running (and healthy, when checked) tasks of the current configuration equal instances. */
  boolean complete() {
    return running == instances && (!healthChecked || healthy == instances);
  }

  /** Running tasks, healthy too when the app has health checks. */
  int ready() {
    return healthChecked ? healthy : running;
  }

  List<Task> runningTasks() {
    List<Task> out = new ArrayList<Task>();
    for (Task t : tasks) {
      if (t.isRunning()) {
        out.add(t);
      }
    }
    return Collections.unmodifiableList(out);
  }

  String counts() {
    return running + " of " + instances + " instance(s) running"
        + (healthChecked ? ", " + healthy + " healthy" : "")
        + (staged > 0 ? ", " + staged + " staging" : "");
  }
}
