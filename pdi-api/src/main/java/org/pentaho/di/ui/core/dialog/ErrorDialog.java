package org.pentaho.di.ui.core.dialog;

import io.pdimesos.pdiapi.ShownErrors;
import org.eclipse.swt.SWT;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.function.Function;
import org.eclipse.swt.widgets.Dialog;
import org.eclipse.swt.widgets.Shell;

public class ErrorDialog extends Dialog {
  public ErrorDialog(Shell a0, String a1, String a2, Throwable a3) {
    super(a0, SWT.NONE);
    ShownErrors.record(a1, a2, a3);
  }

  public ErrorDialog(Shell a0, String a1, String a2, Throwable a3, Function<String, String> a4) {
    this(a0, a1, a2, a3);
  }

  public ErrorDialog(Shell a0, String a1, String a2, Exception a3) {
    this(a0, a1, a2, (Throwable) a3);
  }

  public ErrorDialog(Shell a0, String a1, String a2, Exception a3, boolean a4) {
    this(a0, a1, a2, (Throwable) a3);
  }

  protected void handleException(String a0, Exception a1, StringBuilder a2, StringBuilder a3) {
    throw OutsideMirror.unsupported("ErrorDialog.handleException");
  }

  protected void showDetails(String a0) {
    throw OutsideMirror.unsupported("ErrorDialog.showDetails");
  }

  public void dispose() {
    // Nothing was opened.
  }

  public boolean isCancelled() {
    return false;
  }
}
