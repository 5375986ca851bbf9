package org.pentaho.di.core.row.value;

import io.pdimesos.pdiapi.OutsideMirror;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.math.BigDecimal;
import java.net.SocketTimeoutException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.text.SimpleDateFormat;
import java.util.Date;
import org.pentaho.di.core.database.DatabaseInterface;
import org.pentaho.di.core.database.DatabaseMeta;
import org.pentaho.di.core.exception.KettleDatabaseException;
import org.pentaho.di.core.exception.KettleEOFException;
import org.pentaho.di.core.exception.KettleFileException;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.row.ValueMetaInterface;

public class ValueMetaTimestamp extends ValueMetaDate {
  public ValueMetaTimestamp() {
    this(null);
  }

  public ValueMetaTimestamp(String a0) {
    super(a0, ValueMetaInterface.TYPE_TIMESTAMP);
  }

  public boolean isDate() {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.isDate");
  }

  public Date getDate(Object a0) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getDate");
  }

  public Long getInteger(Object a0) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getInteger");
  }

  public Double getNumber(Object a0) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getNumber");
  }

  public BigDecimal getBigNumber(Object a0) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getBigNumber");
  }

  public Boolean getBoolean(Object a0) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getBoolean");
  }

  public String getString(Object a0) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getString");
  }

  public Timestamp getTimestamp(Object a0) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getTimestamp");
  }

  public int compare(Object a0, Object a1) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.compare");
  }

  protected Timestamp convertBigNumberToTimestamp(BigDecimal a0) {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.convertBigNumberToTimestamp");
  }

  protected Timestamp convertNumberToTimestamp(Double a0) {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.convertNumberToTimestamp");
  }

  protected Timestamp convertIntegerToTimestamp(Long a0) {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.convertIntegerToTimestamp");
  }

  protected synchronized Timestamp convertStringToTimestamp(String a0) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.convertStringToTimestamp");
  }

  protected synchronized String convertTimestampToString(Timestamp a0) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.convertTimestampToString");
  }

  public Object convertDataFromString(String a0, ValueMetaInterface a1, String a2, String a3, int a4) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.convertDataFromString");
  }

  public Timestamp convertDateToTimestamp(Date a0) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.convertDateToTimestamp");
  }

  public Object convertData(ValueMetaInterface a0, Object a1) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.convertData");
  }

  public Object cloneValueData(Object a0) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.cloneValueData");
  }

  public ValueMetaInterface getMetadataPreview(DatabaseMeta a0, ResultSet a1) throws KettleDatabaseException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getMetadataPreview");
  }

  public ValueMetaInterface getValueFromSQLType(DatabaseMeta a0, String a1, ResultSetMetaData a2, int a3, boolean a4, boolean a5) throws KettleDatabaseException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getValueFromSQLType");
  }

  public Object getValueFromResultSet(DatabaseInterface a0, ResultSet a1, int a2) throws KettleDatabaseException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getValueFromResultSet");
  }

  public void setPreparedStatementValue(DatabaseMeta a0, PreparedStatement a1, int a2, Object a3) throws KettleDatabaseException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.setPreparedStatementValue");
  }

  public Object convertDataUsingConversionMetaData(Object a0) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.convertDataUsingConversionMetaData");
  }

  public byte[] getBinaryString(Object a0) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getBinaryString");
  }

  public void writeData(DataOutputStream a0, Object a1) throws KettleFileException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.writeData");
  }

  public Object readData(DataInputStream a0) throws KettleFileException, KettleEOFException, SocketTimeoutException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.readData");
  }

  public synchronized SimpleDateFormat getDateFormat() {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getDateFormat");
  }

  public String getFormatMask() {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getFormatMask");
  }

  public Class<?> getNativeDataTypeClass() throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getNativeDataTypeClass");
  }
}
