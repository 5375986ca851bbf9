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

  public abstract void setValueMetaList(List<ValueMetaInterface> list);

  public abstract boolean exists(ValueMetaInterface valueMeta);

  public abstract void addValueMeta(ValueMetaInterface valueMeta);

  public abstract void addValueMeta(int number, ValueMetaInterface valueMeta);

  public abstract ValueMetaInterface getValueMeta(int number);

  public abstract void setValueMeta(int number, ValueMetaInterface valueMeta);

  public abstract String getString(Object[] row, int number) throws KettleValueException;

  public abstract Long getInteger(Object[] row, int number) throws KettleValueException;

  public abstract Double getNumber(Object[] row, int number) throws KettleValueException;

  public abstract Date getDate(Object[] row, int number) throws KettleValueException;

  public abstract BigDecimal getBigNumber(Object[] row, int number) throws KettleValueException;

  public abstract Boolean getBoolean(Object[] row, int number) throws KettleValueException;

  public abstract byte[] getBinary(Object[] row, int number) throws KettleValueException;

  public abstract Object[] cloneRow(Object[] row, Object[] row2) throws KettleValueException;

  public abstract Object[] cloneRow(Object[] row) throws KettleValueException;

  public abstract int size();

  public abstract boolean isEmpty();

  public abstract boolean isNull(Object[] row, int number) throws KettleValueException;

  public abstract RowMetaInterface clone();

  public abstract RowMetaInterface cloneToType(int number) throws KettleValueException;

  public abstract String getString(Object[] row, String text, String text2) throws KettleValueException;

  public abstract Long getInteger(Object[] row, String text, Long long2) throws KettleValueException;

  public abstract Date getDate(Object[] row, String text, Date date) throws KettleValueException;

  public abstract ValueMetaInterface searchValueMeta(String text);

  public abstract int indexOfValue(String text);

  public abstract void addRowMeta(RowMetaInterface rowMeta);

  @Deprecated public abstract void mergeRowMeta(RowMetaInterface rowMeta);

  public abstract void mergeRowMeta(RowMetaInterface rowMeta, String text);

  public abstract String[] getFieldNames();

  public abstract void writeMeta(DataOutputStream dataOutputStream) throws KettleFileException;

  public abstract void writeData(DataOutputStream dataOutputStream, Object[] row) throws KettleFileException;

  public abstract Object[] readData(DataInputStream dataInputStream) throws KettleFileException, SocketTimeoutException;

  public abstract void clear();

  public abstract void removeValueMeta(String text) throws KettleValueException;

  public abstract void removeValueMeta(int number);

  public abstract String getString(Object[] row) throws KettleValueException;

  public abstract String[] getFieldNamesAndTypes(int number);

  public abstract int compare(Object[] row, Object[] row2, int[] ints) throws KettleValueException;

  public abstract boolean equals(Object[] row, Object[] row2, int[] ints) throws KettleValueException;

  public abstract int compare(Object[] row, Object[] row2, int[] ints, int[] ints2) throws KettleValueException;

  public abstract int compare(Object[] row, RowMetaInterface rowMeta, Object[] row2, int[] ints, int[] ints2) throws KettleValueException;

  public abstract int compare(Object[] row, Object[] row2) throws KettleValueException;

  @Deprecated public abstract int oldXORHashCode(Object[] row) throws KettleValueException;

  public abstract int hashCode(Object[] row) throws KettleValueException;

  public abstract int convertedValuesHashCode(Object[] row) throws KettleValueException;

  public abstract String toStringMeta();

  public abstract String getMetaXML() throws IOException;

  public abstract String getDataXML(Object[] row) throws IOException;

  public abstract Object[] getRow(Node node) throws KettleException;
}
