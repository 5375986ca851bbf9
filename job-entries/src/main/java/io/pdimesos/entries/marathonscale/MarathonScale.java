package io.pdimesos.entries.marathonscale;

import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.entries.ClusterJobEntry;
import io.pdimesos.entries.EntryOutcome;
import io.pdimesos.entries.EntryRun;
import io.pdimesos.entries.MarathonAppSettings;
import io.pdimesos.entries.MarathonResults;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingValidator;
import io.pdimesos.plugin.SettingValues;
import java.util.Arrays;
import java.util.List;
import org.pentaho.di.core.annotations.JobEntry;

/** Marathon: Scale App. Sets the instance count (5) or changes it (+2, -1); optionally waits. */
@JobEntry(id = "PdiMesosMarathonScaleApp", i18nPackageName = "io.pdimesos.entries.marathonscale",
    name = "MarathonScale.Name", description = "MarathonScale.Description",
    categoryDescription = "PdiMesos.Category",
    image = "io/pdimesos/entries/marathonscale/marathon-scale-app.svg",
    documentationUrl = ClusterJobEntry.DOCS_BASE + "marathon-scale-app.md")
public class MarathonScale extends ClusterJobEntry {
  private static final Class<?> PKG = MarathonScale.class;

  public static final Setting INSTANCES = Setting.text(PKG, "instances",
      "MarathonScale.General.Instances").required().validator(new SettingValidator() {
        @Override
        public String problem(String resolved) {
          return resolved.trim().matches("[+-]?\\d{1,9}") ? null
              : "must be a count (5) or a change (+2, -1), got '" + resolved.trim() + "'";
        }
      }).build();

  /**
   * Off, also for jobs saved before it existed: their silent scale to 0 on "-5" was the defect,
   * so a change below zero now fails until this is switched on.
   */
  public static final Setting CLAMP_AT_ZERO = Setting.bool(PKG, "clamp_at_zero",
      "MarathonScale.General.ClampAtZero").build();

  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(
      MarathonAppSettings.APP_ID, INSTANCES, CLAMP_AT_ZERO, MarathonAppSettings.FORCE, MarathonAppSettings.WAIT,
      MarathonAppSettings.TIMEOUT, MarathonAppSettings.CHECK_CYCLE,
      MarathonAppSettings.SUCCESS_ON_TIMEOUT, MarathonAppSettings.ON_TIMEOUT),
      ConnectionSettings.SETTINGS);

  public MarathonScale() {
    super("Marathon: Scale App", SETTINGS, ConnectionSettings.MARATHON_URLS);
  }

  @Override
  protected EntryOutcome run(EntryRun run) {
    MarathonClient client = new MarathonClient(run.connection().marathon(), run.log());
    io.pdimesos.core.ops.MarathonScale scale = MarathonAppSettings.configureWait(
        new io.pdimesos.core.ops.MarathonScale(client, run.text(MarathonAppSettings.APP_ID),
            run.text(INSTANCES)).clampAtZero(run.bool(CLAMP_AT_ZERO))
            .force(run.bool(MarathonAppSettings.FORCE)), run);
    return MarathonResults.outcome(
        scale.run(run.millis(MarathonAppSettings.TIMEOUT), run.log(), run.token()), run);
  }
}
