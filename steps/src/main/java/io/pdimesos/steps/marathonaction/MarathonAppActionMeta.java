package io.pdimesos.steps.marathonaction;

import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.MarathonSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.WaitBlock;
import io.pdimesos.steps.ActionField;
import io.pdimesos.steps.ActionSettings;
import io.pdimesos.steps.ActionStepMeta;
import io.pdimesos.steps.ClusterStepMeta;
import io.pdimesos.steps.RowActions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.pentaho.di.core.annotations.Step;
import org.pentaho.di.core.variables.VariableSpace;

/**
 * Marathon App Action: deploys (definition JSON from a field), scales (instances from a field),
 * restarts or deletes the app each input row names, up to the concurrency at once, and appends
 * the outcome to the row.
 */
@Step(id = "PdiMesosMarathonAppAction", i18nPackageName = "io.pdimesos.steps.marathonaction",
    name = "MarathonAppAction.Name", description = "MarathonAppAction.Description",
    categoryDescription = "PdiMesos.Category",
    image = "io/pdimesos/steps/marathonaction/marathon-app-action.svg",
    documentationUrl = ClusterStepMeta.DOCS_BASE + "marathon-app-action.md")
public class MarathonAppActionMeta extends ActionStepMeta {
  private static final Class<?> PKG = MarathonAppActionMeta.class;

  public static final String DEPLOY = "deploy";
  public static final String SCALE = "scale";
  public static final String RESTART = "restart";
  public static final String DELETE = "delete";

  /** Scale: what a bulk run most often does (a CSV of app ids and counts). */
  public static final Setting ACTION = Setting.choice(PKG, "action",
      "MarathonAppAction.General.Action", DEPLOY, SCALE, RESTART, DELETE).defaultValue(SCALE)
      .build();
  public static final Setting APP_ID_FIELD = Setting.text(PKG, "app_id_field",
      "MarathonAppAction.General.AppIdField").build();
  public static final Setting DEFINITION_FIELD = Setting.text(PKG, "definition_field",
      "MarathonAppAction.General.DefinitionField").build();
  /** On, as the entries substitute variables inside a definition. */
  public static final Setting SUBSTITUTE = Setting.bool(PKG, "substitute_variables",
      "MarathonAppAction.General.Substitute").defaultValue(true).build();
  public static final Setting INSTANCES_FIELD = Setting.text(PKG, "instances_field",
      "MarathonAppAction.General.InstancesField").build();
  /**
   * Off, also for transformations saved before it existed: their silent scale to 0 on "-5" was
   * the defect, so such a row now goes to the error hop until this is switched on.
   */
  public static final Setting CLAMP_AT_ZERO = Setting.bool(PKG, "clamp_at_zero",
      "MarathonAppAction.General.ClampAtZero").build();
  public static final Setting FORCE = MarathonSettings.force(PKG,
      "MarathonAppAction.General.Force");

  /** The entries' wait, per row; a timeout or a stop may roll the row's deployment back. */
  public static final WaitBlock WAITING = ActionSettings.waiting().onTimeout().build();

  /** The result fields, in row order. */
  static final List<ActionField> OUTPUTS = Collections.unmodifiableList(Arrays.asList(
      ActionField.STATUS, ActionField.HTTP_CODE, ActionField.DEPLOYMENT_ID, ActionField.VERSION,
      ActionField.MESSAGE, ActionField.DURATION_MS));

  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(ACTION,
      APP_ID_FIELD, DEFINITION_FIELD, SUBSTITUTE, INSTANCES_FIELD, CLAMP_AT_ZERO, FORCE,
      ActionSettings.CONCURRENCY), WAITING.settings(), ActionField.settings(OUTPUTS),
      ConnectionSettings.SETTINGS);

  public MarathonAppActionMeta() {
    super(SETTINGS, OUTPUTS, Arrays.asList(APP_ID_FIELD, DEFINITION_FIELD, INSTANCES_FIELD),
        ConnectionSettings.MARATHON_URLS);
  }

  @Override
  public String service() {
    return "MARATHON";
  }

  @Override
  protected List<Setting> neededFields(VariableSpace space) {
    String action = settings().in(space).choice(ACTION);
    List<Setting> needed = new ArrayList<Setting>();
    if (DEPLOY.equals(action)) {
      needed.add(DEFINITION_FIELD); // the app id may come from the definition itself
    } else {
      needed.add(APP_ID_FIELD);
      if (SCALE.equals(action)) {
        needed.add(INSTANCES_FIELD);
      }
    }
    return Collections.unmodifiableList(needed);
  }

  @Override
  public RowActions createActions(ClusterRun context) {
    return new MarathonAppActions(context);
  }
}
