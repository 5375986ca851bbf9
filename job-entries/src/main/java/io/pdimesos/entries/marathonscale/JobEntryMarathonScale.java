package io.pdimesos.entries.marathonscale;

import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.ops.MarathonScale;
import io.pdimesos.entries.ClusterJobEntry;
import io.pdimesos.entries.EntryOutcome;
import io.pdimesos.entries.MarathonAppEntries;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingValidator;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.WaitBlock.Wait;
import java.util.Arrays;
import java.util.List;
import org.pentaho.di.core.annotations.JobEntry;
import org.pentaho.di.i18n.BaseMessages;

/** Marathon: Scale App. Sets the instance count (5) or changes it (+2, -1); optionally waits. */
@JobEntry(id = "PdiMesosMarathonScaleApp", i18nPackageName = "io.pdimesos.entries.marathonscale",
    name = "JobEntryMarathonScale.Name", description = "JobEntryMarathonScale.Description",
    categoryDescription = "PdiMesos.Category",
    image = "io/pdimesos/entries/marathonscale/marathon-scale-app.svg",
    documentationUrl = ClusterJobEntry.DOCS_BASE + "marathon-scale-app.md")
public class JobEntryMarathonScale extends ClusterJobEntry {
  private static final Class<?> PKG = JobEntryMarathonScale.class;

  public static final Setting INSTANCES = Setting.text(PKG, "instances",
      "JobEntryMarathonScale.General.Instances").required().validator(new SettingValidator() {
        @Override
        public String problem(String resolved) {
          return resolved.trim().matches("[+-]?\\d{1,9}") ? null
              : BaseMessages.getString(PKG, "JobEntryMarathonScale.Problem.NotACount",
                  resolved.trim());
        }
      }).build();

  /**
   * Off, also for jobs saved before it existed: their silent scale to 0 on "-5" was the defect,
   * so a change below zero now fails until this is switched on.
   */
  public static final Setting CLAMP_AT_ZERO = Setting.bool(PKG, "clamp_at_zero",
      "JobEntryMarathonScale.General.ClampAtZero").build();

  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(
      MarathonAppEntries.APP_ID, INSTANCES, CLAMP_AT_ZERO, MarathonAppEntries.FORCE),
      MarathonAppEntries.WAITING.settings(), ConnectionSettings.SETTINGS);

  public JobEntryMarathonScale() {
    super("Marathon: Scale App", SETTINGS, ConnectionSettings.MARATHON_URLS);
  }

  @Override
  protected EntryOutcome run(ClusterRun run) {
    MarathonClient client = new MarathonClient(run.connection().marathon(), run.log());
    Wait wait = MarathonAppEntries.WAITING.resolve(run);
    MarathonScale scale = wait.configure(new MarathonScale(client,
        run.text(MarathonAppEntries.APP_ID), run.text(INSTANCES))
        .clampAtZero(run.bool(CLAMP_AT_ZERO)).force(run.bool(MarathonAppEntries.FORCE)));
    return MarathonAppEntries.outcome(scale.run(wait.timeoutMillis(), run.log(), run.token()),
        wait);
  }
}
