package io.pdimesos.steps.mesosinput;

import io.pdimesos.core.rows.MesosEntities;
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
 * Mesos State Input: agents, frameworks, tasks, executors or metrics of the leading master, one
 * row each. {@code /master/state} is parsed as a stream, so memory stays flat on big clusters.
 */
@Step(id = "PdiMesosMesosStateInput", i18nPackageName = "io.pdimesos.steps.mesosinput",
    name = "MesosStateInput.Name", description = "MesosStateInput.Description",
    categoryDescription = "PdiMesos.Category",
    image = "io/pdimesos/steps/mesosinput/mesos-state-input.svg",
    documentationUrl = ClusterStepMeta.DOCS_BASE + "mesos-state-input.md")
public class MesosStateInputMeta extends InputStepMeta {
  private static final Class<?> PKG = MesosStateInputMeta.class;

  public static final Setting ENTITY = Setting.choice(PKG, "entity",
      "MesosStateInput.General.Entity", MesosEntities.CODES.toArray(new String[0]))
      .defaultValue(MesosEntities.TASKS).required().build();

  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(ENTITY,
      InputSettings.FRAMEWORK_NAME, InputSettings.TASK_STATE, InputSettings.FIELDS,
      InputSettings.RESPONSE_TIME_FIELD, InputSettings.LEADER_URL_FIELD,
      InputSettings.ERROR_FIELD), ConnectionSettings.SETTINGS);

  public MesosStateInputMeta() {
    super(SETTINGS, ENTITY, InputService.MESOS);
  }
}
