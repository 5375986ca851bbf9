package io.pdimesos.cli;

import io.pdimesos.core.marathon.App;
import io.pdimesos.core.marathon.AppDefinition;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.marathon.Task;
import io.pdimesos.core.ops.MarathonAppOperation;
import io.pdimesos.core.ops.MarathonAppResult;
import io.pdimesos.core.ops.MarathonDelete;
import io.pdimesos.core.ops.MarathonDeploy;
import io.pdimesos.core.ops.MarathonRestart;
import io.pdimesos.core.ops.MarathonScale;
import io.pdimesos.core.ops.MarathonWaitHealthy;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pdi-mesos marathon ...}: deploy, scale, restart, delete and inspect Marathon apps. */
@Command(name = "marathon", description = "Marathon apps: list, tasks, deploy, scale, restart, "
    + "delete, wait.",
    subcommands = {MarathonCommand.Apps.class, MarathonCommand.Tasks.class,
        MarathonCommand.Deploy.class, MarathonCommand.Scale.class, MarathonCommand.Restart.class,
        MarathonCommand.Delete.class, MarathonCommand.Wait.class})
final class MarathonCommand {

  static MarathonClient client(ClusterCommand c) {
    return new MarathonClient(c.conn.marathon(), c.progress());
  }

  /** Result rows of every write: one line, so scripts read the same columns. */
  static Table table(MarathonAppResult r) {
    Table t = new Table("app", "outcome", "deployment", "version", "instances", "running",
        "healthy", "elapsed_ms", "message");
    // -1 is "not known" (the app is gone, or was never read): an empty cell, not a count
    t.row(r.appId(), r.outcome(), r.deploymentId(), r.version(),
        r.instances() < 0 ? null : r.instances(), r.tasksRunning(), r.tasksHealthy(),
        r.elapsedMillis(), r.message());
    return t;
  }

  static int exit(MarathonAppResult r) {
    return switch (r.outcome()) {
      case SUCCEEDED, SUBMITTED -> ExitCodes.OK;
      case TIMED_OUT -> ExitCodes.TIMEOUT;
      case CANCELLED -> ExitCodes.INTERRUPTED;
      case UNKNOWN -> ExitCodes.UNKNOWN;
      default -> ExitCodes.FAILED;
    };
  }

  /** Wait options shared by every write. */
  static final class WaitOptions {
    @Option(names = "--no-wait", description = "Return once Marathon accepted the change")
    boolean noWait;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
        converter = Seconds.class,
        description = "How long to wait for the deployment (0: no limit; default: "
            + "${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--force", description = "Override a running deployment of the app")
    boolean force;

    @Option(names = "--wait-for-lock", description = "When another deployment locks the app, "
        + "wait for it to finish (within --timeout) and send the change again")
    boolean waitForLock;

    @Option(names = "--rollback-on-timeout",
        description = "Cancel (roll back) the deployment when the wait ends without success")
    boolean rollback;

    <T extends MarathonAppOperation<T>> T apply(T op) {
      return op.waitForCompletion(!noWait).force(force).waitForLock(waitForLock).onTimeout(
          rollback ? MarathonAppOperation.OnTimeout.ROLL_BACK
              : MarathonAppOperation.OnTimeout.LEAVE);
    }
  }

  /** Base for writes: runs the operation, prints its row and diagnostics, maps the exit code. */
  abstract static class Write extends ClusterCommand {
    @ArgGroup(exclusive = false)
    WaitOptions waitOptions = new WaitOptions();

    abstract MarathonAppResult run(MarathonClient client);

    @Override
    public Integer call() {
      // The operation logged its outcome and its diagnostics (stderr) already.
      MarathonAppResult r = run(client(this));
      print(table(r));
      return exit(r);
    }

    long timeoutMillis() {
      return waitOptions.timeoutSeconds * 1000;
    }
  }

  @Command(name = "apps", description = "List apps with their task counts.")
  static final class Apps extends ClusterCommand {
    @Option(names = "--id", description = "Only apps whose id contains this text")
    String id;

    @Option(names = "--label", description = "Label selector, e.g. pentaho.role==carte")
    String label;

    @Override
    public Integer call() {
      Table t = new Table("id", "instances", "running", "healthy", "staged", "cpus", "mem_mb",
          "version", "deployments");
      for (App a : client(this).apps(id, label, null, List.of(), token)) {
        t.row(a.id(), a.instances(), a.tasksRunning(), a.tasksHealthy(), a.tasksStaged(),
            a.cpus(), a.mem(), a.version(), String.join(" ", a.deploymentIds()));
      }
      print(t);
      return ExitCodes.OK;
    }
  }

  @Command(name = "tasks", description = "List the tasks of one app, or of all apps.")
  static final class Tasks extends ClusterCommand {
    @Parameters(arity = "0..1", paramLabel = "APP_ID", description = "App id (all apps if absent)")
    String appId;

    @Override
    public Integer call() {
      MarathonClient c = client(this);
      List<Task> tasks = appId == null ? c.tasks(List.of(), token) : c.appTasks(appId, token);
      Table t = new Table("id", "app", "host", "state", "healthy", "ports", "ips", "version");
      for (Task k : tasks) {
        t.row(k.id(), k.appId(), k.host(), k.state(), k.isHealthy(), k.ports(),
            String.join(" ", k.ipAddresses()), k.version());
      }
      print(t);
      return ExitCodes.OK;
    }
  }

  @Command(name = "deploy",
      description = "Create or update an app from a JSON definition and wait until it is healthy.")
  static final class Deploy extends Write {
    @Mixin
    Definitions.FileOption definition;

    @Option(names = "--redeploy", description = "Deploy a new version even when unchanged")
    boolean redeploy;

    @Override
    MarathonAppResult run(MarathonClient client) {
      AppDefinition def = AppDefinition.fromJson(definition.text());
      return waitOptions.apply(new MarathonDeploy(client, def)).redeployWhenUnchanged(redeploy)
          .run(timeoutMillis(), progress(), token);
    }
  }

  @Command(name = "scale", description = "Set an app's instances: N, +N or -N.")
  static final class Scale extends Write {
    @Parameters(index = "0", paramLabel = "APP_ID")
    String appId;

    @Parameters(index = "1", paramLabel = "INSTANCES", description = "N, +N or -N")
    String instances;

    @Option(names = "--clamp-at-zero", description = "A change that would go below zero "
        + "scales to 0 (without it, such a change is refused and nothing is sent)")
    boolean clampAtZero;

    @Override
    MarathonAppResult run(MarathonClient client) {
      return waitOptions.apply(new MarathonScale(client, appId, instances)
          .clampAtZero(clampAtZero)).run(timeoutMillis(), progress(), token);
    }
  }

  @Command(name = "restart", description = "Rolling restart of an app.")
  static final class Restart extends Write {
    @Parameters(paramLabel = "APP_ID")
    String appId;

    @Override
    MarathonAppResult run(MarathonClient client) {
      return waitOptions.apply(new MarathonRestart(client, appId))
          .run(timeoutMillis(), progress(), token);
    }
  }

  @Command(name = "delete", description = "Delete an app, or suspend it (scale to 0).")
  static final class Delete extends Write {
    @Parameters(paramLabel = "APP_ID")
    String appId;

    @Option(names = "--suspend", description = "Scale to 0 instead of deleting")
    boolean suspend;

    @Override
    MarathonAppResult run(MarathonClient client) {
      return waitOptions.apply(new MarathonDelete(client, appId,
          suspend ? MarathonDelete.Mode.SUSPEND : MarathonDelete.Mode.DELETE))
          .run(timeoutMillis(), progress(), token);
    }
  }

  @Command(name = "wait", description = "Wait until an app has at least N healthy instances.")
  static final class Wait extends ClusterCommand {
    @Parameters(paramLabel = "APP_ID")
    String appId;

    @Option(names = "--healthy", defaultValue = "1", description = "Healthy instances needed")
    int healthy;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
        converter = Seconds.class,
        description = "Time limit (0: no limit; default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Override
    public Integer call() {
      MarathonAppResult r = new MarathonWaitHealthy(client(this), appId, healthy)
          .run(timeoutSeconds * 1000, progress(), token);
      print(table(r));
      return exit(r);
    }
  }
}
