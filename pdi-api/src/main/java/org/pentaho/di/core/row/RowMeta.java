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

  public RowMetaInterface cloneToType(int number) throws KettleValueException {
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

  public void setValueMetaList(List<ValueMetaInterface> list) {
    valueMetaList.clear();
    valueMetaList.addAll(list);
  }

  public int size() {
    return valueMetaList.size();
  }

  public boolean isEmpty() {
    return valueMetaList.isEmpty();
  }

  public boolean exists(ValueMetaInterface valueMeta) {
    return valueMeta != null && indexOfValue(valueMeta.getName()) >= 0;
  }

  public void addValueMeta(ValueMetaInterface valueMeta) {
    valueMetaList.add(valueMeta);
  }

  public void addValueMeta(int number, ValueMetaInterface valueMeta) {
    valueMetaList.add(number, valueMeta);
  }

  public ValueMetaInterface getValueMeta(int number) {
    return number >= 0 && number < valueMetaList.size() ? valueMetaList.get(number) : null;
  }

  public void setValueMeta(int number, ValueMetaInterface valueMeta) {
    valueMetaList.set(number, valueMeta);
  }

  public String getString(Object[] row, int number) throws KettleValueException {
    return valueMetaList.get(number).getString(row[number]);
  }

  public Long getInteger(Object[] row, int number) throws KettleValueException {
    return valueMetaList.get(number).getInteger(row[number]);
  }

  public Double getNumber(Object[] row, int number) throws KettleValueException {
    return valueMetaList.get(number).getNumber(row[number]);
  }

  public Date getDate(Object[] row, int number) throws KettleValueException {
    return valueMetaList.get(number).getDate(row[number]);
  }

  public BigDecimal getBigNumber(Object[] row, int number) throws KettleValueException {
    return valueMetaList.get(number).getBigNumber(row[number]);
  }

  public Boolean getBoolean(Object[] row, int number) throws KettleValueException {
    return valueMetaList.get(number).getBoolean(row[number]);
  }

  public byte[] getBinary(Object[] row, int number) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.getBinary");
  }

  public boolean isNull(Object[] row, int number) throws KettleValueException {
    return valueMetaList.get(number).isNull(row[number]);
  }

  public Object[] cloneRow(Object[] row) throws KettleValueException {
    return row == null ? null : row.clone();
  }

  public Object[] cloneRow(Object[] row, Object[] row2) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.cloneRow");
  }

  public String getString(Object[] row, String text, String text2) throws KettleValueException {
    int index = indexOfValue(text);
    return index < 0 ? text2 : getString(row, index);
  }

  public Long getInteger(Object[] row, String text, Long long2) throws KettleValueException {
    int index = indexOfValue(text);
    return index < 0 ? long2 : getInteger(row, index);
  }

  public Date getDate(Object[] row, String text, Date date) throws KettleValueException {
    int index = indexOfValue(text);
    return index < 0 ? date : getDate(row, index);
  }

  public int indexOfValue(String text) {
    // PDI looks field names up without regard to case.
    if (text == null) {
      return -1;
    }
    for (int i = 0; i < valueMetaList.size(); i++) {
      if (text.equalsIgnoreCase(valueMetaList.get(i).getName())) {
        return i;
      }
    }
    return -1;
  }

  public ValueMetaInterface searchValueMeta(String text) {
    int index = indexOfValue(text);
    return index < 0 ? null : valueMetaList.get(index);
  }

  public void addRowMeta(RowMetaInterface rowMeta) {
    for (ValueMetaInterface meta : rowMeta.getValueMetaList()) {
      addValueMeta(meta);
    }
  }

  public void mergeRowMeta(RowMetaInterface rowMeta) {
    throw OutsideMirror.unsupported("RowMeta.mergeRowMeta");
  }

  public void mergeRowMeta(RowMetaInterface rowMeta, String text) {
    throw OutsideMirror.unsupported("RowMeta.mergeRowMeta");
  }

  public String[] getFieldNames() {
    String[] names = new String[valueMetaList.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = valueMetaList.get(i).getName();
    }
    return names;
  }

  public void writeData(DataOutputStream dataOutputStream, Object[] row) throws KettleFileException {
    throw OutsideMirror.unsupported("RowMeta.writeData");
  }

  public void writeMeta(DataOutputStream dataOutputStream) throws KettleFileException {
    throw OutsideMirror.unsupported("RowMeta.writeMeta");
  }

  public RowMeta(DataInputStream dataInputStream) throws KettleFileException, SocketTimeoutException {
    throw OutsideMirror.unsupported("RowMeta constructor");
  }

  public Object[] readData(DataInputStream dataInputStream) throws KettleFileException, SocketTimeoutException {
    throw OutsideMirror.unsupported("RowMeta.readData");
  }

  public void clear() {
    valueMetaList.clear();
  }

  public void removeValueMeta(String text) throws KettleValueException {
    int index = indexOfValue(text);
    if (index < 0) {
      throw new KettleValueException("Unable to find value metadata with name '" + text + "', so it can't be removed.");
    }
    valueMetaList.remove(index);
  }

  public void removeValueMeta(int number) {
    valueMetaList.remove(number);
  }

  public String toStringMeta() {
    throw OutsideMirror.unsupported("RowMeta.toStringMeta");
  }

  public String getString(Object[] row) throws KettleValueException {
    // PDI's row-level log form: "[v1], [v2], ..."
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append('[').append(getString(row, i)).append(']');
    }
    return text.toString();
  }

  public String[] getFieldNamesAndTypes(int number) {
    throw OutsideMirror.unsupported("RowMeta.getFieldNamesAndTypes");
  }

  public int compare(Object[] row, Object[] row2, int[] ints) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.compare");
  }

  public boolean equals(Object[] row, Object[] row2, int[] ints) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.equals");
  }

  public int compare(Object[] row, Object[] row2, int[] ints, int[] ints2) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.compare");
  }

  public int compare(Object[] row, RowMetaInterface rowMeta, Object[] row2, int[] ints, int[] ints2) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.compare");
  }

  public int compare(Object[] row, Object[] row2) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.compare");
  }

  @Deprecated public int oldXORHashCode(Object[] row) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.oldXORHashCode");
  }

  public int hashCode(Object[] row) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.hashCode");
  }

  public int convertedValuesHashCode(Object[] row) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.convertedValuesHashCode");
  }

  public static byte[] extractData(RowMetaInterface rowMeta, Object[] row) {
    throw OutsideMirror.unsupported("RowMeta.extractData");
  }

  public static Object[] getRow(RowMetaInterface rowMeta, byte[] bytes) {
    throw OutsideMirror.unsupported("RowMeta.getRow");
  }

  public static Row createOriginalRow(RowMetaInterface rowMeta, Object[] row) throws KettleValueException {
    throw OutsideMirror.unsupported("RowMeta.createOriginalRow");
  }

  public String getMetaXML() throws IOException {
    throw OutsideMirror.unsupported("RowMeta.getMetaXML");
  }

  public RowMeta(Node node) throws KettleException {
    throw OutsideMirror.unsupported("RowMeta constructor");
  }

  public String getDataXML(Object[] row) throws IOException {
    throw OutsideMirror.unsupported("RowMeta.getDataXML");
  }

  public Object[] getRow(Node node) throws KettleException {
    throw OutsideMirror.unsupported("RowMeta.getRow");
  }

  private final List<ValueMetaInterface> valueMetaList = new ArrayList<ValueMetaInterface>();
}
