package io.pdimesos.steps.chronosaction;

import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingTab;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.WaitBlock;
import io.pdimesos.steps.ActionField;
import io.pdimesos.steps.ActionSettings;
import io.pdimesos.steps.ClusterStepMeta;
import io.pdimesos.steps.JobActionMeta;
import io.pdimesos.steps.RowActions;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.pentaho.di.core.annotations.Step;

/**
 * Chronos Job Action: upserts a job built from field values (or a whole JSON field), runs it
 * (optionally waiting for the outcome) or deletes it, for the job each input row names.
 */
@Step(id = "PdiMesosChronosJobAction", i18nPackageName = "io.pdimesos.steps.chronosaction",
    name = "ChronosJobAction.Name", description = "ChronosJobAction.Description",
    categoryDescription = "PdiMesos.Category",
    image = "io/pdimesos/steps/chronosaction/chronos-job-action.svg",
    documentationUrl = ClusterStepMeta.DOCS_BASE + "chronos-job-action.md")
public class ChronosJobActionMeta extends JobActionMeta {
  private static final Class<?> PKG = ChronosJobActionMeta.class;

  public static final Setting ACTION = Setting.choice(PKG, "action",
      "ChronosJobAction.General.Action", Action.values()).defaultValue(Action.UPSERT).build();
  public static final Setting JOB_NAME_FIELD = Setting.text(PKG, "job_name_field",
      "ChronosJobAction.General.JobNameField").build();
  public static final Setting ARGUMENTS_FIELD = Setting.text(PKG, "arguments_field",
      "ChronosJobAction.General.ArgumentsField").build();
  /** Off, as in the entry: a misspelt name should not pass silently. */
  public static final Setting MISSING_OK = Setting.bool(PKG, "missing_ok",
      "ChronosJobAction.General.MissingOk").build();

  public static final Setting JOB_JSON_FIELD = definitionField("job_json_field", "JobJsonField");
  public static final Setting COMMAND_FIELD = definitionField("command_field", "CommandField");
  public static final Setting SCHEDULE_FIELD = definitionField("schedule_field", "ScheduleField");
  public static final Setting PARENTS_FIELD = definitionField("parents_field", "ParentsField");
  public static final Setting OWNER_FIELD = definitionField("owner_field", "OwnerField");
  public static final Setting IMAGE_FIELD = definitionField("docker_image_field", "ImageField");
  public static final Setting CPUS_FIELD = definitionField("cpus_field", "CpusField");
  public static final Setting MEM_FIELD = definitionField("mem_field", "MemField");

  /** Only a run waits (for its outcome); a Chronos run has nothing to roll back. */
  public static final WaitBlock WAITING = ActionSettings.waiting().build();

  /** The result fields, in row order. */
  static final List<ActionField> OUTPUTS = Collections.unmodifiableList(Arrays.asList(
      ActionField.STATUS, ActionField.HTTP_CODE, ActionField.TASK_ID, ActionField.MESSAGE,
      ActionField.DURATION_MS));

  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(ACTION,
      JOB_NAME_FIELD, ARGUMENTS_FIELD, MISSING_OK, ActionSettings.CONCURRENCY, JOB_JSON_FIELD,
      COMMAND_FIELD, SCHEDULE_FIELD, PARENTS_FIELD, OWNER_FIELD, IMAGE_FIELD, CPUS_FIELD,
      MEM_FIELD), WAITING.settings(), ActionField.settings(OUTPUTS), ConnectionSettings.SETTINGS);

  /** The settings naming input fields. */
  static final List<Setting> FIELD_SETTINGS = Collections.unmodifiableList(Arrays.asList(
      JOB_NAME_FIELD, ARGUMENTS_FIELD, JOB_JSON_FIELD, COMMAND_FIELD, SCHEDULE_FIELD,
      PARENTS_FIELD, OWNER_FIELD, IMAGE_FIELD, CPUS_FIELD, MEM_FIELD));

  public ChronosJobActionMeta() {
    super(SETTINGS, OUTPUTS, FIELD_SETTINGS, ACTION, JOB_NAME_FIELD, JOB_JSON_FIELD,
        ConnectionSettings.CHRONOS_URLS);
  }

  private static Setting definitionField(String tag, String item) {
    return Setting.text(PKG, tag, "ChronosJobAction.Definition." + item)
        .tab(SettingTab.DEFINITION).build();
  }

  @Override
  public String service() {
    return "CHRONOS";
  }

  @Override
  public RowActions createActions(ClusterRun context) {
    return new ChronosJobActions(this, context);
  }
}
