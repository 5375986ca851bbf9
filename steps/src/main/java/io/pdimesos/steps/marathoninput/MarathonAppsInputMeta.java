package io.pdimesos.steps.marathoninput;

import io.pdimesos.core.rows.MarathonEntities;
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
 * Marathon Apps Input: apps, tasks (with health and IP addresses), deployments or the launch
 * queue of the leading Marathon, one row each.
 */
@Step(id = "PdiMesosMarathonAppsInput", i18nPackageName = "io.pdimesos.steps.marathoninput",
    name = "MarathonAppsInput.Name", description = "MarathonAppsInput.Description",
    categoryDescription = "PdiMesos.Category",
    image = "io/pdimesos/steps/marathoninput/marathon-apps-input.svg",
    documentationUrl = ClusterStepMeta.DOCS_BASE + "marathon-apps-input.md")
public class MarathonAppsInputMeta extends InputStepMeta {
  private static final Class<?> PKG = MarathonAppsInputMeta.class;

  public static final Setting ENTITY = Setting.choice(PKG, "entity",
      "MarathonAppsInput.General.Entity", MarathonEntities.CODES.toArray(new String[0]))
      .defaultValue(MarathonEntities.APPS).required().build();

  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(ENTITY,
      InputSettings.ID_PREFIX, InputSettings.TASK_STATE, InputSettings.FIELDS,
      InputSettings.RESPONSE_TIME_FIELD, InputSettings.LEADER_URL_FIELD,
      InputSettings.ERROR_FIELD), ConnectionSettings.SETTINGS);

  public MarathonAppsInputMeta() {
    super(SETTINGS, ENTITY, InputService.MARATHON);
  }
}
