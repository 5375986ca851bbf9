package org.pentaho.di.core.row;

import io.pdimesos.pdiapi.ValueMetaConversions;

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

  public static final String[] typeCodes = OutsideMirror.runtime(ValueMetaConversions.TYPE_CODES.clone());

  public static final int STORAGE_TYPE_NORMAL = 0;

  public static final int STORAGE_TYPE_BINARY_STRING = 1;

  public static final int STORAGE_TYPE_INDEXED = 2;

  public static final String[] storageTypeCodes = OutsideMirror.runtime(new String[] {"normal", "binary-string", "indexed"});

  public static final int SORT_TYPE_NOT_SORTED = 0;

  public static final int SORT_TYPE_ASCENDING = 1;

  public static final int SORT_TYPE_DESCENDING = 2;

  public static final String[] sortTypeCodes = OutsideMirror.runtime((String[]) null);

  public static final int TRIM_TYPE_NONE = 0;

  public static final int TRIM_TYPE_LEFT = 1;

  public static final int TRIM_TYPE_RIGHT = 2;

  public static final int TRIM_TYPE_BOTH = 3;

  public static final int DEFAULT_INTEGER_LENGTH = 10;

  public static String getTypeDescription(int number) {
    throw OutsideMirror.unsupported("ValueMetaInterface.getTypeDescription");
  }

  public static int getTypeCode(String text) {
    throw OutsideMirror.unsupported("ValueMetaInterface.getTypeCode");
  }

  public abstract String getName();

  public abstract void setName(String text);

  public abstract int getLength();

  public abstract void setLength(int number);

  public abstract int getPrecision();

  public abstract void setPrecision(int number);

  public abstract void setLength(int number, int number2);

  public abstract String getOrigin();

  public abstract void setOrigin(String text);

  public abstract String getComments();

  public abstract void setComments(String text);

  public abstract int getType();

  @Deprecated public abstract void setType(int number);

  public abstract int getStorageType();

  public abstract void setStorageType(int number);

  public abstract int getTrimType();

  public abstract void setTrimType(int number);

  public abstract Object[] getIndex();

  public abstract void setIndex(Object[] row);

  public abstract boolean isStorageNormal();

  public abstract boolean isStorageIndexed();

  public abstract boolean isStorageBinaryString();

  public abstract String getConversionMask();

  public abstract void setConversionMask(String text);

  public abstract String getFormatMask();

  public abstract String getDecimalSymbol();

  public abstract void setDecimalSymbol(String text);

  public abstract String getGroupingSymbol();

  public abstract void setGroupingSymbol(String text);

  public abstract String getCurrencySymbol();

  public abstract void setCurrencySymbol(String text);

  public abstract SimpleDateFormat getDateFormat();

  public abstract DecimalFormat getDecimalFormat();

  public abstract DecimalFormat getDecimalFormat(boolean flag);

  public abstract String getStringEncoding();

  public abstract void setStringEncoding(String text);

  public abstract boolean isSingleByteEncoding();

  public abstract boolean isNull(Object value) throws KettleValueException;

  public abstract boolean isCaseInsensitive();

  public abstract void setCaseInsensitive(boolean flag);

  public abstract boolean isCollatorDisabled();

  public abstract void setCollatorDisabled(boolean flag);

  public abstract Locale getCollatorLocale();

  public abstract void setCollatorLocale(Locale locale);

  public abstract int getCollatorStrength();

  public abstract void setCollatorStrength(int number) throws IllegalArgumentException;

  public abstract boolean isSortedDescending();

  public abstract void setSortedDescending(boolean flag);

  public abstract boolean isOutputPaddingEnabled();

  public abstract void setOutputPaddingEnabled(boolean flag);

  public abstract boolean isLargeTextField();

  public abstract void setLargeTextField(boolean flag);

  public abstract boolean isDateFormatLenient();

  public abstract void setDateFormatLenient(boolean flag);

  public abstract Locale getDateFormatLocale();

  public abstract void setDateFormatLocale(Locale locale);

  public abstract TimeZone getDateFormatTimeZone();

  public abstract void setDateFormatTimeZone(TimeZone timeZone);

  public abstract int getOriginalColumnType();

  public abstract void setOriginalColumnType(int number);

  public abstract String getOriginalColumnTypeName();

  public abstract void setOriginalColumnTypeName(String text);

  public abstract int getOriginalPrecision();

  public abstract void setOriginalPrecision(int number);

  public abstract int getOriginalScale();

  public abstract int getOriginalNullable();

  public abstract boolean getOriginalSigned();

  public abstract void setOriginalScale(int number);

  public abstract boolean isOriginalAutoIncrement();

  public abstract void setOriginalAutoIncrement(boolean flag);

  public abstract int isOriginalNullable();

  public abstract void setOriginalNullable(int number);

  public abstract boolean isOriginalSigned();

  public abstract void setOriginalSigned(boolean flag);

  public abstract Object cloneValueData(Object value) throws KettleValueException;

  public abstract String getCompatibleString(Object value) throws KettleValueException;

  public abstract String getString(Object value) throws KettleValueException;

  public abstract byte[] getBinaryString(Object value) throws KettleValueException;

  public abstract Double getNumber(Object value) throws KettleValueException;

  public abstract BigDecimal getBigNumber(Object value) throws KettleValueException;

  public abstract Long getInteger(Object value) throws KettleValueException;

  public abstract Date getDate(Object value) throws KettleValueException;

  public abstract Boolean getBoolean(Object value) throws KettleValueException;

  public abstract byte[] getBinary(Object value) throws KettleValueException;

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

  public abstract void writeMeta(DataOutputStream dataOutputStream) throws KettleFileException;

  public abstract void writeData(DataOutputStream dataOutputStream, Object value) throws KettleFileException;

  public abstract Object readData(DataInputStream dataInputStream) throws KettleFileException, KettleEOFException, SocketTimeoutException;

  public abstract void readMetaData(DataInputStream dataInputStream) throws KettleFileException, KettleEOFException;

  public abstract int compare(Object value, Object value2) throws KettleValueException;

  public abstract int compare(Object value, ValueMetaInterface valueMeta, Object value2) throws KettleValueException;

  public abstract Object convertData(ValueMetaInterface valueMeta, Object value) throws KettleValueException;

  public abstract Object convertDataCompatible(ValueMetaInterface valueMeta, Object value) throws KettleValueException;

  public abstract Object convertDataUsingConversionMetaData(Object value) throws KettleValueException;

  public abstract Object convertDataFromString(String text, ValueMetaInterface valueMeta, String text2, String text3, int number) throws KettleValueException;

  public abstract Object convertToNormalStorageType(Object value) throws KettleValueException;

  public abstract Object convertBinaryStringToNativeType(byte[] bytes) throws KettleValueException;

  public abstract Object convertNormalStorageTypeToBinaryString(Object value) throws KettleValueException;

  public abstract Object convertToBinaryStringStorageType(Object value) throws KettleValueException;

  public abstract int hashCode(Object value) throws KettleValueException;

  public abstract Value createOriginalValue(Object value) throws KettleValueException;

  public abstract Object getValueData(Value value) throws KettleValueException;

  public abstract ValueMetaInterface getStorageMetadata();

  public abstract void setStorageMetadata(ValueMetaInterface valueMeta);

  public abstract ValueMetaInterface getConversionMetadata();

  public abstract void setConversionMetadata(ValueMetaInterface valueMeta);

  public abstract String getMetaXML() throws IOException;

  public abstract String getDataXML(Object value) throws IOException;

  public abstract Object getValue(Node node) throws KettleException;

  public abstract long getNumberOfBinaryStringConversions();

  public abstract void setNumberOfBinaryStringConversions(long number);

  public abstract boolean requiresRealClone();

  public abstract boolean isLenientStringToNumber();

  public abstract void setLenientStringToNumber(boolean flag);

  public abstract void drawValue(PrimitiveGCInterface primitiveGC, Object value) throws KettleValueException;

  public abstract ValueMetaInterface getValueFromSQLType(DatabaseMeta databaseMeta, String text, ResultSetMetaData resultSetMetaData, int number, boolean flag, boolean flag2) throws KettleDatabaseException;

  public abstract ValueMetaInterface getMetadataPreview(DatabaseMeta databaseMeta, ResultSet resultSet) throws KettleDatabaseException;

  public abstract Object getValueFromResultSet(DatabaseInterface database, ResultSet resultSet, int number) throws KettleDatabaseException;

  public abstract void setPreparedStatementValue(DatabaseMeta databaseMeta, PreparedStatement preparedStatement, int number, Object value) throws KettleDatabaseException;

  public abstract Object getNativeDataType(Object value) throws KettleValueException;

  public abstract Class<?> getNativeDataTypeClass() throws KettleValueException;

  public abstract String getDatabaseColumnTypeDefinition(DatabaseInterface database, String text, String text2, boolean flag, boolean flag2, boolean flag3);

  public abstract boolean isIgnoreWhitespace();

  public abstract void setIgnoreWhitespace(boolean flag);
}
