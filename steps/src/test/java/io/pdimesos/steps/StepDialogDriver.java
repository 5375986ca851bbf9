package io.pdimesos.steps;

import io.pdimesos.plugin.testing.DialogDriver;
import io.pdimesos.plugin.ui.SettingsDialog;
import java.util.function.Consumer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.StepMeta;

/**
 * Opens a step's dialog as Spoon does and runs a test's clicks inside its event loop; message
 * boxes (verdicts, refusals) are kept in {@link #shown} instead of blocking.
 */
final class StepDialogDriver extends DialogDriver {
  StepDialogDriver(Display display) {
    super(display);
  }

  /**
   * The step's own dialog, its class from {@code getDialogClassName()} and built with the
   * constructor Spoon calls; the step is added to {@code transMeta} unless already there.
   */
  String open(TransMeta transMeta, String stepName, ClusterStepMeta meta,
      Consumer<SettingsDialog> actions) throws Exception {
    if (transMeta.findStep(stepName) == null) {
      transMeta.addStep(new StepMeta(stepName, meta));
    }
    ClusterStepDialog dialog = (ClusterStepDialog) Class.forName(meta.getDialogClassName())
        .getConstructor(Shell.class, Object.class, TransMeta.class, String.class)
        .newInstance(new Shell(display), meta, transMeta, stepName);
    return open(dialog, actions);
  }

  /** Runs {@code actions} in the open dialog; returns what {@code open()} returned. */
  String open(ClusterStepDialog dialog, Consumer<SettingsDialog> actions) {
    Shell spoon = dialog.getParent();
    try {
      return run(dialog.settingsDialog(), spoon, dialog::open, actions);
    } finally {
      spoon.dispose();
    }
  }
}
