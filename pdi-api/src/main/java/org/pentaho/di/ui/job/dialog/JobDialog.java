package org.pentaho.di.ui.job.dialog;

import io.pdimesos.pdiapi.HelpButton;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Dialog;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.job.entry.JobEntryInterface;

public class JobDialog extends Dialog {
  public static final Button setShellImage(Shell shell, JobEntryInterface jobEntry) {
    // As PDI: the entry's icon (the mirror carries none) and a Help button at the bottom left.
    return HelpButton.create(shell);
  }

  private JobDialog() {
    // Only the static helpers of PDI's job settings dialog are mirrored.
    super((Shell) null);
  }
}
