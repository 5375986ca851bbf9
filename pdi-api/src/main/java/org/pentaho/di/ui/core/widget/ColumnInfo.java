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

  public ColumnInfo(String a0, int a1) {
    this(a0, a1, false, false, -1);
  }

  public ColumnInfo(String a0, int a1, String[] a2) {
    this(a0, a1, a2, false);
  }

  public ColumnInfo(String a0, int a1, boolean a2) {
    this(a0, a1, a2, false, -1);
  }

  public ColumnInfo(String a0, int a1, String[] a2, boolean a3) {
    this(a0, a1, false, a3, -1);
    comboValues = a2;
  }

  public ColumnInfo(String a0, int a1, boolean a2, boolean a3) {
    this(a0, a1, a2, a3, -1);
  }

  public ColumnInfo(String a0, int a1, boolean a2, boolean a3, int a4) {
    name = a0;
    type = a1;
    numeric = a2;
    readOnly = a3;
    width = a4;
    if (a2) {
      allignement = SWT.RIGHT;
    }
  }

  public ColumnInfo(String a0, int a1, int a2) {
    this(a0, a1, false, false, -1);
    fieldTypeColumn = a2;
  }

  public String toString() {
    return name;
  }

  public void setToolTip(String a0) {
    toolTip = a0;
  }

  public void setReadOnly(boolean a0) {
    readOnly = a0;
  }

  public void setAllignement(int a0) {
    allignement = a0;
  }

  public void setComboValues(String[] a0) {
    comboValues = a0;
  }

  public void setCombovalsSupplier(Supplier<String[]> a0) {
    throw OutsideMirror.unsupported("ColumnInfo.setCombovalsSupplier");
  }

  public void setButtonText(String a0) {
    buttonText = a0;
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

  public void setNumeric(boolean a0) {
    numeric = a0;
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

  public void setSelectionAdapter(SelectionListener a0) {
    selectionAdapter = a0;
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

  public void setValueMeta(ValueMetaInterface a0) {
    valueMeta = a0;
  }

  public boolean isUsingVariables() {
    return usingVariables;
  }

  public void setUsingVariables(boolean a0) {
    usingVariables = a0;
  }

  public boolean isPasswordField() {
    return passwordField;
  }

  public void setPasswordField(boolean a0) {
    passwordField = a0;
  }

  public int getFieldTypeColumn() {
    return fieldTypeColumn;
  }

  public void setFieldTypeColumn(int a0) {
    fieldTypeColumn = a0;
  }

  public ComboValuesSelectionListener getComboValuesSelectionListener() {
    return comboValuesSelectionListener;
  }

  public void setComboValuesSelectionListener(ComboValuesSelectionListener a0) {
    comboValuesSelectionListener = a0;
  }

  public FieldDisabledListener getDisabledListener() {
    return disabledListener;
  }

  public void setDisabledListener(FieldDisabledListener a0) {
    disabledListener = a0;
  }

  public SelectionListener getTextVarButtonSelectionListener() {
    return textVarButtonSelectionListener;
  }

  public void setTextVarButtonSelectionListener(SelectionListener a0) {
    textVarButtonSelectionListener = a0;
  }

  public void setRenderTextVarButtonCallback(TextVarButtonRenderCallback a0) {
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

  public void setAutoResize(boolean a0) {
    autoResize = a0;
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
