package io.pdimesos.steps.metronomeinput;

import io.pdimesos.core.rows.MetronomeEntities;
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
 * Metronome Jobs Input: every Metronome (DC/OS Jobs) job with its schedule, history summary and
 * what is active now, one row each; or the active runs, or the finished runs the history keeps.
 * All from one {@code GET /v1/jobs} with the embeds the entity needs.
 */
@Step(id = "PdiMesosMetronomeJobsInput", i18nPackageName = "io.pdimesos.steps.metronomeinput",
    name = "MetronomeJobsInput.Name", description = "MetronomeJobsInput.Description",
    categoryDescription = "PdiMesos.Category",
    image = "io/pdimesos/steps/metronomeinput/metronome-jobs-input.svg",
    documentationUrl = ClusterStepMeta.DOCS_BASE + "metronome-jobs-input.md")
public class MetronomeJobsInputMeta extends InputStepMeta {
  private static final Class<?> PKG = MetronomeJobsInputMeta.class;

  public static final Setting ENTITY = Setting.choice(PKG, "entity",
      "MetronomeJobsInput.General.Entity", MetronomeEntities.CODES.toArray(new String[0]))
      .defaultValue(MetronomeEntities.JOBS).required().build();

  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(ENTITY,
      InputSettings.NAME_PATTERN, InputSettings.FIELDS,
      InputSettings.RESPONSE_TIME_FIELD, InputSettings.LEADER_URL_FIELD,
      InputSettings.ERROR_FIELD), ConnectionSettings.SETTINGS);

  public MetronomeJobsInputMeta() {
    super(SETTINGS, ENTITY, InputService.METRONOME);
  }
}
