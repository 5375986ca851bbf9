package io.pdimesos.entries.chronosdelete;

import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.ops.ChronosDelete;
import io.pdimesos.entries.ClusterJobEntry;
import io.pdimesos.entries.EntryOutcome;
import io.pdimesos.entries.EntryOutcome.Logged;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.Validators;
import io.pdimesos.plugin.WaitBlock;
import java.util.Arrays;
import java.util.List;
import org.pentaho.di.core.annotations.JobEntry;

/**
 * Chronos: Delete Job. Deletes a job, optionally killing its running tasks first; says which
 * dependent jobs Chronos rewired because their parent went away.
 */
@JobEntry(id = "PdiMesosChronosDeleteJob", i18nPackageName = "io.pdimesos.entries.chronosdelete",
    name = "JobEntryChronosDeleteJob.Name", description = "JobEntryChronosDeleteJob.Description",
    categoryDescription = "PdiMesos.Category",
    image = "io/pdimesos/entries/chronosdelete/chronos-delete-job.svg",
    documentationUrl = ClusterJobEntry.DOCS_BASE + "chronos-delete-job.md")
public class JobEntryChronosDeleteJob extends ClusterJobEntry {
  private static final Class<?> PKG = JobEntryChronosDeleteJob.class;

  public static final Setting JOB_NAME = Setting.text(PKG, "job_name",
      "JobEntryChronosDeleteJob.General.JobName").required().validator(Validators.CHRONOS_JOB_NAME)
      .build();
  /** Off: Chronos itself leaves running tasks alone when a job is deleted. */
  public static final Setting KILL_TASKS = Setting.bool(PKG, "kill_tasks_first",
      "JobEntryChronosDeleteJob.General.KillTasks").build();
  /** Off: a misspelt name should not pass silently. */
  public static final Setting MISSING_OK = Setting.bool(PKG, "missing_ok",
      "JobEntryChronosDeleteJob.General.MissingOk").build();
  public static final WaitBlock WAITING = WaitBlock.forEntry().timeout(60).build();

  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(JOB_NAME,
      KILL_TASKS, MISSING_OK), WAITING.settings(), ConnectionSettings.SETTINGS);

  public JobEntryChronosDeleteJob() {
    super("Chronos: Delete Job", SETTINGS, ConnectionSettings.CHRONOS_URLS);
  }

  @Override
  protected EntryOutcome run(ClusterRun run) {
    ChronosClient client = new ChronosClient(run.connection().chronos(),
        run.connection().chronosVersion(), run.log());
    ChronosDelete.Result r = new ChronosDelete(client, run.log()).delete(run.text(JOB_NAME),
        run.bool(KILL_TASKS), run.bool(MISSING_OK), WAITING.resolve(run).timeoutMillis(),
        run.token());
    return EntryOutcome.of(r).logged(Logged.EVERYTHING)
        .variable("CHRONOS_JOB_NAME", r.jobName())
        .variable("CHRONOS_JOB_DELETED", r.deleted() ? "Y" : "N")
        .variable("CHRONOS_REWIRED_JOBS", String.join(",", r.rewiredChildren()));
  }
}
