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

  public ValueMetaTimestamp(String text) {
    super(text, ValueMetaInterface.TYPE_TIMESTAMP);
  }

  public boolean isDate() {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.isDate");
  }

  public Date getDate(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getDate");
  }

  public Long getInteger(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getInteger");
  }

  public Double getNumber(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getNumber");
  }

  public BigDecimal getBigNumber(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getBigNumber");
  }

  public Boolean getBoolean(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getBoolean");
  }

  public String getString(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getString");
  }

  public Timestamp getTimestamp(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getTimestamp");
  }

  public int compare(Object value, Object value2) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.compare");
  }

  protected Timestamp convertBigNumberToTimestamp(BigDecimal bigDecimal) {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.convertBigNumberToTimestamp");
  }

  protected Timestamp convertNumberToTimestamp(Double double2) {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.convertNumberToTimestamp");
  }

  protected Timestamp convertIntegerToTimestamp(Long long2) {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.convertIntegerToTimestamp");
  }

  protected synchronized Timestamp convertStringToTimestamp(String text) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.convertStringToTimestamp");
  }

  protected synchronized String convertTimestampToString(Timestamp timestamp) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.convertTimestampToString");
  }

  public Object convertDataFromString(String text, ValueMetaInterface valueMeta, String text2, String text3, int number) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.convertDataFromString");
  }

  public Timestamp convertDateToTimestamp(Date date) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.convertDateToTimestamp");
  }

  public Object convertData(ValueMetaInterface valueMeta, Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.convertData");
  }

  public Object cloneValueData(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.cloneValueData");
  }

  public ValueMetaInterface getMetadataPreview(DatabaseMeta databaseMeta, ResultSet resultSet) throws KettleDatabaseException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getMetadataPreview");
  }

  public ValueMetaInterface getValueFromSQLType(DatabaseMeta databaseMeta, String text, ResultSetMetaData resultSetMetaData, int number, boolean flag, boolean flag2) throws KettleDatabaseException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getValueFromSQLType");
  }

  public Object getValueFromResultSet(DatabaseInterface database, ResultSet resultSet, int number) throws KettleDatabaseException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getValueFromResultSet");
  }

  public void setPreparedStatementValue(DatabaseMeta databaseMeta, PreparedStatement preparedStatement, int number, Object value) throws KettleDatabaseException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.setPreparedStatementValue");
  }

  public Object convertDataUsingConversionMetaData(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.convertDataUsingConversionMetaData");
  }

  public byte[] getBinaryString(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.getBinaryString");
  }

  public void writeData(DataOutputStream dataOutputStream, Object value) throws KettleFileException {
    throw OutsideMirror.unsupported("ValueMetaTimestamp.writeData");
  }

  public Object readData(DataInputStream dataInputStream) throws KettleFileException, KettleEOFException, SocketTimeoutException {
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
