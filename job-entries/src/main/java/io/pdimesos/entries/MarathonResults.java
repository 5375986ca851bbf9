package io.pdimesos.entries;

import io.pdimesos.core.marathon.Task;
import io.pdimesos.core.ops.MarathonAppResult;
import io.pdimesos.plugin.WaitBlock.Wait;

/**
 * How every Marathon app entry reports: job variables, one result row per task (what is left
 * running, with host, ports and IPs), and success on timeout.
 */
public final class MarathonResults {
  private MarathonResults() {}

  /** The outcome of an app operation after {@code wait}; a failure counts as an error. */
  public static EntryOutcome outcome(MarathonAppResult r, Wait wait) {
    ResultRows rows = new ResultRows().string("app_id").string("task_id").string("host")
        .string("ports").string("ip_addresses").string("state").bool("healthy").string("version");
    for (Task t : r.tasks()) {
      rows.add(r.appId(), t.id(), t.host(), join(t.ports()), join(t.ipAddresses()), t.state(),
          t.isHealthy(), t.version());
    }
    // The core logged the outcome and its diagnostics already.
    EntryOutcome outcome = EntryOutcome.of(r).alreadyLogged()
        .variable("MARATHON_APP_ID", r.appId())
        .variable("MARATHON_DEPLOYMENT_ID", r.deploymentId())
        .variable("MARATHON_APP_VERSION", r.version())
        .variable("MARATHON_TASKS_RUNNING", r.tasksRunning())
        .variable("MARATHON_TASKS_HEALTHY", r.tasksHealthy())
        .variable("MARATHON_OUTCOME", r.outcome())
        .rows(rows);
    return outcome.after(wait, r.outcome() == MarathonAppResult.Outcome.TIMED_OUT);
  }

  private static String join(java.util.List<?> values) {
    StringBuilder s = new StringBuilder();
    for (Object v : values) {
      s.append(s.length() == 0 ? "" : ",").append(v);
    }
    return s.toString();
  }
}
