package org.pentaho.di.ui.core.widget;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.ModifyEvent;
import io.pdimesos.pdiapi.VariableMarker;

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

  public TextVar(VariableSpace space, Composite composite, int number) {
    this(space, composite, number, null, null, null, null);
  }

  public TextVar(VariableSpace space, Composite composite, int number, String text) {
    this(space, composite, number, text, null, null, null);
  }

  public TextVar(VariableSpace space, Composite composite, int number, GetCaretPositionInterface getCaretPosition, InsertTextInterface insertText) {
    this(space, composite, number, null, getCaretPosition, insertText, null);
  }

  public TextVar(VariableSpace space, Composite composite, int number, String text, GetCaretPositionInterface getCaretPosition, InsertTextInterface insertText) {
    this(space, composite, number, text, getCaretPosition, insertText, null);
  }

  public TextVar(Composite composite, VariableSpace space, int number, GetCaretPositionInterface getCaretPosition, InsertTextInterface insertText, SelectionListener selectionListener) {
    this(space, composite, number, null, getCaretPosition, insertText, selectionListener);
  }

  public TextVar(VariableSpace space, Composite composite, int number, String text, GetCaretPositionInterface getCaretPosition, InsertTextInterface insertText, SelectionListener selectionListener) {
    super(composite, SWT.NONE);
    initialize(space, composite, number, text, getCaretPosition, insertText, selectionListener);
  }

  protected void initialize(VariableSpace space, Composite composite2, int number, String text2, GetCaretPositionInterface getCaretPosition, InsertTextInterface insertText, SelectionListener selectionListener) {
    // A composite around one text field and PDI's "$" marker, as in PDI; the Ctrl+Space variable list is not mirrored.
    variables = space;
    toolTipText = text2;
    getCaretPositionInterface = getCaretPosition;
    insertTextInterface = insertText;
    wText = new Text(this, number);
    VariableMarker.place(this, wText);
    modifyListenerTooltipText = getModifyListenerTooltipText(wText);
    wText.addModifyListener(modifyListenerTooltipText);
    if (text2 != null) {
      wText.setToolTipText(text2);
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

  protected ModifyListener getModifyListenerTooltipText(final Text text2) {
    // PDI shows the value with variables resolved as the tooltip.
    return new ModifyListener() {
      @Override
      public void modifyText(ModifyEvent e) {
        String text = text2.getText();
        String resolved = variables == null ? text : variables.environmentSubstitute(text);
        text2.setToolTipText(toolTipText == null ? resolved : toolTipText + "\n\n" + resolved);
      }
    };
  }

  public String getText() {
    return wText.getText();
  }

  public void setText(String text) {
    wText.setText(text == null ? "" : text);
  }

  public Text getTextWidget() {
    return wText;
  }

  public void addModifyListener(ModifyListener modifyListener) {
    wText.addModifyListener(modifyListener);
  }

  public void addSelectionListener(SelectionAdapter selectionAdapter) {
    wText.addSelectionListener(selectionAdapter);
  }

  public void addKeyListener(KeyListener keyListener) {
    wText.addKeyListener(keyListener);
  }

  public void addFocusListener(FocusListener focusListener) {
    wText.addFocusListener(focusListener);
  }

  public void setEchoChar(char character) {
    wText.setEchoChar(character);
  }

  public void setEnabled(boolean flag) {
    wText.setEnabled(flag);
  }

  public boolean setFocus() {
    return wText.setFocus();
  }

  public void addTraverseListener(TraverseListener traverseListener) {
    wText.addTraverseListener(traverseListener);
  }

  public void setToolTipText(String text) {
    toolTipText = text;
    wText.setToolTipText(text);
  }

  public void setEditable(boolean flag) {
    wText.setEditable(flag);
  }

  public void setSelection(int number) {
    wText.setSelection(number);
  }

  public void selectAll() {
    wText.selectAll();
  }

  public void showSelection() {
    wText.showSelection();
  }

  public void setVariables(VariableSpace space) {
    variables = space;
  }
}
