package io.pdimesos.entries.marathonwait;

import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.ops.MarathonAppResult;
import io.pdimesos.core.ops.MarathonWaitHealthy;
import io.pdimesos.entries.ClusterJobEntry;
import io.pdimesos.entries.EntryOutcome;
import io.pdimesos.entries.MarathonAppEntries;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.WaitBlock;
import io.pdimesos.plugin.WaitBlock.Wait;
import java.util.Arrays;
import java.util.List;
import org.pentaho.di.core.annotations.JobEntry;

/**
 * Marathon: Wait for App. True when the app has at least N healthy running instances before the
 * timeout; false otherwise, which is an answer, not an error (a stop is one). Changes nothing.
 */
@JobEntry(id = "PdiMesosMarathonWaitForApp", i18nPackageName = "io.pdimesos.entries.marathonwait",
    name = "JobEntryMarathonWaitForApp.Name",
    description = "JobEntryMarathonWaitForApp.Description",
    categoryDescription = "PdiMesos.Category",
    image = "io/pdimesos/entries/marathonwait/marathon-wait-for-app.svg",
    documentationUrl = ClusterJobEntry.DOCS_BASE + "marathon-wait-for-app.md")
public class JobEntryMarathonWaitForApp extends ClusterJobEntry {
  private static final Class<?> PKG = JobEntryMarathonWaitForApp.class;

  /** 0: as many as the app's own instance count. */
  public static final Setting MIN_HEALTHY = Setting.integer(PKG, "min_healthy",
      "JobEntryMarathonWaitForApp.General.MinHealthy").defaultValue(0).build();

  /** The entry is a wait: no switch, and nothing to leave or roll back. */
  public static final WaitBlock WAITING = WaitBlock.forEntry().timeout(600).checkCycle(5)
      .successOnTimeout().build();

  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(
      MarathonAppEntries.APP_ID, MIN_HEALTHY), WAITING.settings(), ConnectionSettings.SETTINGS);

  public JobEntryMarathonWaitForApp() {
    super("Marathon: Wait for App", SETTINGS, ConnectionSettings.MARATHON_URLS);
  }

  @Override
  protected EntryOutcome run(ClusterRun run) {
    MarathonClient client = new MarathonClient(run.connection().marathon(), run.log());
    Wait wait = WAITING.resolve(run);
    MarathonAppResult r = new MarathonWaitHealthy(client, run.text(MarathonAppEntries.APP_ID),
        (int) run.integer(MIN_HEALTHY))
        .checkCycle(wait.checkCycleMillis())
        .run(wait.timeoutMillis(), run.log(), run.token());
    EntryOutcome outcome = MarathonAppEntries.outcome(r, wait);
    // Not enough healthy instances in time is the answer asked for; a stop is not.
    return r.outcome() == MarathonAppResult.Outcome.TIMED_OUT ? outcome.falseIsAnAnswer() : outcome;
  }
}
