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

  public RowMetaAndData(RowMetaInterface a0, Object... a1) {
    rowMeta = a0;
    data = a1;
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

  public void setData(Object[] a0) {
    data = a0;
  }

  public RowMetaInterface getRowMeta() {
    return rowMeta;
  }

  public void setRowMeta(RowMetaInterface a0) {
    rowMeta = a0;
  }

  public int hashCode() {
    return Arrays.hashCode(rowMeta.getFieldNames()) * 31 + Arrays.hashCode(Arrays.copyOf(data, rowMeta.size()));
  }

  public boolean equals(Object a0) {
    if (!(a0 instanceof RowMetaAndData)) {
      return false;
    }
    RowMetaAndData other = (RowMetaAndData) a0;
    return Arrays.equals(rowMeta.getFieldNames(), other.rowMeta.getFieldNames())
        && Arrays.equals(Arrays.copyOf(data, rowMeta.size()), Arrays.copyOf(other.data, other.rowMeta.size()));
  }

  public void addValue(ValueMetaInterface a0, Object a1) {
    rowMeta.addValueMeta(a0);
    data = RowDataUtil.addValueData(data, rowMeta.size() - 1, a1);
  }

  public void addValue(String a0, int a1, Object a2) {
    addValue(ValueMetas.create(a0, a1), a2);
  }

  public void clear() {
    rowMeta = new RowMeta();
    data = new Object[] {};
  }

  public long getInteger(String a0, long a1) throws KettleValueException {
    return getInteger(rowMeta.indexOfValue(a0), a1);
  }

  public long getInteger(int a0, long a1) throws KettleValueException {
    Long value = getInteger(a0);
    return value == null ? a1 : value;
  }

  public Long getInteger(String a0) throws KettleValueException {
    return getInteger(rowMeta.indexOfValue(a0));
  }

  public Long getInteger(int a0) throws KettleValueException {
    return a0 < 0 ? null : rowMeta.getInteger(data, a0);
  }

  public double getNumber(String a0, double a1) throws KettleValueException {
    return getNumber(rowMeta.indexOfValue(a0), a1);
  }

  public double getNumber(int a0, double a1) throws KettleValueException {
    Double value = a0 < 0 ? null : rowMeta.getNumber(data, a0);
    return value == null ? a1 : value;
  }

  public Date getDate(String a0, Date a1) throws KettleValueException {
    return getDate(rowMeta.indexOfValue(a0), a1);
  }

  public Date getDate(int a0, Date a1) throws KettleValueException {
    Date value = a0 < 0 ? null : rowMeta.getDate(data, a0);
    return value == null ? a1 : value;
  }

  public BigDecimal getBigNumber(String a0, BigDecimal a1) throws KettleValueException {
    return getBigNumber(rowMeta.indexOfValue(a0), a1);
  }

  public BigDecimal getBigNumber(int a0, BigDecimal a1) throws KettleValueException {
    BigDecimal value = a0 < 0 ? null : rowMeta.getBigNumber(data, a0);
    return value == null ? a1 : value;
  }

  public boolean getBoolean(String a0, boolean a1) throws KettleValueException {
    return getBoolean(rowMeta.indexOfValue(a0), a1);
  }

  public boolean getBoolean(int a0, boolean a1) throws KettleValueException {
    Boolean value = a0 < 0 ? null : rowMeta.getBoolean(data, a0);
    return value == null ? a1 : value;
  }

  public String getString(String a0, String a1) throws KettleValueException {
    return getString(rowMeta.indexOfValue(a0), a1);
  }

  public String getString(int a0, String a1) throws KettleValueException {
    String value = a0 < 0 ? null : rowMeta.getString(data, a0);
    return value == null ? a1 : value;
  }

  public byte[] getBinary(String a0, byte[] a1) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMetaAndData.getBinary");
  }

  public byte[] getBinary(int a0, byte[] a1) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMetaAndData.getBinary");
  }

  public int compare(RowMetaAndData a0, int[] a1, boolean[] a2) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMetaAndData.compare");
  }

  public boolean isNumeric(int a0) {
    return rowMeta.getValueMeta(a0).isNumeric();
  }

  public int size() {
    return rowMeta.size();
  }

  public ValueMetaInterface getValueMeta(int a0) {
    return rowMeta.getValueMeta(a0);
  }

  public boolean isEmptyValue(String a0) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMetaAndData.isEmptyValue");
  }

  public static Object getStringAsJavaType(String a0, Class<?> a1, InjectionTypeConverter a2) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMetaAndData.getStringAsJavaType");
  }

  public Object getAsJavaType(String a0, Class<?> a1, InjectionTypeConverter a2) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMetaAndData.getAsJavaType");
  }

  public void removeValue(String a0) throws KettleValueException {
    int index = rowMeta.indexOfValue(a0);
    if (index < 0) {
      throw new KettleValueException("Unable to find '" + a0 + "' in the row");
    }
    removeValue(index);
  }

  public void removeValue(int a0) {
    rowMeta.removeValueMeta(a0);
    data = RowDataUtil.removeItem(data, a0);
  }

  public void mergeRowMetaAndData(RowMetaAndData a0, String a1) {
    throw OutsideMirror.unsupported("RowMetaAndData.mergeRowMetaAndData");
  }

  private RowMetaInterface rowMeta;
  private Object[] data;
}
