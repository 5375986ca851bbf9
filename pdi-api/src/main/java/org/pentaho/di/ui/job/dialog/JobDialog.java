package org.pentaho.di.ui.job.dialog;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FormAttachment;
import org.eclipse.swt.layout.FormData;
import org.eclipse.swt.layout.FormLayout;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Dialog;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.job.entry.JobEntryInterface;

public class JobDialog extends Dialog {
  public static final Button setShellImage(Shell shell, JobEntryInterface jobEntry) {
    // PDI sets the entry's icon and adds a Help button at the bottom left; the mirror adds the button only.
    Button help = new Button(shell, SWT.PUSH);
    help.setText("Help");
    if (shell.getLayout() instanceof FormLayout) {
      FormData data = new FormData();
      data.left = new FormAttachment(0, 0);
      data.bottom = new FormAttachment(100, 0);
      help.setLayoutData(data);
    }
    return help;
  }

  private JobDialog() {
    // Only the static helpers of PDI's job settings dialog are mirrored.
    super((Shell) null);
  }
}
