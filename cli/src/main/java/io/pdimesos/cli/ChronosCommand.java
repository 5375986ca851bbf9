package io.pdimesos.cli;

import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.core.chronos.ChronosVersion;
import io.pdimesos.core.chronos.GraphCsv;
import io.pdimesos.core.chronos.JobState;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.ops.ChronosDelete;
import io.pdimesos.core.ops.ChronosRun;
import io.pdimesos.core.ops.ChronosRunOptions;
import io.pdimesos.core.ops.ChronosRunResult;
import io.pdimesos.core.ops.ChronosSubmit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pdi-mesos chronos ...}: submit, run, delete and list Chronos jobs. */
@Command(name = "chronos", description = "Chronos jobs: list, submit, run, delete.",
    subcommands = {ChronosCommand.Jobs.class, ChronosCommand.Submit.class,
        ChronosCommand.Run.class, ChronosCommand.Delete.class})
final class ChronosCommand {

  /** Options every Chronos command shares. */
  abstract static class Base extends ClusterCommand {
    @Option(names = "--chronos-version", paramLabel = "auto|2|3", defaultValue = "auto",
        description = "Chronos API version; auto probes the server once (default: auto)")
    String chronosVersion;

    ChronosClient client() {
      return new ChronosClient(conn.chronos(), ChronosVersion.parse(chronosVersion), progress());
    }
  }

  @Command(name = "jobs", description = "List jobs with their last outcome and current state.")
  static final class Jobs extends Base {
    @Override
    public Integer call() {
      ChronosClient c = client();
      GraphCsv graph = c.graph(token);
      Table t = new Table("name", "last_outcome", "state", "schedule", "parents", "successes",
          "errors", "disabled");
      for (ChronosJob j : c.listJobs(token)) {
        JobState s = graph.state(j.name());
        t.row(j.name(), s == null ? "" : s.lastOutcome(), s == null ? "" : s.currentState(),
            j.schedule(), String.join(" ", j.parents()), j.successCount(), j.errorCount(),
            j.disabled());
      }
      print(t);
      return ExitCodes.OK;
    }
  }

  @Command(name = "submit", description = "Create or update a job from a JSON definition.")
  static final class Submit extends Base {
    @Mixin
    Definitions.FileOption definition;

    @Option(names = "--run-now", description = "Also queue one run now (does not wait)")
    boolean runNow;

    @Override
    public Integer call() {
      ChronosJob job = ChronosJob.fromJson(definition.text());
      ChronosSubmit.Result r = new ChronosSubmit(client(), progress())
          .submit(job, runNow, null, 60_000, token);
      Table t = new Table("job", "result", "action", "triggered", "message");
      t.row(r.jobName(), result(r), r.action(), r.triggered(), r.message());
      print(t);
      r.warnings().forEach(w -> spec.commandLine().getErr().println("  warning: " + w));
      return r.invalidDefinition() ? ExitCodes.USAGE : ExitCodes.of(r);
    }
  }

  @Command(name = "run", description = "Run a job now and wait for the run's outcome; with "
      + "--mesos the run's Mesos task and the tail of its log are shown.")
  static final class Run extends Base {
    @Parameters(paramLabel = "JOB")
    String job;

    @Option(names = "--args", paramLabel = "WORDS", description = "Extra shell words for this run")
    String arguments;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
        converter = Seconds.class,
        description = "Time limit (0: no limit; default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--kill-on-stop", description = "Kill the job's tasks on timeout or Ctrl+C")
    boolean killOnStop;

    @Override
    public Integer call() {
      ChronosRun run = new ChronosRun(client(), progress());
      if (conn.hasMesos()) {
        run.withTaskLookup(new MesosClient(conn.mesos(), progress()));
      }
      ChronosRunResult r = run.run(new ChronosRunOptions(job).arguments(arguments)
          .timeoutMillis(timeoutSeconds * 1000).killOnStop(killOnStop), token);
      print(table(r));
      RunLogs.print(spec.commandLine().getErr(), r.diagnostics(), r.taskId(), r.stdoutTail(),
          r.stderrTail());
      return exit(r);
    }
  }

  static Table table(ChronosRunResult r) {
    Table t = new Table("job", "outcome", "task", "task_state", "elapsed_ms", "message");
    t.row(r.jobName(), r.outcome(), r.taskId(), r.taskState(), r.elapsedMillis(), r.message());
    return t;
  }

  static int exit(ChronosRunResult r) {
    return switch (r.outcome()) {
      case SUCCEEDED -> ExitCodes.OK;
      case TIMED_OUT -> ExitCodes.TIMEOUT;
      case CANCELLED -> ExitCodes.INTERRUPTED;
      default -> ExitCodes.FAILED;
    };
  }

  @Command(name = "delete", description = "Delete a job, optionally killing its tasks first.")
  static final class Delete extends Base {
    @Parameters(paramLabel = "JOB")
    String job;

    @Option(names = "--kill", description = "Kill the job's running tasks first")
    boolean kill;

    @Option(names = "--missing-ok", description = "Succeed when the job does not exist")
    boolean missingOk;

    @Override
    public Integer call() {
      ChronosDelete.Result r = new ChronosDelete(client(), progress())
          .delete(job, kill, missingOk, 60_000, token);
      Table t = new Table("job", "result", "existed", "deleted", "killed", "message");
      t.row(r.jobName(), result(r), r.existed(), r.deleted(), r.killed(), r.message());
      print(t);
      return ExitCodes.of(r);
    }
  }
}
