package io.pdimesos.steps;

import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pentaho.di.core.CheckResult;
import org.pentaho.di.core.CheckResultInterface;
import org.pentaho.di.core.exception.KettleStepException;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.row.ValueMetaInterface;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.i18n.BaseMessages;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.StepDataInterface;
import org.pentaho.di.trans.step.StepInterface;
import org.pentaho.di.trans.step.StepMeta;

/**
 * A step that performs one action per input row ({@link RowActionStep}): the rows flow through
 * with the action's result appended, failed rows go to the error hop when there is one. The
 * concrete meta declares its settings, which of them name input fields, which output fields it
 * writes, and how a row becomes a call ({@link #createActions}).
 */
public abstract class ActionStepMeta extends ClusterStepMeta {
  private static final Class<?> PKG = ActionStepMeta.class;

  private final List<ActionField> outputs;
  private final List<Setting> fieldSettings;

  /**
   * @param outputs the result fields this step can write, in row order
   * @param fieldSettings the settings whose value is the name of an input field
   */
  protected ActionStepMeta(List<Setting> declared, List<ActionField> outputs,
      List<Setting> fieldSettings, Setting... neededConnection) {
    super(declared, neededConnection);
    this.outputs = Collections.unmodifiableList(new ArrayList<ActionField>(outputs));
    this.fieldSettings = Collections.unmodifiableList(new ArrayList<Setting>(fieldSettings));
  }

  /** The service acted on, for error codes such as {@code MARATHON_409}. */
  public abstract String service();

  /** The per-row half, made once per step copy with its one client. */
  public abstract RowActions createActions(ClusterRun context);

  /**
   * The field settings the chosen action cannot do without (e.g. the definition field of a
   * deploy), for check() and init.
   */
  protected abstract List<Setting> neededFields(VariableSpace space);

  /** Which result fields this step writes (before an empty name drops one). */
  public List<ActionField> outputs() {
    return outputs;
  }

  /** The name {@code field} is written under in {@code space}; "" = not written. */
  public String outputName(ActionField field, VariableSpace space) {
    return settings().in(space).resolve(field.setting()).trim();
  }

  @Override
  protected void addOutputFields(RowMetaInterface row, String origin, VariableSpace space)
      throws KettleStepException {
    for (ActionField f : outputs) {
      String name = outputName(f, space);
      if (!name.isEmpty()) {
        ValueMetaInterface v = f.valueMeta(name);
        v.setOrigin(origin);
        row.addValueMeta(v);
      }
    }
  }

  @Override
  public boolean supportsErrorHandling() {
    return true;
  }

  @Override
  protected void checkMore(List<CheckResultInterface> remarks, StepMeta stepMeta,
      RowMetaInterface prev, String[] input, VariableSpace space) {
    if (input == null || input.length == 0) {
      remarks.add(new CheckResult(CheckResultInterface.TYPE_RESULT_WARNING,
          BaseMessages.getString(PKG, "ActionStepMeta.Check.NoInput"), stepMeta));
    }
    try {
      for (Setting s : unnamedNeededFields(space)) {
        remarks.add(new CheckResult(CheckResultInterface.TYPE_RESULT_ERROR,
            BaseMessages.getString(PKG, "ActionStepMeta.Check.FieldNeeded", s.label()),
            stepMeta));
      }
    } catch (IllegalArgumentException e) {
      return; // a bad action choice: the settings' own check has said so
    }
    checkOutputNames(remarks, stepMeta, prev, space);
    if (prev == null || prev.size() == 0) {
      return;
    }
    for (Setting s : fieldSettings) {
      String name = settings().in(space).resolve(s).trim();
      if (!name.isEmpty() && prev.indexOfValue(name) < 0) {
        remarks.add(new CheckResult(CheckResultInterface.TYPE_RESULT_ERROR,
            BaseMessages.getString(PKG, "ActionStepMeta.Check.FieldMissing", s.label(), name),
            stepMeta));
      }
    }
  }

  /**
   * The result fields are appended to the input row: a name used twice, or one an input field
   * already has, would give the row two fields of that name.
   */
  private void checkOutputNames(List<CheckResultInterface> remarks, StepMeta stepMeta,
      RowMetaInterface prev, VariableSpace space) {
    Set<String> seen = new HashSet<String>();
    for (ActionField f : outputs) {
      String name = outputName(f, space);
      if (name.isEmpty()) {
        continue;
      }
      if (!seen.add(name.toLowerCase(Locale.ROOT))) {
        remarks.add(new CheckResult(CheckResultInterface.TYPE_RESULT_ERROR, BaseMessages
            .getString(PKG, "ActionStepMeta.Check.OutputTwice", f.setting().label(), name),
            stepMeta));
      } else if (prev != null && prev.indexOfValue(name) >= 0) {
        remarks.add(new CheckResult(CheckResultInterface.TYPE_RESULT_ERROR, BaseMessages
            .getString(PKG, "ActionStepMeta.Check.OutputIsInput", f.setting().label(), name),
            stepMeta));
      }
    }
  }

  /** Throws when a field the chosen action needs is not named; init fails with its message. */
  public void checkNeededFields(VariableSpace space) {
    List<Setting> unnamed = unnamedNeededFields(space);
    if (!unnamed.isEmpty()) {
      throw new SettingException(unnamed.get(0), BaseMessages.getString(PKG,
          "ActionStepMeta.Problem.FieldNeeded"));
    }
  }

  /** The field settings the chosen action needs that name no field in {@code space}. */
  private List<Setting> unnamedNeededFields(VariableSpace space) {
    List<Setting> unnamed = new ArrayList<Setting>();
    for (Setting s : neededFields(space)) {
      if (settings().in(space).resolve(s).trim().isEmpty()) {
        unnamed.add(s);
      }
    }
    return unnamed;
  }

  /**
   * Every action step opens {@link ActionStepDialog}; named as a string so that loading a meta in
   * Pan or Carte never loads SWT classes.
   */
  @Override
  @Deprecated
  public String getDialogClassName() {
    return "io.pdimesos.steps.ActionStepDialog";
  }

  /** The settings naming input fields. */
  public List<Setting> fieldSettings() {
    return fieldSettings;
  }

  @Override
  public StepInterface getStep(StepMeta stepMeta, StepDataInterface data, int copyNr,
      TransMeta transMeta, Trans trans) {
    return new RowActionStep(stepMeta, data, copyNr, transMeta, trans);
  }
}
