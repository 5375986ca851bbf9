package io.pdimesos.steps.weaveinput;

import io.pdimesos.core.rows.WeaveEntities;
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
 * Weave Status Input: peers, connections, IPAM ranges or DNS entries, read from every router URL
 * in turn; each router reports its own view, so each row says which router it came from.
 */
@Step(id = "PdiMesosWeaveStatusInput", i18nPackageName = "io.pdimesos.steps.weaveinput",
    name = "WeaveStatusInput.Name", description = "WeaveStatusInput.Description",
    categoryDescription = "PdiMesos.Category",
    image = "io/pdimesos/steps/weaveinput/weave-status-input.svg",
    documentationUrl = ClusterStepMeta.DOCS_BASE + "weave-status-input.md")
public class WeaveStatusInputMeta extends InputStepMeta {
  private static final Class<?> PKG = WeaveStatusInputMeta.class;

  public static final Setting ENTITY = Setting.choice(PKG, "entity",
      "WeaveStatusInput.General.Entity", WeaveEntities.CODES.toArray(new String[0]))
      .defaultValue(WeaveEntities.PEERS).required().build();

  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(ENTITY,
      InputSettings.FIELDS, InputSettings.RESPONSE_TIME_FIELD, InputSettings.LEADER_URL_FIELD,
      InputSettings.ERROR_FIELD), ConnectionSettings.SETTINGS);

  public WeaveStatusInputMeta() {
    super(SETTINGS, ENTITY, InputService.WEAVE);
  }
}
