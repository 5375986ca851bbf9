package org.pentaho.di.ui.core.widget;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.ModifyEvent;

import org.eclipse.swt.events.ModifyListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.pentaho.di.core.variables.VariableSpace;

public class PasswordTextVar extends TextVar {
  public PasswordTextVar(VariableSpace a0, Composite a1, int a2) {
    super(a0, a1, a2 | SWT.PASSWORD, null, null, null, null);
  }

  public PasswordTextVar(VariableSpace a0, Composite a1, int a2, String a3) {
    super(a0, a1, a2 | SWT.PASSWORD, a3, null, null, null);
  }

  public PasswordTextVar(VariableSpace a0, Composite a1, int a2, GetCaretPositionInterface a3, InsertTextInterface a4) {
    super(a0, a1, a2 | SWT.PASSWORD, null, a3, a4, null);
  }

  public PasswordTextVar(VariableSpace a0, Composite a1, int a2, String a3, GetCaretPositionInterface a4, InsertTextInterface a5) {
    super(a0, a1, a2 | SWT.PASSWORD, a3, a4, a5, null);
  }

  protected ModifyListener getModifyListenerTooltipText(Text a0) {
    // Never show a password (or what its variable resolves to) in a tooltip.
    return new ModifyListener() {
      @Override
      public void modifyText(ModifyEvent e) {
        // nothing
      }
    };
  }
}
