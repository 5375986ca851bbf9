package io.pdimesos.entries.metronomerun;

import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.ops.MetronomeRun;
import io.pdimesos.core.ops.WriteOutcome;
import io.pdimesos.entries.ClusterJobEntry;
import io.pdimesos.entries.EntryOutcome;
import io.pdimesos.entries.EntryOutcome.Logged;
import io.pdimesos.entries.ResultRows;
import io.pdimesos.entries.TaskOutput;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingTab;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.Validators;
import io.pdimesos.plugin.WaitBlock;
import io.pdimesos.plugin.WaitBlock.Wait;
import java.util.Arrays;
import java.util.List;
import org.pentaho.di.core.annotations.JobEntry;

/**
 * Metronome: Run Job. Starts a run of a job and, by default, waits for its outcome: the run's
 * success or failure is the entry's result. The run id, the outcome, the run's Mesos task and
 * the tails of its output go into variables and the result row; a run that gets no Mesos offer
 * ends as STARTING_TOO_LONG with the reason.
 */
@JobEntry(id = "PdiMesosMetronomeRunJob", i18nPackageName = "io.pdimesos.entries.metronomerun",
    name = "JobEntryMetronomeRunJob.Name", description = "JobEntryMetronomeRunJob.Description",
    categoryDescription = "PdiMesos.Category",
    image = "io/pdimesos/entries/metronomerun/metronome-run-job.svg",
    documentationUrl = ClusterJobEntry.DOCS_BASE + "metronome-run-job.md")
public class JobEntryMetronomeRunJob extends ClusterJobEntry {
  private static final Class<?> PKG = JobEntryMetronomeRunJob.class;
  /** What a run that was started but not waited for reports as its outcome. */
  static final String STARTED = "STARTED";

  public static final Setting JOB_ID = Setting.text(PKG, "job_id",
      "JobEntryMetronomeRunJob.General.JobId").required().validator(Validators.METRONOME_JOB_ID)
      .build();
  /** Waits by default, an hour: batch runs are long, and their outcome is what a job needs. */
  public static final WaitBlock WAITING = WaitBlock.forEntry().waitSwitch(true).timeout(3600)
      .checkCycle(5).successOnTimeout().build();
  /**
   * Ten minutes, as the core's default: a manual run has no starting deadline on Metronome and
   * would wait for an offer for ever.
   */
  public static final Setting MAX_STARTING = Setting.integer(PKG, "max_starting_seconds",
      "JobEntryMetronomeRunJob.Wait.MaxStarting").defaultValue(600).tab(SettingTab.WAIT).build();
  /** Off: a stop leaves the run going, and the log says so. */
  public static final Setting STOP_ON_STOP = Setting.bool(PKG, "stop_on_stop",
      "JobEntryMetronomeRunJob.Wait.StopOnStop").tab(SettingTab.WAIT).build();

  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(JOB_ID,
      TaskOutput.IDENTIFY_TASK, TaskOutput.LOG_TAIL_BYTES), WAITING.settings(),
      Arrays.asList(MAX_STARTING, STOP_ON_STOP), ConnectionSettings.SETTINGS);

  public JobEntryMetronomeRunJob() {
    super("Metronome: Run Job", SETTINGS, ConnectionSettings.METRONOME_URLS);
  }

  @Override
  protected EntryOutcome run(ClusterRun run) {
    MetronomeClient client = new MetronomeClient(run.connection().metronome(), run.log());
    String jobId = run.text(JOB_ID);
    Wait wait = WAITING.resolve(run);
    if (!wait.waits()) {
      try {
        return started(jobId, client.startRun(jobId, run.token()).id(), STARTED, null);
      } catch (ClusterException e) {
        // Nothing to wait for tells whether a start whose answer was lost happened.
        return started(jobId, "", MetronomeRun.Outcome.UNKNOWN.name(), WriteOutcome.unknownAfter(
            "Starting a run of Metronome job '" + jobId + "'", e));
      }
    }
    MetronomeRun.Result r = new MetronomeRun(client, run.log())
        .withMesos(TaskOutput.mesos(run))
        .run(new MetronomeRun.Options(jobId)
            .timeoutMillis(wait.timeoutMillis())
            .pollIntervalMillis(wait.checkCycleMillis())
            .maxStartingMillis(run.millis(MAX_STARTING))
            .stopOnStop(run.bool(STOP_ON_STOP))
            .sandboxTailBytes(TaskOutput.tailBytes(run)), run.token());

    TaskOutput.logTails(run, r);
    ResultRows rows = rowLayout().add(TaskOutput.values(r, r.jobId(), r.runId(), r.outcome()));
    EntryOutcome outcome = EntryOutcome.of(r).logged(Logged.SUMMARY)
        .variable("METRONOME_JOB_ID", r.jobId())
        .variable("METRONOME_RUN_ID", r.runId())
        .variable("METRONOME_RUN_OUTCOME", r.outcome())
        .variable("METRONOME_TASK_ID", r.taskId())
        .variable("METRONOME_TASK_STATE", r.taskState())
        .variable("METRONOME_STDOUT_TAIL", r.stdoutTail())
        .variable("METRONOME_STDERR_TAIL", r.stderrTail())
        .rows(rows);
    return outcome.after(wait, r.outcome() == MetronomeRun.Outcome.TIMED_OUT);
  }

  /** One result row: job, run, outcome, then the run's Mesos task. */
  private static ResultRows rowLayout() {
    return TaskOutput.columns(new ResultRows().string("job_id").string("run_id")
        .string("outcome"));
  }

  /**
   * Without waiting: the run was started, which is all the entry can say (or, with
   * {@code unknown} the message, whether it started is unknown: its answer was lost); the
   * task's variables are emptied, so none of an earlier run's is mistaken for this one's.
   */
  private static EntryOutcome started(String jobId, String runId, String outcome,
      String unknown) {
    ResultRows rows = rowLayout().add(jobId, runId, outcome, null, null, null, null, null);
    return EntryOutcome.of(unknown == null, unknown != null ? unknown : "Metronome job '" + jobId
        + "' started run " + runId + " (not waiting for it)")
        .variable("METRONOME_JOB_ID", jobId)
        .variable("METRONOME_RUN_ID", runId)
        .variable("METRONOME_RUN_OUTCOME", outcome)
        .variable("METRONOME_TASK_ID", "")
        .variable("METRONOME_TASK_STATE", "")
        .variable("METRONOME_STDOUT_TAIL", "")
        .variable("METRONOME_STDERR_TAIL", "")
        .rows(rows);
  }
}
