package io.pdimesos.it.spoon;

import io.pdimesos.it.harness.Report;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.job.entry.JobEntryCopy;
import org.pentaho.di.ui.spoon.Spoon;

/**
 * What a double-click on an entry of a job opened in Spoon does: Spoon's {@code editJobEntry}
 * opens the entry's dialog over what the file holds. Observed from outside, as a user sees it
 * (the dialog's title and texts), then cancelled with its Cancel button.
 */
final class DoubleClick {
  private static final int ATTEMPTS = 50;
  private final Spoon spoon;
  private final Report report;

  DoubleClick(Spoon spoon, Report report) {
    this.spoon = spoon;
    this.report = report;
  }

  void editAndCancel(JobMeta job, JobEntryCopy copy) {
    String before = copy.getEntry().getXML();
    boolean changedBefore = job.hasChanged();
    Display display = spoon.getDisplay();
    display.asyncExec(new Runnable() {
      private int attempts;

      @Override
      public void run() {
        Shell dialog = openDialog();
        if (dialog == null) {
          if (++attempts < ATTEMPTS) {
            display.timerExec(100, this);
          } else {
            report.put("double-click", "no dialog opened");
          }
          return;
        }
        report.put("double-click", dialog.getText(), DialogRounds.texts(dialog));
        Button cancel = button(dialog, "Cancel");
        if (cancel == null) {
          report.put("double-click", "no Cancel button");
          dialog.dispose();
        } else {
          cancel.notifyListeners(SWT.Selection, new Event());
        }
      }
    });
    spoon.editJobEntry(job, copy);
    report.put("double-click-values", before, copy.getEntry().getXML(), changedBefore, job.hasChanged());
  }

  private Shell openDialog() {
    for (Shell shell : spoon.getDisplay().getShells()) {
      if (shell.getParent() == spoon.getShell() && shell.isVisible() && !shell.getText().isEmpty()) {
        return shell;
      }
    }
    return null;
  }

  private static Button button(Shell shell, String text) {
    for (Control c : shell.getChildren()) {
      if (c instanceof Button && ((Button) c).getText().replace("&", "").equals(text)) {
        return (Button) c;
      }
    }
    return null;
  }
}
