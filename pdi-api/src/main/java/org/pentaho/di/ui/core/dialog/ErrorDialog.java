package org.pentaho.di.ui.core.dialog;

import io.pdimesos.pdiapi.ShownErrors;
import org.eclipse.swt.SWT;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.function.Function;
import org.eclipse.swt.widgets.Dialog;
import org.eclipse.swt.widgets.Shell;

public class ErrorDialog extends Dialog {
  public ErrorDialog(Shell shell, String text, String text2, Throwable error) {
    super(shell, SWT.NONE);
    ShownErrors.record(text, text2, error);
  }

  public ErrorDialog(Shell shell, String text, String text2, Throwable error, Function<String, String> function) {
    this(shell, text, text2, error);
  }

  public ErrorDialog(Shell shell, String text, String text2, Exception error) {
    this(shell, text, text2, (Throwable) error);
  }

  public ErrorDialog(Shell shell, String text, String text2, Exception error, boolean flag) {
    this(shell, text, text2, (Throwable) error);
  }

  protected void handleException(String text, Exception error, StringBuilder stringBuilder, StringBuilder stringBuilder2) {
    throw OutsideMirror.unsupported("ErrorDialog.handleException");
  }

  protected void showDetails(String text) {
    throw OutsideMirror.unsupported("ErrorDialog.showDetails");
  }

  public void dispose() {
    // Nothing was opened.
  }

  public boolean isCancelled() {
    return false;
  }
}
