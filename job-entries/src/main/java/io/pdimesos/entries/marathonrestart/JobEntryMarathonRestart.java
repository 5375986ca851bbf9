package io.pdimesos.entries.marathonrestart;

import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.ops.MarathonRestart;
import io.pdimesos.entries.ClusterJobEntry;
import io.pdimesos.entries.EntryOutcome;
import io.pdimesos.entries.MarathonAppEntries;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.WaitBlock.Wait;
import java.util.Arrays;
import java.util.List;
import org.pentaho.di.core.annotations.JobEntry;

/** Marathon: Restart App. A rolling restart by the app's upgrade strategy; optionally waits. */
@JobEntry(id = "PdiMesosMarathonRestartApp", i18nPackageName = "io.pdimesos.entries.marathonrestart",
    name = "JobEntryMarathonRestart.Name", description = "JobEntryMarathonRestart.Description",
    categoryDescription = "PdiMesos.Category",
    image = "io/pdimesos/entries/marathonrestart/marathon-restart-app.svg",
    documentationUrl = ClusterJobEntry.DOCS_BASE + "marathon-restart-app.md")
public class JobEntryMarathonRestart extends ClusterJobEntry {
  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(
      MarathonAppEntries.APP_ID, MarathonAppEntries.FORCE),
      MarathonAppEntries.WAITING.settings(), ConnectionSettings.SETTINGS);

  public JobEntryMarathonRestart() {
    super("Marathon: Restart App", SETTINGS, ConnectionSettings.MARATHON_URLS);
  }

  @Override
  protected EntryOutcome run(ClusterRun run) {
    MarathonClient client = new MarathonClient(run.connection().marathon(), run.log());
    Wait wait = MarathonAppEntries.WAITING.resolve(run);
    MarathonRestart restart = wait.configure(new MarathonRestart(client,
        run.text(MarathonAppEntries.APP_ID)).force(run.bool(MarathonAppEntries.FORCE)));
    return MarathonAppEntries.outcome(restart.run(wait.timeoutMillis(), run.log(), run.token()),
        wait);
  }
}
