package org.pentaho.di.ui.core.widget;

import java.util.Arrays;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.pentaho.di.core.variables.VariableSpace;

public class ControlSpaceKeyAdapter extends KeyAdapter {
  public ControlSpaceKeyAdapter(VariableSpace space, Control control) {
    this(space, control, null, null);
  }

  public ControlSpaceKeyAdapter(VariableSpace space, Control control, GetCaretPositionInterface getCaretPosition, InsertTextInterface insertText) {
    variables = space;
    this.control = control;
    getCaretPositionInterface = getCaretPosition;
    insertTextInterface = insertText;
  }

  public void keyPressed(KeyEvent event) {
    // Ctrl+Space drops a list of the variables below the control; picking one inserts ${NAME}, as in PDI
    // (which also shows each value in a tooltip and uses Ctrl+Alt+Space for a Chinese locale).
    if (event.character != ' ' || (event.stateMask & SWT.CONTROL) == 0 || (event.stateMask & SWT.ALT) != 0) {
      return;
    }
    event.doit = false;
    final Shell shell = new Shell(control.getShell(), SWT.NONE);
    Point location = control.toDisplay(0, control.getSize().y);
    shell.setBounds(location.x, location.y, Math.max(300, control.getSize().x), 200);
    shell.setLayout(new FillLayout());
    final List list = new List(shell, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
    list.setItems(getVariableNames(variables));
    list.addListener(SWT.DefaultSelection, e -> {
      if (list.getSelectionCount() > 0) {
        insert("${" + list.getSelection()[0] + "}");
      }
      shell.dispose();
    });
    list.addListener(SWT.FocusOut, e -> shell.dispose());
    shell.open();
  }

  public static final String[] getVariableNames(VariableSpace space) {
    // PDI also marks deprecated variables and sorts them last; the mirror knows none.
    String[] names = space.listVariables();
    Arrays.sort(names);
    return names;
  }

  public void setVariables(VariableSpace space) {
    variables = space;
  }

  private void insert(String reference) {
    // PDI hands the text to the InsertTextInterface when one was given; the mirror's interfaces carry no
    // methods, so it always inserts at the caret.
    if (control instanceof Text && !control.isDisposed()) {
      ((Text) control).insert(reference);
    } else if (control instanceof CCombo && !control.isDisposed()) {
      ((CCombo) control).setText(reference);
    }
  }

  private VariableSpace variables;
  private final Control control;
  @SuppressWarnings("unused")
  private final GetCaretPositionInterface getCaretPositionInterface;
  @SuppressWarnings("unused")
  private final InsertTextInterface insertTextInterface;
}
