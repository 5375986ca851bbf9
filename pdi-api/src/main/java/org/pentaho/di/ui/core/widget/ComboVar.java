package org.pentaho.di.ui.core.widget;

import org.eclipse.swt.SWT;
import io.pdimesos.pdiapi.VariableMarker;

import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.events.FocusListener;
import org.eclipse.swt.events.KeyListener;
import org.eclipse.swt.events.ModifyListener;
import org.eclipse.swt.events.SelectionAdapter;
import org.eclipse.swt.events.TraverseListener;
import org.eclipse.swt.widgets.Composite;
import org.pentaho.di.core.variables.VariableSpace;

public class ComboVar extends Composite {
  public ComboVar(VariableSpace space, Composite composite, int number) {
    this(space, composite, number, null, null, null);
  }

  public ComboVar(VariableSpace space, Composite composite, int number, String text) {
    this(space, composite, number, text, null, null);
  }

  public ComboVar(VariableSpace space, Composite composite, int number, GetCaretPositionInterface getCaretPosition, InsertTextInterface insertText) {
    this(space, composite, number, null, getCaretPosition, insertText);
  }

  public ComboVar(VariableSpace space, Composite composite, int number, String text, GetCaretPositionInterface getCaretPosition, InsertTextInterface insertText) {
    super(composite, SWT.NONE);
    variables = space;
    getCaretPositionInterface = getCaretPosition;
    insertTextInterface = insertText;
    wCombo = new CCombo(this, number);
    // PDI's "$" marker beside the combo.
    VariableMarker.place(this, wCombo);
    if (text != null) {
      wCombo.setToolTipText(text);
    }
  }

  public GetCaretPositionInterface getGetCaretPositionInterface() {
    return getCaretPositionInterface;
  }

  public void setGetCaretPositionInterface(GetCaretPositionInterface getCaretPosition) {
    getCaretPositionInterface = getCaretPosition;
  }

  public InsertTextInterface getInsertTextInterface() {
    return insertTextInterface;
  }

  public void setInsertTextInterface(InsertTextInterface insertText) {
    insertTextInterface = insertText;
  }

  public String getText() {
    return wCombo.getText();
  }

  public void setText(String text) {
    wCombo.setText(text == null ? "" : text);
  }

  public CCombo getCComboWidget() {
    return wCombo;
  }

  public void addModifyListener(ModifyListener modifyListener) {
    wCombo.addModifyListener(modifyListener);
  }

  public void addSelectionListener(SelectionAdapter selectionAdapter) {
    wCombo.addSelectionListener(selectionAdapter);
  }

  public void addKeyListener(KeyListener keyListener) {
    wCombo.addKeyListener(keyListener);
  }

  public void addFocusListener(FocusListener focusListener) {
    wCombo.addFocusListener(focusListener);
  }

  public void setEnabled(boolean flag) {
    wCombo.setEnabled(flag);
  }

  public boolean setFocus() {
    return wCombo.setFocus();
  }

  public void addTraverseListener(TraverseListener traverseListener) {
    wCombo.addTraverseListener(traverseListener);
  }

  public void setToolTipText(String text) {
    wCombo.setToolTipText(text);
  }

  public void setEditable(boolean flag) {
    wCombo.setEditable(flag);
  }

  public void setVariables(VariableSpace space) {
    variables = space;
  }

  public void setItems(String[] texts) {
    wCombo.setItems(texts);
  }

  public String[] getItems() {
    return wCombo.getItems();
  }

  public void add(String text) {
    wCombo.add(text);
  }

  public int getItemCount() {
    return wCombo.getItemCount();
  }

  public void removeAll() {
    wCombo.removeAll();
  }

  public void remove(int number) {
    wCombo.remove(number);
  }

  public void select(int number) {
    wCombo.select(number);
  }

  private final CCombo wCombo;
  private VariableSpace variables;
  private GetCaretPositionInterface getCaretPositionInterface;
  private InsertTextInterface insertTextInterface;
}
