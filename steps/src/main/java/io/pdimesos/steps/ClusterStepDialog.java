package io.pdimesos.steps;

import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.ui.SettingsDialog;
import java.util.Collection;
import java.util.Collections;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.core.annotations.Step;
import org.pentaho.di.core.exception.KettleStepException;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.i18n.BaseMessages;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.BaseStepMeta;
import org.pentaho.di.trans.step.StepDialogInterface;
import org.pentaho.di.ui.trans.step.BaseStepDialog;

/**
 * The dialog of every pdi-mesos step, built from the meta's declared settings by
 * {@link SettingsDialog}. The input and action dialogs, which their metas name in
 * {@code getDialogClassName()}, only add their buttons and rules.
 */
public class ClusterStepDialog extends BaseStepDialog implements StepDialogInterface {
  private final ClusterStepMeta meta;
  private final SettingsDialog dialog;

  /** The constructor Spoon calls reflectively: (Shell, Object, TransMeta, String). */
  public ClusterStepDialog(Shell parent, Object in, TransMeta transMeta, String stepname) {
    super(parent, (BaseStepMeta) in, transMeta, stepname);
    this.meta = (ClusterStepMeta) in;
    this.dialog = new SettingsDialog(parent, transMeta, title(meta),
        BaseMessages.getString(SettingsDialog.class, "SettingsDialog.StepName.Label"))
        .decorate(shell -> setShellImage(shell, meta))
        .fieldChoices(inputFieldSettings(), this::previousFieldNames);
    configure(dialog);
  }

  /**
   * The settings that name a field of the incoming rows ("App id field"): the dialog shows them as
   * editable combos listing the fields the previous steps give. None by default. Called from the
   * constructor: overrides must not use fields of their own.
   */
  protected Collection<Setting> inputFieldSettings() {
    return Collections.emptyList();
  }

  /**
   * What the hops into this step bring, as Spoon computes it; none when the step has no input yet
   * or a previous step cannot say (the user may still type a name).
   */
  String[] previousFieldNames() {
    try {
      RowMetaInterface previous = transMeta == null ? null
          : transMeta.getPrevStepFields(stepname);
      return previous == null ? new String[0] : previous.getFieldNames();
    } catch (KettleStepException e) {
      log.logError("Cannot list the input fields of step " + stepname, e);
      return new String[0];
    }
  }

  /**
   * For a step's dialog to add buttons and rules. Called from the constructor: overrides must not
   * use fields of their own.
   */
  protected void configure(SettingsDialog dialog) {
  }

  /** The builder, for tests (e.g. to capture message boxes before {@link #open()}). */
  public SettingsDialog settingsDialog() {
    return dialog;
  }

  protected ClusterStepMeta meta() {
    return meta;
  }

  @Override
  public String open() {
    String name = dialog.open(stepname, meta.settings());
    shell = dialog.shell();
    if (name == null) {
      meta.setChanged(backupChanged);
      return null;
    }
    stepname = name;
    meta.setChanged();
    return name;
  }

  /** The step's name in Spoon's palette, e.g. "Marathon App Action". */
  static String title(ClusterStepMeta meta) {
    Step annotation = meta.getClass().getAnnotation(Step.class);
    return annotation == null ? meta.getClass().getSimpleName()
        : BaseMessages.getString(meta.getClass(), annotation.name());
  }
}
