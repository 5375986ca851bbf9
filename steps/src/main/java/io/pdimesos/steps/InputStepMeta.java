package io.pdimesos.steps;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.rows.EntityReader;
import io.pdimesos.core.rows.RowFilter;
import io.pdimesos.core.rows.SourceField;
import io.pdimesos.plugin.ClusterConnection;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.TableRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pentaho.di.core.CheckResult;
import org.pentaho.di.core.CheckResultInterface;
import org.pentaho.di.core.exception.KettleStepException;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.row.value.ValueMetaInteger;
import org.pentaho.di.core.row.value.ValueMetaString;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.StepDataInterface;
import org.pentaho.di.trans.step.StepInterface;
import org.pentaho.di.trans.step.StepMeta;

/**
 * An input step: reads one entity of one service (chosen in the dialog) and writes one row per
 * record. The concrete metas say which entities exist and how to read them; everything else
 * (fields, filters, extra fields, check) is here.
 */
public abstract class InputStepMeta extends ClusterStepMeta {
  /** The optional fields written after the output fields, in this order. */
  private static final Setting[] EXTRA_FIELDS = {InputSettings.RESPONSE_TIME_FIELD,
      InputSettings.LEADER_URL_FIELD, InputSettings.ERROR_FIELD};

  private final Setting entitySetting;
  private final InputService service;

  /**
   * @param declared the step's settings: its entity choice, filters, the output settings of
   *     {@link InputSettings} and the connection block
   * @param entitySetting the entity choice among {@code declared}
   */
  protected InputStepMeta(List<Setting> declared, Setting entitySetting, InputService service) {
    super(declared, service.urls());
    this.entitySetting = entitySetting;
    this.service = service;
  }

  /** The step's entity choice setting (its codes are the entity codes). */
  public final Setting entitySetting() {
    return entitySetting;
  }

  /** The service the step reads. */
  public final InputService service() {
    return service;
  }

  /** A reader of {@code entity}, made on the connection for one read. */
  public final EntityReader reader(String entity, ClusterConnection connection,
      ProgressListener log) {
    return service.reader(entity, connection, log);
  }

  /** The documented default fields of {@code entity}: no connection needed. */
  public final List<SourceField> defaultFields(String entity) {
    return service.defaultFields(entity);
  }

  /** The entity as set, variables substituted (falls back to the first code when unresolved). */
  public String entity(VariableSpace space) {
    return settings().in(space).choice(entitySetting());
  }

  /** The filters as set; those this step does not declare stay empty. */
  public RowFilter filter(VariableSpace space) {
    return new RowFilter(text(InputSettings.FRAMEWORK_NAME, space),
        text(InputSettings.TASK_STATE, space), text(InputSettings.ID_PREFIX, space),
        text(InputSettings.NAME_PATTERN, space));
  }

  private String text(Setting s, VariableSpace space) {
    return settings().settings().contains(s) ? settings().in(space).text(s) : "";
  }

  /** The output fields as set, or the entity's defaults when the table is empty. */
  public OutputFields outputFields(VariableSpace space) {
    return OutputFields.of(settings().in(space).table(InputSettings.FIELDS),
        defaultFields(entity(space)));
  }

  /** Name of an optional extra field, or "" when the user did not ask for it. */
  public String extraField(Setting s, VariableSpace space) {
    return settings().in(space).text(s).trim();
  }

  /**
   * @throws KettleStepException for a field the table cannot describe (a path that is neither a
   *     JSON Pointer nor an {@code @name}), naming it: Spoon shows it instead of failing
   */
  @Override
  protected void addOutputFields(RowMetaInterface row, String origin, VariableSpace space)
      throws KettleStepException {
    OutputFields fields;
    try {
      fields = outputFields(space);
    } catch (IllegalArgumentException e) {
      throw new KettleStepException(e.getMessage(), e);
    }
    for (SourceField f : fields.fields()) {
      row.addValueMeta(OutputFields.valueMeta(f, origin));
    }
    String responseTime = extraField(InputSettings.RESPONSE_TIME_FIELD, space);
    if (!responseTime.isEmpty()) {
      ValueMetaInteger v = new ValueMetaInteger(responseTime);
      v.setOrigin(origin);
      row.addValueMeta(v);
    }
    for (Setting s : new Setting[] {InputSettings.LEADER_URL_FIELD, InputSettings.ERROR_FIELD}) {
      String name = extraField(s, space);
      if (!name.isEmpty()) {
        ValueMetaString v = new ValueMetaString(name);
        v.setOrigin(origin);
        row.addValueMeta(v);
      }
    }
  }

  /**
   * Beyond the declared settings: a derived {@code @name} the chosen entity does not offer, and a
   * field name used twice, are errors; input hops are pointless (the step reads none).
   */
  @Override
  protected void checkMore(List<CheckResultInterface> remarks, StepMeta stepMeta,
      RowMetaInterface prev, String[] input, VariableSpace space) {
    String entity = entity(space);
    Set<String> offered = new HashSet<String>();
    for (SourceField f : defaultFields(entity)) {
      if (f.derived()) {
        offered.add(f.path());
      }
    }
    Set<String> names = new HashSet<String>();
    List<String> problems = new ArrayList<String>();
    for (TableRow row : settings().table(InputSettings.FIELDS)) {
      String name = row.get(InputSettings.COLUMN_NAME).trim();
      String path = row.get(InputSettings.COLUMN_PATH).trim();
      if (path.startsWith("@") && !offered.contains(path)) {
        problems.add("Output field '" + name + "' reads " + path + ", which entity '" + entity
            + "' does not offer; it offers " + offered);
      } else if (!path.isEmpty() && !path.startsWith("/") && !path.startsWith("@")
          && !path.startsWith("$")) {
        problems.add("Output field '" + name + "': source path '" + path
            + "' must be a JSON Pointer such as /resources/cpus, or a derived @name");
      }
    }
    // The extra fields count too (an error field named "id" would clash with the entity's id),
    // and so do the entity's defaults when the table is empty.
    List<String> written = new ArrayList<String>();
    List<TableRow> table = settings().in(space).table(InputSettings.FIELDS);
    if (table.isEmpty()) {
      for (SourceField f : defaultFields(entity)) {
        written.add(f.name());
      }
    }
    for (TableRow row : table) {
      written.add(row.get(InputSettings.COLUMN_NAME).trim());
    }
    for (Setting s : EXTRA_FIELDS) {
      written.add(extraField(s, space));
    }
    for (String name : written) {
      if (!name.isEmpty() && !names.add(name.toLowerCase(java.util.Locale.ROOT))) {
        problems.add("Output field '" + name + "' is defined twice");
      }
    }
    for (String p : problems) {
      remarks.add(new CheckResult(CheckResultInterface.TYPE_RESULT_ERROR, p, stepMeta));
    }
    if (input != null && input.length > 0) {
      remarks.add(new CheckResult(CheckResultInterface.TYPE_RESULT_WARNING,
          "This step reads no input rows; the hop from " + input[0] + " is ignored", stepMeta));
    }
  }

  @Override
  public StepInterface getStep(StepMeta stepMeta, StepDataInterface data, int copyNr,
      TransMeta transMeta, Trans trans) {
    return new ClusterInputStep(stepMeta, data, copyNr, transMeta, trans);
  }

  /**
   * Every input step opens {@link InputStepDialog}; named as a string so that loading a meta in
   * Pan or Carte never loads SWT classes.
   */
  @Override
  @Deprecated
  public String getDialogClassName() {
    return "io.pdimesos.steps.InputStepDialog";
  }

  /** Starts a new step with the table filled for the default entity, as "Get fields" would. */
  @Override
  public void setDefault() {
    super.setDefault();
    SettingValues s = settings();
    s.setTable(InputSettings.FIELDS, OutputFields.rowsOf(defaultFields(s.raw(entitySetting()))));
  }
}
