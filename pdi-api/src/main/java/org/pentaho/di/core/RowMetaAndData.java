package org.pentaho.di.core;

import io.pdimesos.pdiapi.ValueMetas;
import java.util.Arrays;
import org.pentaho.di.core.row.RowDataUtil;
import org.pentaho.di.core.row.RowMeta;

import io.pdimesos.pdiapi.OutsideMirror;
import java.math.BigDecimal;
import java.util.Date;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.injection.InjectionTypeConverter;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.row.ValueMetaInterface;

public class RowMetaAndData implements Cloneable {
  public RowMetaAndData() {
    clear();
  }

  public RowMetaAndData(RowMetaInterface rowMeta2, Object... arguments) {
    rowMeta = rowMeta2;
    data = arguments;
  }

  public RowMetaAndData clone() {
    RowMetaAndData copy = new RowMetaAndData();
    copy.rowMeta = rowMeta.clone();
    copy.data = data == null ? null : data.clone();
    return copy;
  }

  public String toString() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < rowMeta.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(rowMeta.getValueMeta(i).getName()).append('=').append(data[i]);
    }
    return text.toString();
  }

  public Object[] getData() {
    return data;
  }

  public void setData(Object[] row) {
    data = row;
  }

  public RowMetaInterface getRowMeta() {
    return rowMeta;
  }

  public void setRowMeta(RowMetaInterface rowMeta2) {
    rowMeta = rowMeta2;
  }

  public int hashCode() {
    return Arrays.hashCode(rowMeta.getFieldNames()) * 31 + Arrays.hashCode(Arrays.copyOf(data, rowMeta.size()));
  }

  public boolean equals(Object value) {
    if (!(value instanceof RowMetaAndData)) {
      return false;
    }
    RowMetaAndData other = (RowMetaAndData) value;
    return Arrays.equals(rowMeta.getFieldNames(), other.rowMeta.getFieldNames())
        && Arrays.equals(Arrays.copyOf(data, rowMeta.size()), Arrays.copyOf(other.data, other.rowMeta.size()));
  }

  public void addValue(ValueMetaInterface valueMeta, Object value) {
    rowMeta.addValueMeta(valueMeta);
    data = RowDataUtil.addValueData(data, rowMeta.size() - 1, value);
  }

  public void addValue(String text, int number, Object value) {
    addValue(ValueMetas.create(text, number), value);
  }

  public void clear() {
    rowMeta = new RowMeta();
    data = new Object[] {};
  }

  public long getInteger(String text, long number) throws KettleValueException {
    return getInteger(rowMeta.indexOfValue(text), number);
  }

  public long getInteger(int number, long number2) throws KettleValueException {
    Long value = getInteger(number);
    return value == null ? number2 : value;
  }

  public Long getInteger(String text) throws KettleValueException {
    return getInteger(rowMeta.indexOfValue(text));
  }

  public Long getInteger(int number) throws KettleValueException {
    return number < 0 ? null : rowMeta.getInteger(data, number);
  }

  public double getNumber(String text, double number) throws KettleValueException {
    return getNumber(rowMeta.indexOfValue(text), number);
  }

  public double getNumber(int number, double number2) throws KettleValueException {
    Double value = number < 0 ? null : rowMeta.getNumber(data, number);
    return value == null ? number2 : value;
  }

  public Date getDate(String text, Date date) throws KettleValueException {
    return getDate(rowMeta.indexOfValue(text), date);
  }

  public Date getDate(int number, Date date) throws KettleValueException {
    Date value = number < 0 ? null : rowMeta.getDate(data, number);
    return value == null ? date : value;
  }

  public BigDecimal getBigNumber(String text, BigDecimal bigDecimal) throws KettleValueException {
    return getBigNumber(rowMeta.indexOfValue(text), bigDecimal);
  }

  public BigDecimal getBigNumber(int number, BigDecimal bigDecimal) throws KettleValueException {
    BigDecimal value = number < 0 ? null : rowMeta.getBigNumber(data, number);
    return value == null ? bigDecimal : value;
  }

  public boolean getBoolean(String text, boolean flag) throws KettleValueException {
    return getBoolean(rowMeta.indexOfValue(text), flag);
  }

  public boolean getBoolean(int number, boolean flag) throws KettleValueException {
    Boolean value = number < 0 ? null : rowMeta.getBoolean(data, number);
    return value == null ? flag : value;
  }

  public String getString(String text, String text2) throws KettleValueException {
    return getString(rowMeta.indexOfValue(text), text2);
  }

  public String getString(int number, String text) throws KettleValueException {
    String value = number < 0 ? null : rowMeta.getString(data, number);
    return value == null ? text : value;
  }

  public byte[] getBinary(String text, byte[] bytes) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMetaAndData.getBinary");
  }

  public byte[] getBinary(int number, byte[] bytes) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMetaAndData.getBinary");
  }

  public int compare(RowMetaAndData rowMetaAndData, int[] ints, boolean[] booleans) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMetaAndData.compare");
  }

  public boolean isNumeric(int number) {
    return rowMeta.getValueMeta(number).isNumeric();
  }

  public int size() {
    return rowMeta.size();
  }

  public ValueMetaInterface getValueMeta(int number) {
    return rowMeta.getValueMeta(number);
  }

  public boolean isEmptyValue(String text) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMetaAndData.isEmptyValue");
  }

  public static Object getStringAsJavaType(String text, Class<?> type, InjectionTypeConverter injectionTypeConverter) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMetaAndData.getStringAsJavaType");
  }

  public Object getAsJavaType(String text, Class<?> type, InjectionTypeConverter injectionTypeConverter) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMetaAndData.getAsJavaType");
  }

  public void removeValue(String text) throws KettleValueException {
    int index = rowMeta.indexOfValue(text);
    if (index < 0) {
      throw new KettleValueException("Unable to find '" + text + "' in the row");
    }
    removeValue(index);
  }

  public void removeValue(int number) {
    rowMeta.removeValueMeta(number);
    data = RowDataUtil.removeItem(data, number);
  }

  public void mergeRowMetaAndData(RowMetaAndData rowMetaAndData, String text) {
    throw OutsideMirror.unsupported("RowMetaAndData.mergeRowMetaAndData");
  }

  private RowMetaInterface rowMeta;
  private Object[] data;
}
