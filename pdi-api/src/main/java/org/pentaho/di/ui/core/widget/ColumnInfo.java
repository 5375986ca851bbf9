package org.pentaho.di.ui.core.widget;

import org.eclipse.swt.SWT;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.function.Supplier;
import org.eclipse.swt.events.SelectionListener;
import org.pentaho.di.core.row.ValueMetaInterface;

public class ColumnInfo {
  public static final int COLUMN_TYPE_NONE = 0;

  public static final int COLUMN_TYPE_TEXT = 1;

  public static final int COLUMN_TYPE_CCOMBO = 2;

  public static final int COLUMN_TYPE_BUTTON = 3;

  public static final int COLUMN_TYPE_ICON = 4;

  public static final int COLUMN_TYPE_FORMAT = 5;

  public static final int COLUMN_TYPE_TEXT_BUTTON = 6;

  public ColumnInfo(String text, int number) {
    this(text, number, false, false, -1);
  }

  public ColumnInfo(String text, int number, String[] texts) {
    this(text, number, texts, false);
  }

  public ColumnInfo(String text, int number, boolean flag) {
    this(text, number, flag, false, -1);
  }

  public ColumnInfo(String text, int number, String[] texts, boolean flag) {
    this(text, number, false, flag, -1);
    comboValues = texts;
  }

  public ColumnInfo(String text, int number, boolean flag, boolean flag2) {
    this(text, number, flag, flag2, -1);
  }

  public ColumnInfo(String text, int number, boolean flag, boolean flag2, int number2) {
    name = text;
    type = number;
    numeric = flag;
    readOnly = flag2;
    width = number2;
    if (flag) {
      allignement = SWT.RIGHT;
    }
  }

  public ColumnInfo(String text, int number, int number2) {
    this(text, number, false, false, -1);
    fieldTypeColumn = number2;
  }

  public String toString() {
    return name;
  }

  public void setToolTip(String text) {
    toolTip = text;
  }

  public void setReadOnly(boolean flag) {
    readOnly = flag;
  }

  public void setAllignement(int number) {
    allignement = number;
  }

  public void setComboValues(String[] texts) {
    comboValues = texts;
  }

  public void setCombovalsSupplier(Supplier<String[]> supplier) {
    throw OutsideMirror.unsupported("ColumnInfo.setCombovalsSupplier");
  }

  public void setButtonText(String text) {
    buttonText = text;
  }

  public String getName() {
    return name;
  }

  public int getType() {
    return type;
  }

  public String[] getComboValues() {
    return comboValues;
  }

  public boolean isNumeric() {
    return numeric;
  }

  public void setNumeric(boolean flag) {
    numeric = flag;
  }

  public String getToolTip() {
    return toolTip;
  }

  public int getAllignement() {
    return allignement;
  }

  public boolean isReadOnly() {
    return readOnly;
  }

  public String getButtonText() {
    return buttonText;
  }

  public void setSelectionAdapter(SelectionListener selectionListener) {
    selectionAdapter = selectionListener;
  }

  public SelectionListener getSelectionAdapter() {
    return selectionAdapter;
  }

  public void hideNegative() {
    negativeHidden = true;
  }

  public void showNegative() {
    negativeHidden = false;
  }

  public boolean isNegativeHidden() {
    return negativeHidden;
  }

  public ValueMetaInterface getValueMeta() {
    return valueMeta;
  }

  public void setValueMeta(ValueMetaInterface valueMeta2) {
    valueMeta = valueMeta2;
  }

  public boolean isUsingVariables() {
    return usingVariables;
  }

  public void setUsingVariables(boolean flag) {
    usingVariables = flag;
  }

  public boolean isPasswordField() {
    return passwordField;
  }

  public void setPasswordField(boolean flag) {
    passwordField = flag;
  }

  public int getFieldTypeColumn() {
    return fieldTypeColumn;
  }

  public void setFieldTypeColumn(int number) {
    fieldTypeColumn = number;
  }

  public ComboValuesSelectionListener getComboValuesSelectionListener() {
    return comboValuesSelectionListener;
  }

  public void setComboValuesSelectionListener(ComboValuesSelectionListener comboValuesSelectionListener2) {
    comboValuesSelectionListener = comboValuesSelectionListener2;
  }

  public FieldDisabledListener getDisabledListener() {
    return disabledListener;
  }

  public void setDisabledListener(FieldDisabledListener fieldDisabledListener) {
    disabledListener = fieldDisabledListener;
  }

  public SelectionListener getTextVarButtonSelectionListener() {
    return textVarButtonSelectionListener;
  }

  public void setTextVarButtonSelectionListener(SelectionListener selectionListener) {
    textVarButtonSelectionListener = selectionListener;
  }

  public void setRenderTextVarButtonCallback(TextVarButtonRenderCallback textVarButtonRenderCallback) {
    throw OutsideMirror.unsupported("ColumnInfo.setRenderTextVarButtonCallback");
  }

  public boolean shouldRenderTextVarButton() {
    throw OutsideMirror.unsupported("ColumnInfo.shouldRenderTextVarButton");
  }

  public int getWidth() {
    return width;
  }

  public boolean isAutoResize() {
    return autoResize;
  }

  public void setAutoResize(boolean flag) {
    autoResize = flag;
  }

  private final String name;
  private final int type;
  private String[] comboValues;
  private boolean numeric;
  private boolean readOnly;
  private String toolTip;
  private int allignement = SWT.LEFT;
  private String buttonText;
  private boolean usingVariables;
  private boolean passwordField;
  private boolean negativeHidden;
  private boolean autoResize = true;
  private int width = -1;
  private int fieldTypeColumn;
  private ValueMetaInterface valueMeta;
  private SelectionListener selectionAdapter;
  private SelectionListener textVarButtonSelectionListener;
  private ComboValuesSelectionListener comboValuesSelectionListener;
  private FieldDisabledListener disabledListener;
}
