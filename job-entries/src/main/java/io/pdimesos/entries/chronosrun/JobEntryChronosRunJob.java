package io.pdimesos.entries.chronosrun;

import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.ops.ChronosRun;
import io.pdimesos.core.ops.ChronosRunOptions;
import io.pdimesos.core.ops.ChronosRunResult;
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
 * Chronos: Run Job. Starts a job now and waits for its run; the run's success or failure is the
 * entry's result. With the Mesos masters set, the run's Mesos task, its final state and the tail
 * of its stdout/stderr go into the log, the variables and the result row.
 */
@JobEntry(id = "PdiMesosChronosRunJob", i18nPackageName = "io.pdimesos.entries.chronosrun",
    name = "JobEntryChronosRunJob.Name", description = "JobEntryChronosRunJob.Description",
    categoryDescription = "PdiMesos.Category",
    image = "io/pdimesos/entries/chronosrun/chronos-run-job.svg",
    documentationUrl = ClusterJobEntry.DOCS_BASE + "chronos-run-job.md")
public class JobEntryChronosRunJob extends ClusterJobEntry {
  private static final Class<?> PKG = JobEntryChronosRunJob.class;

  public static final Setting JOB_NAME = Setting.text(PKG, "job_name",
      "JobEntryChronosRunJob.General.JobName").required().validator(Validators.CHRONOS_JOB_NAME)
      .build();
  public static final Setting ARGUMENTS = Setting.text(PKG, "arguments",
      "JobEntryChronosRunJob.General.Arguments").build();
  /** An hour: batch runs are long. */
  public static final WaitBlock WAITING = WaitBlock.forEntry().timeout(3600).checkCycle(5)
      .successOnTimeout().build();
  /** 0: a job already running (and not concurrent) fails the entry at once as busy. */
  public static final Setting BUSY_WAIT = Setting.integer(PKG, "busy_wait_seconds",
      "JobEntryChronosRunJob.Wait.BusyWait").defaultValue(0).tab(SettingTab.WAIT).build();
  /** Off: a stop leaves the run going, and the log says so. */
  public static final Setting KILL_ON_STOP = Setting.bool(PKG, "kill_on_stop",
      "JobEntryChronosRunJob.Wait.KillOnStop").tab(SettingTab.WAIT).build();

  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(JOB_NAME,
      ARGUMENTS, TaskOutput.IDENTIFY_TASK, TaskOutput.LOG_TAIL_BYTES), WAITING.settings(),
      Arrays.asList(BUSY_WAIT, KILL_ON_STOP), ConnectionSettings.SETTINGS);

  public JobEntryChronosRunJob() {
    super("Chronos: Run Job", SETTINGS, ConnectionSettings.CHRONOS_URLS);
  }

  @Override
  protected EntryOutcome run(ClusterRun run) {
    ChronosClient client = new ChronosClient(run.connection().chronos(),
        run.connection().chronosVersion(), run.log());
    ChronosRun operation = new ChronosRun(client, run.log())
        .withTaskLookup(TaskOutput.mesos(run));
    String arguments = run.text(ARGUMENTS);
    Wait wait = WAITING.resolve(run);
    ChronosRunResult r = operation.run(new ChronosRunOptions(run.text(JOB_NAME))
        .arguments(arguments.isEmpty() ? null : arguments)
        .timeoutMillis(wait.timeoutMillis())
        .pollIntervalMillis(wait.checkCycleMillis())
        .busyWaitMillis(run.millis(BUSY_WAIT))
        .killOnStop(run.bool(KILL_ON_STOP))
        .sandboxTailBytes(TaskOutput.tailBytes(run)), run.token());

    TaskOutput.logTails(run, r);
    ResultRows rows = TaskOutput.columns(new ResultRows().string("job_name").string("outcome"));
    rows.add(TaskOutput.values(r, r.jobName(), r.outcome()));
    EntryOutcome outcome = EntryOutcome.of(r).logged(Logged.SUMMARY)
        .variable("CHRONOS_JOB_NAME", r.jobName())
        .variable("CHRONOS_RUN_STATE", r.outcome())
        .variable("CHRONOS_TASK_ID", r.taskId())
        .variable("CHRONOS_TASK_STATE", r.taskState())
        .rows(rows);
    return outcome.after(wait, r.outcome() == ChronosRunResult.Outcome.TIMED_OUT);
  }
}
