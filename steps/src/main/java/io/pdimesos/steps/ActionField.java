package io.pdimesos.steps;

import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingTab;
import java.util.ArrayList;
import java.util.List;
import org.pentaho.di.core.row.ValueMetaInterface;
import org.pentaho.di.core.row.value.ValueMetaInteger;
import org.pentaho.di.core.row.value.ValueMetaString;

/**
 * A field an action step can append to each row: its PDI type and the setting naming it, declared
 * here once (an empty name means the field is not written).
 */
public enum ActionField {
  STATUS("status_field", "Status", "status", false),
  HTTP_CODE("http_code_field", "HttpCode", "http_code", true),
  DEPLOYMENT_ID("deployment_field", "Deployment", "deployment_id", false),
  VERSION("version_field", "Version", "version", false),
  /** A Metronome run's id, which its history and the DC/OS UI know it by. */
  RUN_ID("run_id_field", "RunId", "run_id", false),
  /** Chronos has no deployments; a run's Mesos task id is what identifies what it did. */
  TASK_ID("task_id_field", "TaskId", "task_id", false),
  MESSAGE("message_field", "Message", "message", false),
  DURATION_MS("duration_field", "Duration", "duration_ms", true);

  private final Setting setting;
  private final boolean integer;

  ActionField(String tag, String item, String defaultName, boolean integer) {
    this.setting = Setting.text(ActionField.class, tag, "ActionField.Output." + item)
        .defaultValue(defaultName).tab(SettingTab.OUTPUT).build();
    this.integer = integer;
  }

  /** The setting holding the name this field is written under. */
  public Setting setting() {
    return setting;
  }

  /** The settings of {@code fields}, in their order. */
  public static List<Setting> settings(List<ActionField> fields) {
    List<Setting> out = new ArrayList<Setting>();
    for (ActionField f : fields) {
      out.add(f.setting);
    }
    return out;
  }

  /** A value meta named {@code name} of this field's type (Integer or String). */
  public ValueMetaInterface valueMeta(String name) {
    return integer ? new ValueMetaInteger(name) : new ValueMetaString(name);
  }
}
