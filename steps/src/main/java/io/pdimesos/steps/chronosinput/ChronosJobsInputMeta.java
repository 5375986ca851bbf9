package io.pdimesos.steps.chronosinput;

import io.pdimesos.core.rows.ChronosEntities;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.steps.ClusterStepMeta;
import io.pdimesos.steps.InputService;
import io.pdimesos.steps.InputSettings;
import io.pdimesos.steps.InputStepMeta;
import java.util.Arrays;
import java.util.List;
import org.pentaho.di.core.annotations.Step;

/**
 * Chronos Jobs Input: every job with its schedule, counters, last success and error, parents and
 * its last status from {@code graph/csv}, one row each (Chronos 2.x and 3.x).
 */
@Step(id = "PdiMesosChronosJobsInput", i18nPackageName = "io.pdimesos.steps.chronosinput",
    name = "ChronosJobsInput.Name", description = "ChronosJobsInput.Description",
    categoryDescription = "PdiMesos.Category",
    image = "io/pdimesos/steps/chronosinput/chronos-jobs-input.svg",
    documentationUrl = ClusterStepMeta.DOCS_BASE + "chronos-jobs-input.md")
public class ChronosJobsInputMeta extends InputStepMeta {
  private static final Class<?> PKG = ChronosJobsInputMeta.class;

  public static final Setting ENTITY = Setting.choice(PKG, "entity",
      "ChronosJobsInput.General.Entity", ChronosEntities.CODES.toArray(new String[0]))
      .defaultValue(ChronosEntities.JOBS).required().build();

  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(ENTITY,
      InputSettings.NAME_PATTERN, InputSettings.FIELDS,
      InputSettings.RESPONSE_TIME_FIELD, InputSettings.LEADER_URL_FIELD,
      InputSettings.ERROR_FIELD), ConnectionSettings.SETTINGS);

  public ChronosJobsInputMeta() {
    super(SETTINGS, ENTITY, InputService.CHRONOS);
  }
}
