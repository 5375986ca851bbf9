package org.pentaho.di.core.row;

import java.util.ArrayList;

import io.pdimesos.pdiapi.OutsideMirror;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.SocketTimeoutException;
import java.util.Date;
import java.util.List;
import org.pentaho.di.compatibility.Row;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.exception.KettleFileException;
import org.pentaho.di.core.exception.KettleValueException;
import org.w3c.dom.Node;

public class RowMeta implements RowMetaInterface {
  public static final String XML_META_TAG = "row-meta";

  public static final String XML_DATA_TAG = "row-data";

  public RowMeta() {
  }

  public RowMeta clone() {
    RowMeta copy = new RowMeta();
    for (ValueMetaInterface meta : valueMetaList) {
      copy.valueMetaList.add(meta.clone());
    }
    return copy;
  }

  public RowMetaInterface cloneToType(int a0) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.cloneToType");
  }

  public String toString() {
    StringBuilder text = new StringBuilder();
    for (ValueMetaInterface meta : valueMetaList) {
      text.append(text.length() == 0 ? "" : ", ").append('[').append(meta.toString()).append(']');
    }
    return text.toString();
  }

  public List<ValueMetaInterface> getValueMetaList() {
    return valueMetaList;
  }

  public void setValueMetaList(List<ValueMetaInterface> a0) {
    valueMetaList.clear();
    valueMetaList.addAll(a0);
  }

  public int size() {
    return valueMetaList.size();
  }

  public boolean isEmpty() {
    return valueMetaList.isEmpty();
  }

  public boolean exists(ValueMetaInterface a0) {
    return a0 != null && indexOfValue(a0.getName()) >= 0;
  }

  public void addValueMeta(ValueMetaInterface a0) {
    valueMetaList.add(a0);
  }

  public void addValueMeta(int a0, ValueMetaInterface a1) {
    valueMetaList.add(a0, a1);
  }

  public ValueMetaInterface getValueMeta(int a0) {
    return a0 >= 0 && a0 < valueMetaList.size() ? valueMetaList.get(a0) : null;
  }

  public void setValueMeta(int a0, ValueMetaInterface a1) {
    valueMetaList.set(a0, a1);
  }

  public String getString(Object[] a0, int a1) throws KettleValueException {
    return valueMetaList.get(a1).getString(a0[a1]);
  }

  public Long getInteger(Object[] a0, int a1) throws KettleValueException {
    return valueMetaList.get(a1).getInteger(a0[a1]);
  }

  public Double getNumber(Object[] a0, int a1) throws KettleValueException {
    return valueMetaList.get(a1).getNumber(a0[a1]);
  }

  public Date getDate(Object[] a0, int a1) throws KettleValueException {
    return valueMetaList.get(a1).getDate(a0[a1]);
  }

  public BigDecimal getBigNumber(Object[] a0, int a1) throws KettleValueException {
    return valueMetaList.get(a1).getBigNumber(a0[a1]);
  }

  public Boolean getBoolean(Object[] a0, int a1) throws KettleValueException {
    return valueMetaList.get(a1).getBoolean(a0[a1]);
  }

  public byte[] getBinary(Object[] a0, int a1) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.getBinary");
  }

  public boolean isNull(Object[] a0, int a1) throws KettleValueException {
    return valueMetaList.get(a1).isNull(a0[a1]);
  }

  public Object[] cloneRow(Object[] a0) throws KettleValueException {
    return a0 == null ? null : a0.clone();
  }

  public Object[] cloneRow(Object[] a0, Object[] a1) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.cloneRow");
  }

  public String getString(Object[] a0, String a1, String a2) throws KettleValueException {
    int index = indexOfValue(a1);
    return index < 0 ? a2 : getString(a0, index);
  }

  public Long getInteger(Object[] a0, String a1, Long a2) throws KettleValueException {
    int index = indexOfValue(a1);
    return index < 0 ? a2 : getInteger(a0, index);
  }

  public Date getDate(Object[] a0, String a1, Date a2) throws KettleValueException {
    int index = indexOfValue(a1);
    return index < 0 ? a2 : getDate(a0, index);
  }

  public int indexOfValue(String a0) {
    // PDI looks field names up without regard to case.
    if (a0 == null) {
      return -1;
    }
    for (int i = 0; i < valueMetaList.size(); i++) {
      if (a0.equalsIgnoreCase(valueMetaList.get(i).getName())) {
        return i;
      }
    }
    return -1;
  }

  public ValueMetaInterface searchValueMeta(String a0) {
    int index = indexOfValue(a0);
    return index < 0 ? null : valueMetaList.get(index);
  }

  public void addRowMeta(RowMetaInterface a0) {
    for (ValueMetaInterface meta : a0.getValueMetaList()) {
      addValueMeta(meta);
    }
  }

  public void mergeRowMeta(RowMetaInterface a0) {
    throw OutsideMirror.unsupported("RowMeta.mergeRowMeta");
  }

  public void mergeRowMeta(RowMetaInterface a0, String a1) {
    throw OutsideMirror.unsupported("RowMeta.mergeRowMeta");
  }

  public String[] getFieldNames() {
    String[] names = new String[valueMetaList.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = valueMetaList.get(i).getName();
    }
    return names;
  }

  public void writeData(DataOutputStream a0, Object[] a1) throws KettleFileException {
    throw OutsideMirror.unsupported("RowMeta.writeData");
  }

  public void writeMeta(DataOutputStream a0) throws KettleFileException {
    throw OutsideMirror.unsupported("RowMeta.writeMeta");
  }

  public RowMeta(DataInputStream a0) throws KettleFileException, SocketTimeoutException {
    throw OutsideMirror.unsupported("RowMeta constructor");
  }

  public Object[] readData(DataInputStream a0) throws KettleFileException, SocketTimeoutException {
    throw OutsideMirror.unsupported("RowMeta.readData");
  }

  public void clear() {
    valueMetaList.clear();
  }

  public void removeValueMeta(String a0) throws KettleValueException {
    int index = indexOfValue(a0);
    if (index < 0) {
      throw new KettleValueException("Unable to find value metadata with name '" + a0 + "', so it can't be removed.");
    }
    valueMetaList.remove(index);
  }

  public void removeValueMeta(int a0) {
    valueMetaList.remove(a0);
  }

  public String toStringMeta() {
    throw OutsideMirror.unsupported("RowMeta.toStringMeta");
  }

  public String getString(Object[] a0) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.getString");
  }

  public String[] getFieldNamesAndTypes(int a0) {
    throw OutsideMirror.unsupported("RowMeta.getFieldNamesAndTypes");
  }

  public int compare(Object[] a0, Object[] a1, int[] a2) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.compare");
  }

  public boolean equals(Object[] a0, Object[] a1, int[] a2) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.equals");
  }

  public int compare(Object[] a0, Object[] a1, int[] a2, int[] a3) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.compare");
  }

  public int compare(Object[] a0, RowMetaInterface a1, Object[] a2, int[] a3, int[] a4) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.compare");
  }

  public int compare(Object[] a0, Object[] a1) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.compare");
  }

  @Deprecated public int oldXORHashCode(Object[] a0) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.oldXORHashCode");
  }

  public int hashCode(Object[] a0) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.hashCode");
  }

  public int convertedValuesHashCode(Object[] a0) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.convertedValuesHashCode");
  }

  public static byte[] extractData(RowMetaInterface a0, Object[] a1) {
    throw OutsideMirror.unsupported("RowMeta.extractData");
  }

  public static Object[] getRow(RowMetaInterface a0, byte[] a1) {
    throw OutsideMirror.unsupported("RowMeta.getRow");
  }

  public static Row createOriginalRow(RowMetaInterface a0, Object[] a1) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.createOriginalRow");
  }

  public String getMetaXML() throws IOException {
    throw OutsideMirror.unsupported("RowMeta.getMetaXML");
  }

  public RowMeta(Node a0) throws KettleException {
    throw OutsideMirror.unsupported("RowMeta constructor");
  }

  public String getDataXML(Object[] a0) throws IOException {
    throw OutsideMirror.unsupported("RowMeta.getDataXML");
  }

  public Object[] getRow(Node a0) throws KettleException {
    throw OutsideMirror.unsupported("RowMeta.getRow");
  }

  private final List<ValueMetaInterface> valueMetaList = new ArrayList<ValueMetaInterface>();
}
