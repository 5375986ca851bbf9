package io.pdimesos.entries.marathondelete;

import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.ops.MarathonDelete;
import io.pdimesos.core.ops.MarathonDelete.Mode;
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

/**
 * Marathon: Delete App. Deletes the app, or suspends it (scales to 0, keeping the definition);
 * optionally waits until it is gone. Always forced: a delete must win over a stuck deployment.
 */
@JobEntry(id = "PdiMesosMarathonDeleteApp", i18nPackageName = "io.pdimesos.entries.marathondelete",
    name = "JobEntryMarathonDelete.Name", description = "JobEntryMarathonDelete.Description",
    categoryDescription = "PdiMesos.Category",
    image = "io/pdimesos/entries/marathondelete/marathon-delete-app.svg",
    documentationUrl = ClusterJobEntry.DOCS_BASE + "marathon-delete-app.md")
public class JobEntryMarathonDelete extends ClusterJobEntry {
  private static final Class<?> PKG = JobEntryMarathonDelete.class;

  public static final Setting MODE = Setting.choice(PKG, "mode",
      "JobEntryMarathonDelete.General.Mode", Mode.values()).defaultValue(Mode.DELETE).build();

  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(
      MarathonAppEntries.APP_ID, MODE), MarathonAppEntries.WAITING.settings(),
      ConnectionSettings.SETTINGS);

  public JobEntryMarathonDelete() {
    super("Marathon: Delete App", SETTINGS, ConnectionSettings.MARATHON_URLS);
  }

  @Override
  protected EntryOutcome run(ClusterRun run) {
    MarathonClient client = new MarathonClient(run.connection().marathon(), run.log());
    Wait wait = MarathonAppEntries.WAITING.resolve(run);
    MarathonDelete delete = wait.configure(new MarathonDelete(client,
        run.text(MarathonAppEntries.APP_ID), run.choice(MODE, Mode.class)));
    return MarathonAppEntries.outcome(delete.run(wait.timeoutMillis(), run.log(), run.token()),
        wait);
  }
}
