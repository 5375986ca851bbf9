package org.pentaho.di.ui.core.widget;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.ModifyEvent;
import org.eclipse.swt.layout.FillLayout;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.swt.events.FocusListener;
import org.eclipse.swt.events.KeyListener;
import org.eclipse.swt.events.ModifyListener;
import org.eclipse.swt.events.SelectionAdapter;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.events.TraverseListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.pentaho.di.core.variables.VariableSpace;

public class TextVar extends Composite {
  protected static Class<?> PKG;

  protected String toolTipText;

  protected ControlDecoration controlDecoration;

  protected GetCaretPositionInterface getCaretPositionInterface;

  protected InsertTextInterface insertTextInterface;

  protected ControlSpaceKeyAdapter controlSpaceKeyAdapter;

  protected VariableSpace variables;

  protected Text wText;

  protected ModifyListener modifyListenerTooltipText;

  public TextVar(VariableSpace a0, Composite a1, int a2) {
    this(a0, a1, a2, null, null, null, null);
  }

  public TextVar(VariableSpace a0, Composite a1, int a2, String a3) {
    this(a0, a1, a2, a3, null, null, null);
  }

  public TextVar(VariableSpace a0, Composite a1, int a2, GetCaretPositionInterface a3, InsertTextInterface a4) {
    this(a0, a1, a2, null, a3, a4, null);
  }

  public TextVar(VariableSpace a0, Composite a1, int a2, String a3, GetCaretPositionInterface a4, InsertTextInterface a5) {
    this(a0, a1, a2, a3, a4, a5, null);
  }

  public TextVar(Composite a0, VariableSpace a1, int a2, GetCaretPositionInterface a3, InsertTextInterface a4, SelectionListener a5) {
    this(a1, a0, a2, null, a3, a4, a5);
  }

  public TextVar(VariableSpace a0, Composite a1, int a2, String a3, GetCaretPositionInterface a4, InsertTextInterface a5, SelectionListener a6) {
    super(a1, SWT.NONE);
    initialize(a0, a1, a2, a3, a4, a5, a6);
  }

  protected void initialize(VariableSpace a0, Composite a1, int a2, String a3, GetCaretPositionInterface a4, InsertTextInterface a5, SelectionListener a6) {
    // A composite around one text field, as in PDI; the "$" marker and Ctrl+Space variable list are not mirrored.
    variables = a0;
    toolTipText = a3;
    getCaretPositionInterface = a4;
    insertTextInterface = a5;
    setLayout(new FillLayout());
    wText = new Text(this, a2);
    modifyListenerTooltipText = getModifyListenerTooltipText(wText);
    wText.addModifyListener(modifyListenerTooltipText);
    if (a3 != null) {
      wText.setToolTipText(a3);
    }
  }

  public GetCaretPositionInterface getGetCaretPositionInterface() {
    return getCaretPositionInterface;
  }

  public void setGetCaretPositionInterface(GetCaretPositionInterface a0) {
    getCaretPositionInterface = a0;
  }

  public InsertTextInterface getInsertTextInterface() {
    return insertTextInterface;
  }

  public void setInsertTextInterface(InsertTextInterface a0) {
    insertTextInterface = a0;
  }

  protected ModifyListener getModifyListenerTooltipText(final Text a0) {
    // PDI shows the value with variables resolved as the tooltip.
    return new ModifyListener() {
      @Override
      public void modifyText(ModifyEvent e) {
        String text = a0.getText();
        String resolved = variables == null ? text : variables.environmentSubstitute(text);
        a0.setToolTipText(toolTipText == null ? resolved : toolTipText + "\n\n" + resolved);
      }
    };
  }

  public String getText() {
    return wText.getText();
  }

  public void setText(String a0) {
    wText.setText(a0 == null ? "" : a0);
  }

  public Text getTextWidget() {
    return wText;
  }

  public void addModifyListener(ModifyListener a0) {
    wText.addModifyListener(a0);
  }

  public void addSelectionListener(SelectionAdapter a0) {
    wText.addSelectionListener(a0);
  }

  public void addKeyListener(KeyListener a0) {
    wText.addKeyListener(a0);
  }

  public void addFocusListener(FocusListener a0) {
    wText.addFocusListener(a0);
  }

  public void setEchoChar(char a0) {
    wText.setEchoChar(a0);
  }

  public void setEnabled(boolean a0) {
    wText.setEnabled(a0);
  }

  public boolean setFocus() {
    return wText.setFocus();
  }

  public void addTraverseListener(TraverseListener a0) {
    wText.addTraverseListener(a0);
  }

  public void setToolTipText(String a0) {
    toolTipText = a0;
    wText.setToolTipText(a0);
  }

  public void setEditable(boolean a0) {
    wText.setEditable(a0);
  }

  public void setSelection(int a0) {
    wText.setSelection(a0);
  }

  public void selectAll() {
    wText.selectAll();
  }

  public void showSelection() {
    wText.showSelection();
  }

  public void setVariables(VariableSpace a0) {
    variables = a0;
  }
}
