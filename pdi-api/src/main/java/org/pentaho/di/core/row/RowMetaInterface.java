package org.pentaho.di.core.row;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.SocketTimeoutException;
import java.util.Date;
import java.util.List;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.exception.KettleFileException;
import org.pentaho.di.core.exception.KettleValueException;
import org.w3c.dom.Node;

public interface RowMetaInterface extends Cloneable {
  public abstract List<ValueMetaInterface> getValueMetaList();

  public abstract void setValueMetaList(List<ValueMetaInterface> a0);

  public abstract boolean exists(ValueMetaInterface a0);

  public abstract void addValueMeta(ValueMetaInterface a0);

  public abstract void addValueMeta(int a0, ValueMetaInterface a1);

  public abstract ValueMetaInterface getValueMeta(int a0);

  public abstract void setValueMeta(int a0, ValueMetaInterface a1);

  public abstract String getString(Object[] a0, int a1) throws KettleValueException;

  public abstract Long getInteger(Object[] a0, int a1) throws KettleValueException;

  public abstract Double getNumber(Object[] a0, int a1) throws KettleValueException;

  public abstract Date getDate(Object[] a0, int a1) throws KettleValueException;

  public abstract BigDecimal getBigNumber(Object[] a0, int a1) throws KettleValueException;

  public abstract Boolean getBoolean(Object[] a0, int a1) throws KettleValueException;

  public abstract byte[] getBinary(Object[] a0, int a1) throws KettleValueException;

  public abstract Object[] cloneRow(Object[] a0, Object[] a1) throws KettleValueException;

  public abstract Object[] cloneRow(Object[] a0) throws KettleValueException;

  public abstract int size();

  public abstract boolean isEmpty();

  public abstract boolean isNull(Object[] a0, int a1) throws KettleValueException;

  public abstract RowMetaInterface clone();

  public abstract RowMetaInterface cloneToType(int a0) throws KettleValueException;

  public abstract String getString(Object[] a0, String a1, String a2) throws KettleValueException;

  public abstract Long getInteger(Object[] a0, String a1, Long a2) throws KettleValueException;

  public abstract Date getDate(Object[] a0, String a1, Date a2) throws KettleValueException;

  public abstract ValueMetaInterface searchValueMeta(String a0);

  public abstract int indexOfValue(String a0);

  public abstract void addRowMeta(RowMetaInterface a0);

  @Deprecated public abstract void mergeRowMeta(RowMetaInterface a0);

  public abstract void mergeRowMeta(RowMetaInterface a0, String a1);

  public abstract String[] getFieldNames();

  public abstract void writeMeta(DataOutputStream a0) throws KettleFileException;

  public abstract void writeData(DataOutputStream a0, Object[] a1) throws KettleFileException;

  public abstract Object[] readData(DataInputStream a0) throws KettleFileException, SocketTimeoutException;

  public abstract void clear();

  public abstract void removeValueMeta(String a0) throws KettleValueException;

  public abstract void removeValueMeta(int a0);

  public abstract String getString(Object[] a0) throws KettleValueException;

  public abstract String[] getFieldNamesAndTypes(int a0);

  public abstract int compare(Object[] a0, Object[] a1, int[] a2) throws KettleValueException;

  public abstract boolean equals(Object[] a0, Object[] a1, int[] a2) throws KettleValueException;

  public abstract int compare(Object[] a0, Object[] a1, int[] a2, int[] a3) throws KettleValueException;

  public abstract int compare(Object[] a0, RowMetaInterface a1, Object[] a2, int[] a3, int[] a4) throws KettleValueException;

  public abstract int compare(Object[] a0, Object[] a1) throws KettleValueException;

  @Deprecated public abstract int oldXORHashCode(Object[] a0) throws KettleValueException;

  public abstract int hashCode(Object[] a0) throws KettleValueException;

  public abstract int convertedValuesHashCode(Object[] a0) throws KettleValueException;

  public abstract String toStringMeta();

  public abstract String getMetaXML() throws IOException;

  public abstract String getDataXML(Object[] a0) throws IOException;

  public abstract Object[] getRow(Node a0) throws KettleException;
}
