package io.pdimesos.steps.metronomeaction;

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
 * Metronome Job Action: upserts a Metronome (DC/OS Jobs) job built from field values (or a whole
 * JSON field) with its cron schedule or dependencies, starts a run of it (optionally waiting for
 * the outcome) or deletes it, for the job each input row names.
 */
@Step(id = "PdiMesosMetronomeJobAction", i18nPackageName = "io.pdimesos.steps.metronomeaction",
    name = "MetronomeJobAction.Name", description = "MetronomeJobAction.Description",
    categoryDescription = "PdiMesos.Category",
    image = "io/pdimesos/steps/metronomeaction/metronome-job-action.svg",
    documentationUrl = ClusterStepMeta.DOCS_BASE + "metronome-job-action.md")
public class MetronomeJobActionMeta extends JobActionMeta {
  private static final Class<?> PKG = MetronomeJobActionMeta.class;

  public static final Setting ACTION = Setting.choice(PKG, "action",
      "MetronomeJobAction.General.Action", Action.values()).defaultValue(Action.UPSERT).build();
  public static final Setting JOB_ID_FIELD = Setting.text(PKG, "job_id_field",
      "MetronomeJobAction.General.JobIdField").build();
  /** Off, as the entry: a misspelt id should not pass silently. */
  public static final Setting MISSING_OK = Setting.bool(PKG, "missing_ok",
      "MetronomeJobAction.General.MissingOk").build();
  /** Off, as Metronome itself: a job with active runs is refused rather than cut short. */
  public static final Setting STOP_RUNS = Setting.bool(PKG, "stop_current_runs",
      "MetronomeJobAction.General.StopRuns").build();

  public static final Setting JOB_JSON_FIELD = definitionField("job_json_field", "JobJsonField");
  public static final Setting COMMAND_FIELD = definitionField("command_field", "CommandField");
  public static final Setting IMAGE_FIELD = definitionField("docker_image_field", "ImageField");
  public static final Setting CRON_FIELD = definitionField("cron_field", "CronField");
  public static final Setting TIME_ZONE_FIELD = definitionField("time_zone_field",
      "TimeZoneField");
  public static final Setting DEPENDENCIES_FIELD = definitionField("dependencies_field",
      "DependenciesField");
  public static final Setting CPUS_FIELD = definitionField("cpus_field", "CpusField");
  public static final Setting MEM_FIELD = definitionField("mem_field", "MemField");
  public static final Setting DISK_FIELD = definitionField("disk_field", "DiskField");

  /** Only a run waits (for its outcome); a run left going is said so in its row's message. */
  public static final WaitBlock WAITING = ActionSettings.waiting().build();

  /** The result fields, in row order. */
  static final List<ActionField> OUTPUTS = Collections.unmodifiableList(Arrays.asList(
      ActionField.STATUS, ActionField.HTTP_CODE, ActionField.RUN_ID, ActionField.TASK_ID,
      ActionField.MESSAGE, ActionField.DURATION_MS));

  /** The settings naming input fields. */
  static final List<Setting> FIELD_SETTINGS = Collections.unmodifiableList(Arrays.asList(
      JOB_ID_FIELD, JOB_JSON_FIELD, COMMAND_FIELD, IMAGE_FIELD, CRON_FIELD, TIME_ZONE_FIELD,
      DEPENDENCIES_FIELD, CPUS_FIELD, MEM_FIELD, DISK_FIELD));

  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(ACTION,
      JOB_ID_FIELD, MISSING_OK, STOP_RUNS, ActionSettings.CONCURRENCY, JOB_JSON_FIELD,
      COMMAND_FIELD, IMAGE_FIELD, CRON_FIELD, TIME_ZONE_FIELD, DEPENDENCIES_FIELD, CPUS_FIELD,
      MEM_FIELD, DISK_FIELD), WAITING.settings(), ActionField.settings(OUTPUTS),
      ConnectionSettings.SETTINGS);

  public MetronomeJobActionMeta() {
    super(SETTINGS, OUTPUTS, FIELD_SETTINGS, ACTION, JOB_ID_FIELD, JOB_JSON_FIELD,
        ConnectionSettings.METRONOME_URLS);
  }

  private static Setting definitionField(String tag, String item) {
    return Setting.text(PKG, tag, "MetronomeJobAction.Definition." + item)
        .tab(SettingTab.DEFINITION).build();
  }

  @Override
  public String service() {
    return "METRONOME";
  }

  @Override
  public RowActions createActions(ClusterRun context) {
    return new MetronomeJobActions(this, context);
  }
}
