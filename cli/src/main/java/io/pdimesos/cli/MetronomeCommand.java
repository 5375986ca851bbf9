package io.pdimesos.cli;

import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.metronome.JobHistory;
import io.pdimesos.core.metronome.JobRun;
import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.metronome.MetronomeClient.Embed;
import io.pdimesos.core.metronome.MetronomeJob;
import io.pdimesos.core.metronome.MetronomeSchedule;
import io.pdimesos.core.ops.MetronomeDelete;
import io.pdimesos.core.ops.MetronomeRun;
import io.pdimesos.core.ops.MetronomeSubmit;
import java.time.Instant;
import java.util.EnumSet;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pdi-mesos metronome ...}: list, submit, run and delete Metronome (DC/OS) jobs. */
@Command(name = "metronome", description = "Metronome (DC/OS) jobs: list, submit, run, delete.",
    subcommands = {MetronomeCommand.Jobs.class, MetronomeCommand.Submit.class,
        MetronomeCommand.Run.class, MetronomeCommand.Delete.class})
final class MetronomeCommand {

  /** What every Metronome command shares. */
  abstract static class Base extends ClusterCommand {
    MetronomeClient client() {
      return new MetronomeClient(conn.metronome(), progress());
    }
  }

  @Command(name = "jobs", description = "List jobs with their schedule, counters and what runs"
      + " now.")
  static final class Jobs extends Base {
    @Override
    public Integer call() {
      Table t = new Table("id", "state", "schedule", "next_run", "successes", "failures",
          "last_success", "last_failure", "active_runs");
      for (MetronomeJob j : client().listJobs(EnumSet.of(Embed.ACTIVE_RUNS,
          Embed.HISTORY_SUMMARY), token)) {
        MetronomeSchedule s = j.schedule();
        JobHistory h = j.historySummary();
        t.row(j.id(), state(j), s == null ? "" : s.cron() + " " + s.timezone()
                + (s.enabled() ? "" : " (disabled)"), s == null ? "" : text(s.nextRunAt()),
            h == null ? "" : h.successCount(), h == null ? "" : h.failureCount(),
            h == null ? "" : text(h.lastSuccessAt()), h == null ? "" : text(h.lastFailureAt()),
            j.activeRuns().stream().map(JobRun::id).collect(Collectors.joining(" ")));
      }
      print(t);
      return ExitCodes.OK;
    }

    private static String state(MetronomeJob j) {
      if (j.activeRuns().stream().anyMatch(r -> r.status() == JobRun.Status.ACTIVE)) {
        return "active";
      }
      return j.activeRuns().isEmpty() ? "idle" : "starting";
    }

    private static String text(Instant t) {
      return t == null ? "" : t.toString();
    }
  }

  @Command(name = "submit", description = "Create or update a job from a JSON definition; its"
      + " schedule is added, changed or removed to match.")
  static final class Submit extends Base {
    @Mixin
    Definitions.FileOption definition;

    @Option(names = "--run-now", description = "Also start one run now (does not wait)")
    boolean runNow;

    @Override
    public Integer call() {
      MetronomeJob job = MetronomeJob.fromJson(definition.text());
      MetronomeSubmit.Result r = new MetronomeSubmit(client(), progress())
          .submit(job, runNow, 60_000, token);
      Table t = new Table("job", "result", "action", "schedule", "run", "message");
      t.row(r.jobId(), result(r), r.action(), r.scheduleAction(), r.runId(), r.message());
      print(t);
      r.warnings().forEach(w -> spec.commandLine().getErr().println("  warning: " + w));
      return r.invalidDefinition() ? ExitCodes.USAGE : ExitCodes.of(r);
    }
  }

  @Command(name = "run", description = "Start a run and wait for its outcome; with --mesos the"
      + " run's Mesos task and the tail of its log are shown, and why a run cannot start.")
  static final class Run extends Base {
    @Parameters(paramLabel = "JOB")
    String job;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
        description = "Time limit (0: no limit; default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--max-starting", paramLabel = "SECONDS", defaultValue = "600",
        description = "How long the run may wait for a Mesos offer (0: as long as the time"
            + " limit; default: ${DEFAULT-VALUE})")
    long maxStartingSeconds;

    @Option(names = "--stop-on-stop", description = "Stop the run on timeout, Ctrl+C or when it"
        + " waits too long for an offer")
    boolean stopOnStop;

    @Override
    public Integer call() {
      MetronomeRun run = new MetronomeRun(client(), progress());
      if (conn.hasMesos()) {
        run.withMesos(new MesosClient(conn.mesos(), progress()));
      }
      MetronomeRun.Result r = run.run(new MetronomeRun.Options(job)
          .timeoutMillis(timeoutSeconds * 1000).maxStartingMillis(maxStartingSeconds * 1000)
          .stopOnStop(stopOnStop), token);
      Table t = new Table("job", "run", "outcome", "status", "task", "task_state", "elapsed_ms",
          "message");
      t.row(r.jobId(), r.runId(), r.outcome(), r.status(), r.taskId(), r.taskState(),
          r.elapsedMillis(), r.message());
      print(t);
      RunLogs.print(spec.commandLine().getErr(), r.diagnostics(), r.taskId(), r.stdoutTail(),
          r.stderrTail());
      return switch (r.outcome()) {
        case SUCCEEDED -> ExitCodes.OK;
        case TIMED_OUT, STARTING_TOO_LONG -> ExitCodes.TIMEOUT;
        case CANCELLED -> ExitCodes.INTERRUPTED;
        case UNKNOWN -> ExitCodes.UNKNOWN;
        default -> ExitCodes.FAILED;
      };
    }
  }

  @Command(name = "delete", description = "Delete a job (and its history); refused while runs"
      + " are active unless --stop-runs, and while other jobs depend on it.")
  static final class Delete extends Base {
    @Parameters(paramLabel = "JOB")
    String job;

    @Option(names = "--stop-runs", description = "Stop the job's active runs with it")
    boolean stopRuns;

    @Option(names = "--missing-ok", description = "Succeed when the job does not exist")
    boolean missingOk;

    @Override
    public Integer call() {
      MetronomeDelete.Result r = new MetronomeDelete(client(), progress())
          .delete(job, stopRuns, missingOk, token);
      Table t = new Table("job", "result", "existed", "deleted", "stopped_runs", "message");
      t.row(r.jobId(), result(r), r.existed(), r.deleted(), String.join(" ", r.stoppedRuns()),
          r.message());
      print(t);
      return ExitCodes.of(r);
    }
  }
}
