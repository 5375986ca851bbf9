package io.pdimesos.steps;

import io.pdimesos.plugin.ui.SettingsDialog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.StepMeta;

/**
 * Opens a step's dialog as Spoon does and runs a test's clicks inside its event loop; message
 * boxes (verdicts, refusals) are kept in {@link #shown} instead of blocking.
 */
final class StepDialogDriver {
  final List<String> shown = new ArrayList<>();
  private final Display display;

  StepDialogDriver(Display display) {
    this.display = display;
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
      dialog.settingsDialog().feedback((shell, title, message, ok) -> shown.add(title + ": " + message));
      List<Throwable> failures = new ArrayList<>();
      display.asyncExec(() -> {
        try {
          actions.accept(dialog.settingsDialog());
        } catch (Throwable t) {
          failures.add(t);
          dialog.settingsDialog().shell().dispose();
        }
      });
      // A safety net so a broken dialog cannot hang the build.
      display.timerExec(30_000, () -> {
        for (Shell s : display.getShells()) {
          if (s != spoon) {
            s.dispose();
          }
        }
      });
      String result = dialog.open();
      if (!failures.isEmpty()) {
        throw new AssertionError(failures.get(0));
      }
      return result;
    } finally {
      spoon.dispose();
    }
  }
}
