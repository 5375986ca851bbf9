package org.pentaho.di.ui.core.widget;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.ModifyEvent;

import org.eclipse.swt.events.ModifyListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.pentaho.di.core.variables.VariableSpace;

public class PasswordTextVar extends TextVar {
  public PasswordTextVar(VariableSpace space, Composite composite, int number) {
    super(space, composite, number | SWT.PASSWORD, null, null, null, null);
  }

  public PasswordTextVar(VariableSpace space, Composite composite, int number, String text) {
    super(space, composite, number | SWT.PASSWORD, text, null, null, null);
  }

  public PasswordTextVar(VariableSpace space, Composite composite, int number, GetCaretPositionInterface getCaretPosition, InsertTextInterface insertText) {
    super(space, composite, number | SWT.PASSWORD, null, getCaretPosition, insertText, null);
  }

  public PasswordTextVar(VariableSpace space, Composite composite, int number, String text, GetCaretPositionInterface getCaretPosition, InsertTextInterface insertText) {
    super(space, composite, number | SWT.PASSWORD, text, getCaretPosition, insertText, null);
  }

  protected ModifyListener getModifyListenerTooltipText(Text text) {
    // Never show a password (or what its variable resolves to) in a tooltip.
    return new ModifyListener() {
      @Override
      public void modifyText(ModifyEvent e) {
        // nothing
      }
    };
  }
}
