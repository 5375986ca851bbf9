package io.pdimesos.steps;

import io.pdimesos.plugin.Setting;
import org.pentaho.di.core.row.ValueMetaInterface;
import org.pentaho.di.core.row.value.ValueMetaInteger;
import org.pentaho.di.core.row.value.ValueMetaString;

/** A field an action step can append to each row: the setting naming it and its PDI type. */
public enum ActionField {
  STATUS(ActionSettings.STATUS_FIELD, false),
  HTTP_CODE(ActionSettings.HTTP_CODE_FIELD, true),
  DEPLOYMENT_ID(ActionSettings.DEPLOYMENT_FIELD, false),
  VERSION(ActionSettings.VERSION_FIELD, false),
  TASK_ID(ActionSettings.TASK_ID_FIELD, false),
  MESSAGE(ActionSettings.MESSAGE_FIELD, false),
  DURATION_MS(ActionSettings.DURATION_FIELD, true);

  private final Setting setting;
  private final boolean integer;

  ActionField(Setting setting, boolean integer) {
    this.setting = setting;
    this.integer = integer;
  }

  public Setting setting() {
    return setting;
  }

  /** A value meta named {@code name} of this field's type (Integer or String). */
  public ValueMetaInterface valueMeta(String name) {
    return integer ? new ValueMetaInteger(name) : new ValueMetaString(name);
  }
}
