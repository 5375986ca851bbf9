package io.pdimesos.steps;

import io.pdimesos.plugin.ui.SettingsDialog;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.core.annotations.Step;
import org.pentaho.di.i18n.BaseMessages;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.BaseStepMeta;
import org.pentaho.di.trans.step.StepDialogInterface;
import org.pentaho.di.ui.trans.step.BaseStepDialog;

/**
 * The dialog of every pdi-mesos step, built from the meta's declared settings by
 * {@link SettingsDialog}. A step's own dialog ({@code <Step>Dialog} beside its meta, see
 * {@link ClusterStepMeta#getDialogClassName()}) only adds its buttons and rules.
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
        .decorate(shell -> setShellImage(shell, meta));
    configure(dialog);
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
