package org.pentaho.di.ui.core.widget;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;

import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.events.FocusListener;
import org.eclipse.swt.events.KeyListener;
import org.eclipse.swt.events.ModifyListener;
import org.eclipse.swt.events.SelectionAdapter;
import org.eclipse.swt.events.TraverseListener;
import org.eclipse.swt.widgets.Composite;
import org.pentaho.di.core.variables.VariableSpace;

public class ComboVar extends Composite {
  public ComboVar(VariableSpace a0, Composite a1, int a2) {
    this(a0, a1, a2, null, null, null);
  }

  public ComboVar(VariableSpace a0, Composite a1, int a2, String a3) {
    this(a0, a1, a2, a3, null, null);
  }

  public ComboVar(VariableSpace a0, Composite a1, int a2, GetCaretPositionInterface a3, InsertTextInterface a4) {
    this(a0, a1, a2, null, a3, a4);
  }

  public ComboVar(VariableSpace a0, Composite a1, int a2, String a3, GetCaretPositionInterface a4, InsertTextInterface a5) {
    super(a1, SWT.NONE);
    variables = a0;
    getCaretPositionInterface = a4;
    insertTextInterface = a5;
    setLayout(new FillLayout());
    wCombo = new CCombo(this, a2);
    if (a3 != null) {
      wCombo.setToolTipText(a3);
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

  public String getText() {
    return wCombo.getText();
  }

  public void setText(String a0) {
    wCombo.setText(a0 == null ? "" : a0);
  }

  public CCombo getCComboWidget() {
    return wCombo;
  }

  public void addModifyListener(ModifyListener a0) {
    wCombo.addModifyListener(a0);
  }

  public void addSelectionListener(SelectionAdapter a0) {
    wCombo.addSelectionListener(a0);
  }

  public void addKeyListener(KeyListener a0) {
    wCombo.addKeyListener(a0);
  }

  public void addFocusListener(FocusListener a0) {
    wCombo.addFocusListener(a0);
  }

  public void setEnabled(boolean a0) {
    wCombo.setEnabled(a0);
  }

  public boolean setFocus() {
    return wCombo.setFocus();
  }

  public void addTraverseListener(TraverseListener a0) {
    wCombo.addTraverseListener(a0);
  }

  public void setToolTipText(String a0) {
    wCombo.setToolTipText(a0);
  }

  public void setEditable(boolean a0) {
    wCombo.setEditable(a0);
  }

  public void setVariables(VariableSpace a0) {
    variables = a0;
  }

  public void setItems(String[] a0) {
    wCombo.setItems(a0);
  }

  public String[] getItems() {
    return wCombo.getItems();
  }

  public void add(String a0) {
    wCombo.add(a0);
  }

  public int getItemCount() {
    return wCombo.getItemCount();
  }

  public void removeAll() {
    wCombo.removeAll();
  }

  public void remove(int a0) {
    wCombo.remove(a0);
  }

  public void select(int a0) {
    wCombo.select(a0);
  }

  private final CCombo wCombo;
  private VariableSpace variables;
  private GetCaretPositionInterface getCaretPositionInterface;
  private InsertTextInterface insertTextInterface;
}
