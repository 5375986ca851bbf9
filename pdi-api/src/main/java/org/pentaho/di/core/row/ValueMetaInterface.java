package org.pentaho.di.core.row;

import io.pdimesos.pdiapi.OutsideMirror;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.SocketTimeoutException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import org.pentaho.di.compatibility.Value;
import org.pentaho.di.core.database.DatabaseInterface;
import org.pentaho.di.core.database.DatabaseMeta;
import org.pentaho.di.core.exception.KettleDatabaseException;
import org.pentaho.di.core.exception.KettleEOFException;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.exception.KettleFileException;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.gui.PrimitiveGCInterface;
import org.w3c.dom.Node;

public interface ValueMetaInterface extends Cloneable {
  public static final int TYPE_NONE = 0;

  public static final int TYPE_NUMBER = 1;

  public static final int TYPE_STRING = 2;

  public static final int TYPE_DATE = 3;

  public static final int TYPE_BOOLEAN = 4;

  public static final int TYPE_INTEGER = 5;

  public static final int TYPE_BIGNUMBER = 6;

  public static final int TYPE_SERIALIZABLE = 7;

  public static final int TYPE_BINARY = 8;

  public static final int TYPE_TIMESTAMP = 9;

  public static final int TYPE_INET = 10;

  public static final String[] typeCodes = OutsideMirror.runtime((String[]) null);

  public static final int STORAGE_TYPE_NORMAL = 0;

  public static final int STORAGE_TYPE_BINARY_STRING = 1;

  public static final int STORAGE_TYPE_INDEXED = 2;

  public static final String[] storageTypeCodes = OutsideMirror.runtime((String[]) null);

  public static final int SORT_TYPE_NOT_SORTED = 0;

  public static final int SORT_TYPE_ASCENDING = 1;

  public static final int SORT_TYPE_DESCENDING = 2;

  public static final String[] sortTypeCodes = OutsideMirror.runtime((String[]) null);

  public static final int TRIM_TYPE_NONE = 0;

  public static final int TRIM_TYPE_LEFT = 1;

  public static final int TRIM_TYPE_RIGHT = 2;

  public static final int TRIM_TYPE_BOTH = 3;

  public static final int DEFAULT_INTEGER_LENGTH = 10;

  public static String getTypeDescription(int a0) {
    throw OutsideMirror.unsupported("ValueMetaInterface.getTypeDescription");
  }

  public static int getTypeCode(String a0) {
    throw OutsideMirror.unsupported("ValueMetaInterface.getTypeCode");
  }

  public abstract String getName();

  public abstract void setName(String a0);

  public abstract int getLength();

  public abstract void setLength(int a0);

  public abstract int getPrecision();

  public abstract void setPrecision(int a0);

  public abstract void setLength(int a0, int a1);

  public abstract String getOrigin();

  public abstract void setOrigin(String a0);

  public abstract String getComments();

  public abstract void setComments(String a0);

  public abstract int getType();

  @Deprecated public abstract void setType(int a0);

  public abstract int getStorageType();

  public abstract void setStorageType(int a0);

  public abstract int getTrimType();

  public abstract void setTrimType(int a0);

  public abstract Object[] getIndex();

  public abstract void setIndex(Object[] a0);

  public abstract boolean isStorageNormal();

  public abstract boolean isStorageIndexed();

  public abstract boolean isStorageBinaryString();

  public abstract String getConversionMask();

  public abstract void setConversionMask(String a0);

  public abstract String getFormatMask();

  public abstract String getDecimalSymbol();

  public abstract void setDecimalSymbol(String a0);

  public abstract String getGroupingSymbol();

  public abstract void setGroupingSymbol(String a0);

  public abstract String getCurrencySymbol();

  public abstract void setCurrencySymbol(String a0);

  public abstract SimpleDateFormat getDateFormat();

  public abstract DecimalFormat getDecimalFormat();

  public abstract DecimalFormat getDecimalFormat(boolean a0);

  public abstract String getStringEncoding();

  public abstract void setStringEncoding(String a0);

  public abstract boolean isSingleByteEncoding();

  public abstract boolean isNull(Object a0) throws KettleValueException;

  public abstract boolean isCaseInsensitive();

  public abstract void setCaseInsensitive(boolean a0);

  public abstract boolean isCollatorDisabled();

  public abstract void setCollatorDisabled(boolean a0);

  public abstract Locale getCollatorLocale();

  public abstract void setCollatorLocale(Locale a0);

  public abstract int getCollatorStrength();

  public abstract void setCollatorStrength(int a0) throws IllegalArgumentException;

  public abstract boolean isSortedDescending();

  public abstract void setSortedDescending(boolean a0);

  public abstract boolean isOutputPaddingEnabled();

  public abstract void setOutputPaddingEnabled(boolean a0);

  public abstract boolean isLargeTextField();

  public abstract void setLargeTextField(boolean a0);

  public abstract boolean isDateFormatLenient();

  public abstract void setDateFormatLenient(boolean a0);

  public abstract Locale getDateFormatLocale();

  public abstract void setDateFormatLocale(Locale a0);

  public abstract TimeZone getDateFormatTimeZone();

  public abstract void setDateFormatTimeZone(TimeZone a0);

  public abstract int getOriginalColumnType();

  public abstract void setOriginalColumnType(int a0);

  public abstract String getOriginalColumnTypeName();

  public abstract void setOriginalColumnTypeName(String a0);

  public abstract int getOriginalPrecision();

  public abstract void setOriginalPrecision(int a0);

  public abstract int getOriginalScale();

  public abstract int getOriginalNullable();

  public abstract boolean getOriginalSigned();

  public abstract void setOriginalScale(int a0);

  public abstract boolean isOriginalAutoIncrement();

  public abstract void setOriginalAutoIncrement(boolean a0);

  public abstract int isOriginalNullable();

  public abstract void setOriginalNullable(int a0);

  public abstract boolean isOriginalSigned();

  public abstract void setOriginalSigned(boolean a0);

  public abstract Object cloneValueData(Object a0) throws KettleValueException;

  public abstract String getCompatibleString(Object a0) throws KettleValueException;

  public abstract String getString(Object a0) throws KettleValueException;

  public abstract byte[] getBinaryString(Object a0) throws KettleValueException;

  public abstract Double getNumber(Object a0) throws KettleValueException;

  public abstract BigDecimal getBigNumber(Object a0) throws KettleValueException;

  public abstract Long getInteger(Object a0) throws KettleValueException;

  public abstract Date getDate(Object a0) throws KettleValueException;

  public abstract Boolean getBoolean(Object a0) throws KettleValueException;

  public abstract byte[] getBinary(Object a0) throws KettleValueException;

  public abstract ValueMetaInterface clone();

  public abstract boolean isString();

  public abstract boolean isDate();

  public abstract boolean isBigNumber();

  public abstract boolean isNumber();

  public abstract boolean isBoolean();

  public abstract boolean isSerializableType();

  public abstract boolean isBinary();

  public abstract boolean isInteger();

  public abstract boolean isNumeric();

  public abstract String getTypeDesc();

  public abstract String toStringMeta();

  public abstract void writeMeta(DataOutputStream a0) throws KettleFileException;

  public abstract void writeData(DataOutputStream a0, Object a1) throws KettleFileException;

  public abstract Object readData(DataInputStream a0) throws KettleFileException, KettleEOFException, SocketTimeoutException;

  public abstract void readMetaData(DataInputStream a0) throws KettleFileException, KettleEOFException;

  public abstract int compare(Object a0, Object a1) throws KettleValueException;

  public abstract int compare(Object a0, ValueMetaInterface a1, Object a2) throws KettleValueException;

  public abstract Object convertData(ValueMetaInterface a0, Object a1) throws KettleValueException;

  public abstract Object convertDataCompatible(ValueMetaInterface a0, Object a1) throws KettleValueException;

  public abstract Object convertDataUsingConversionMetaData(Object a0) throws KettleValueException;

  public abstract Object convertDataFromString(String a0, ValueMetaInterface a1, String a2, String a3, int a4) throws KettleValueException;

  public abstract Object convertToNormalStorageType(Object a0) throws KettleValueException;

  public abstract Object convertBinaryStringToNativeType(byte[] a0) throws KettleValueException;

  public abstract Object convertNormalStorageTypeToBinaryString(Object a0) throws KettleValueException;

  public abstract Object convertToBinaryStringStorageType(Object a0) throws KettleValueException;

  public abstract int hashCode(Object a0) throws KettleValueException;

  public abstract Value createOriginalValue(Object a0) throws KettleValueException;

  public abstract Object getValueData(Value a0) throws KettleValueException;

  public abstract ValueMetaInterface getStorageMetadata();

  public abstract void setStorageMetadata(ValueMetaInterface a0);

  public abstract ValueMetaInterface getConversionMetadata();

  public abstract void setConversionMetadata(ValueMetaInterface a0);

  public abstract String getMetaXML() throws IOException;

  public abstract String getDataXML(Object a0) throws IOException;

  public abstract Object getValue(Node a0) throws KettleException;

  public abstract long getNumberOfBinaryStringConversions();

  public abstract void setNumberOfBinaryStringConversions(long a0);

  public abstract boolean requiresRealClone();

  public abstract boolean isLenientStringToNumber();

  public abstract void setLenientStringToNumber(boolean a0);

  public abstract void drawValue(PrimitiveGCInterface a0, Object a1) throws KettleValueException;

  public abstract ValueMetaInterface getValueFromSQLType(DatabaseMeta a0, String a1, ResultSetMetaData a2, int a3, boolean a4, boolean a5) throws KettleDatabaseException;

  public abstract ValueMetaInterface getMetadataPreview(DatabaseMeta a0, ResultSet a1) throws KettleDatabaseException;

  public abstract Object getValueFromResultSet(DatabaseInterface a0, ResultSet a1, int a2) throws KettleDatabaseException;

  public abstract void setPreparedStatementValue(DatabaseMeta a0, PreparedStatement a1, int a2, Object a3) throws KettleDatabaseException;

  public abstract Object getNativeDataType(Object a0) throws KettleValueException;

  public abstract Class<?> getNativeDataTypeClass() throws KettleValueException;

  public abstract String getDatabaseColumnTypeDefinition(DatabaseInterface a0, String a1, String a2, boolean a3, boolean a4, boolean a5);

  public abstract boolean isIgnoreWhitespace();

  public abstract void setIgnoreWhitespace(boolean a0);
}
