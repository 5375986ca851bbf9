package org.pentaho.di.core.row.value;

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
import java.sql.SQLException;
import java.text.Collator;
import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import java.util.Comparator;
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
import org.pentaho.di.core.row.ValueMetaInterface;
import org.w3c.dom.Node;

public class ValueMetaBase implements ValueMetaInterface {
  public static final String DEFAULT_INTEGER_PARSE_MASK = OutsideMirror.runtime((String) null);

  public static final String DEFAULT_NUMBER_PARSE_MASK = OutsideMirror.runtime((String) null);

  public static final String DEFAULT_BIGNUMBER_PARSE_MASK = OutsideMirror.runtime((String) null);

  public static final String DEFAULT_DATE_PARSE_MASK = OutsideMirror.runtime((String) null);

  public static final String DEFAULT_TIMESTAMP_PARSE_MASK = OutsideMirror.runtime((String) null);

  public static final String DEFAULT_INTEGER_FORMAT_MASK = OutsideMirror.runtime((String) null);

  public static final String DEFAULT_NUMBER_FORMAT_MASK = OutsideMirror.runtime((String) null);

  public static final String DEFAULT_BIG_NUMBER_FORMAT_MASK = OutsideMirror.runtime((String) null);

  public static final String DEFAULT_DATE_FORMAT_MASK = OutsideMirror.runtime("yyyy/MM/dd HH:mm:ss.SSS");

  public static final String DEFAULT_TIMESTAMP_FORMAT_MASK = OutsideMirror.runtime((String) null);

  protected static Class<?> PKG;

  public static final String XML_META_TAG = "value-meta";

  public static final String XML_DATA_TAG = "value-data";

  public static final String COMPATIBLE_DATE_FORMAT_PATTERN = "yyyy/MM/dd HH:mm:ss.SSS";

  protected String name;

  protected int length;

  protected int precision;

  protected int type;

  protected int trimType;

  protected int storageType;

  protected String origin;

  protected String comments;

  protected Object[] index;

  protected String conversionMask;

  protected String stringEncoding;

  protected String decimalSymbol;

  protected String groupingSymbol;

  protected String currencySymbol;

  protected int collatorStrength;

  protected boolean caseInsensitive;

  protected boolean collatorDisabled;

  protected boolean sortedDescending;

  protected boolean outputPaddingEnabled;

  protected boolean largeTextField;

  protected Locale collatorLocale;

  protected Collator collator;

  protected Locale dateFormatLocale;

  protected TimeZone dateFormatTimeZone;

  protected boolean dateFormatLenient;

  protected boolean lenientStringToNumber;

  protected boolean ignoreTimezone;

  protected boolean emptyStringAndNullAreDifferent;

  protected SimpleDateFormat dateFormat;

  protected boolean dateFormatChanged;

  protected DecimalFormat decimalFormat;

  protected boolean decimalFormatChanged;

  protected ValueMetaInterface storageMetadata;

  protected boolean identicalFormat;

  protected ValueMetaInterface conversionMetadata;

  protected long numberOfBinaryStringConversions;

  protected boolean bigNumberFormatting;

  protected int originalColumnType;

  protected String originalColumnTypeName;

  protected int originalPrecision;

  protected int originalScale;

  protected boolean originalAutoIncrement;

  protected int originalNullable;

  protected boolean originalSigned;

  protected boolean ignoreWhitespace;

  protected final Comparator<Object> comparator;

  public static final String[] trimTypeCode = OutsideMirror.runtime((String[]) null);

  public static final String[] trimTypeDesc = OutsideMirror.runtime((String[]) null);

  public ValueMetaBase() {
    this(null, ValueMetaInterface.TYPE_NONE);
  }

  public ValueMetaBase(String text) {
    this(text, ValueMetaInterface.TYPE_NONE);
  }

  public ValueMetaBase(String text, int number) {
    this(text, number, -1, -1);
  }

  public ValueMetaBase(String text, int number, Comparator<Object> comparator) {
    this(text, number, -1, -1, comparator);
  }

  public ValueMetaBase(String text, int number, int number2, int number3) {
    this(text, number, number2, number3, null);
  }

  public ValueMetaBase(String text, int number, int number2, int number3, Comparator<Object> comparator2) {
    comparator = comparator2;
    name = text;
    type = number;
    length = number2;
    precision = number3;
    storageType = ValueMetaInterface.STORAGE_TYPE_NORMAL;
    trimType = ValueMetaInterface.TRIM_TYPE_NONE;
  }

  public ValueMetaBase(Node node) throws KettleException {
    throw OutsideMirror.unsupported("ValueMetaBase constructor");
  }

  @Deprecated public ValueMetaBase(DataInputStream dataInputStream) throws KettleFileException, KettleEOFException {
    throw OutsideMirror.unsupported("ValueMetaBase constructor");
  }

  @Deprecated public ValueMetaBase(String text, int number, int number2) {
    throw OutsideMirror.unsupported("ValueMetaBase constructor");
  }

  public static final String[] SINGLE_BYTE_ENCODINGS = OutsideMirror.runtime((String[]) null);

  protected void setDefaultConversionMask() {
    throw OutsideMirror.unsupported("ValueMetaBase.setDefaultConversionMask");
  }

  protected void determineSingleByteEncoding() {
    throw OutsideMirror.unsupported("ValueMetaBase.determineSingleByteEncoding");
  }

  public ValueMetaBase clone() {
    try {
      return (ValueMetaBase) super.clone();
    } catch (CloneNotSupportedException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  public String getComments() {
    return comments;
  }

  public void setComments(String text) {
    comments = text;
  }

  public Object[] getIndex() {
    throw OutsideMirror.unsupported("ValueMetaBase.getIndex");
  }

  public void setIndex(Object[] row) {
    throw OutsideMirror.unsupported("ValueMetaBase.setIndex");
  }

  public int getLength() {
    return length;
  }

  public void setLength(int number) {
    length = number;
  }

  public void setLength(int number, int number2) {
    length = number;
    precision = number2;
  }

  public String getName() {
    return name;
  }

  public void setName(String text) {
    name = text;
  }

  public String getOrigin() {
    return origin;
  }

  public void setOrigin(String text) {
    origin = text;
  }

  public int getPrecision() {
    return precision;
  }

  public void setPrecision(int number) {
    precision = number;
  }

  public int getStorageType() {
    return storageType;
  }

  public void setStorageType(int number) {
    throw OutsideMirror.unsupported("ValueMetaBase.setStorageType");
  }

  public boolean isStorageNormal() {
    return storageType == ValueMetaInterface.STORAGE_TYPE_NORMAL;
  }

  public boolean isStorageIndexed() {
    throw OutsideMirror.unsupported("ValueMetaBase.isStorageIndexed");
  }

  public boolean isStorageBinaryString() {
    throw OutsideMirror.unsupported("ValueMetaBase.isStorageBinaryString");
  }

  public int getType() {
    return type;
  }

  @Deprecated public void setType(int number) {
    throw OutsideMirror.unsupported("ValueMetaBase.setType");
  }

  public String getConversionMask() {
    return conversionMask;
  }

  public void setConversionMask(String text) {
    conversionMask = text;
  }

  public String getStringEncoding() {
    throw OutsideMirror.unsupported("ValueMetaBase.getStringEncoding");
  }

  public void setStringEncoding(String text) {
    throw OutsideMirror.unsupported("ValueMetaBase.setStringEncoding");
  }

  public String getDecimalSymbol() {
    throw OutsideMirror.unsupported("ValueMetaBase.getDecimalSymbol");
  }

  public void setDecimalSymbol(String text) {
    throw OutsideMirror.unsupported("ValueMetaBase.setDecimalSymbol");
  }

  public String getGroupingSymbol() {
    throw OutsideMirror.unsupported("ValueMetaBase.getGroupingSymbol");
  }

  public void setGroupingSymbol(String text) {
    throw OutsideMirror.unsupported("ValueMetaBase.setGroupingSymbol");
  }

  public String getCurrencySymbol() {
    throw OutsideMirror.unsupported("ValueMetaBase.getCurrencySymbol");
  }

  public void setCurrencySymbol(String text) {
    throw OutsideMirror.unsupported("ValueMetaBase.setCurrencySymbol");
  }

  public boolean isCaseInsensitive() {
    throw OutsideMirror.unsupported("ValueMetaBase.isCaseInsensitive");
  }

  public void setCaseInsensitive(boolean flag) {
    throw OutsideMirror.unsupported("ValueMetaBase.setCaseInsensitive");
  }

  public boolean isCollatorDisabled() {
    throw OutsideMirror.unsupported("ValueMetaBase.isCollatorDisabled");
  }

  public void setCollatorDisabled(boolean flag) {
    throw OutsideMirror.unsupported("ValueMetaBase.setCollatorDisabled");
  }

  public Locale getCollatorLocale() {
    throw OutsideMirror.unsupported("ValueMetaBase.getCollatorLocale");
  }

  public void setCollatorLocale(Locale locale) {
    throw OutsideMirror.unsupported("ValueMetaBase.setCollatorLocale");
  }

  public int getCollatorStrength() {
    throw OutsideMirror.unsupported("ValueMetaBase.getCollatorStrength");
  }

  public void setCollatorStrength(int number) throws IllegalArgumentException {
    throw OutsideMirror.unsupported("ValueMetaBase.setCollatorStrength");
  }

  public boolean isSortedDescending() {
    throw OutsideMirror.unsupported("ValueMetaBase.isSortedDescending");
  }

  public void setSortedDescending(boolean flag) {
    throw OutsideMirror.unsupported("ValueMetaBase.setSortedDescending");
  }

  public boolean isOutputPaddingEnabled() {
    throw OutsideMirror.unsupported("ValueMetaBase.isOutputPaddingEnabled");
  }

  public void setOutputPaddingEnabled(boolean flag) {
    throw OutsideMirror.unsupported("ValueMetaBase.setOutputPaddingEnabled");
  }

  public boolean isLargeTextField() {
    throw OutsideMirror.unsupported("ValueMetaBase.isLargeTextField");
  }

  public void setLargeTextField(boolean flag) {
    throw OutsideMirror.unsupported("ValueMetaBase.setLargeTextField");
  }

  public boolean isDateFormatLenient() {
    throw OutsideMirror.unsupported("ValueMetaBase.isDateFormatLenient");
  }

  public void setDateFormatLenient(boolean flag) {
    throw OutsideMirror.unsupported("ValueMetaBase.setDateFormatLenient");
  }

  public Locale getDateFormatLocale() {
    throw OutsideMirror.unsupported("ValueMetaBase.getDateFormatLocale");
  }

  public void setDateFormatLocale(Locale locale) {
    throw OutsideMirror.unsupported("ValueMetaBase.setDateFormatLocale");
  }

  protected synchronized String convertDateToString(Date date) {
    throw OutsideMirror.unsupported("ValueMetaBase.convertDateToString");
  }

  protected static SimpleDateFormat compatibleDateFormat;

  protected synchronized String convertDateToCompatibleString(Date date) {
    throw OutsideMirror.unsupported("ValueMetaBase.convertDateToCompatibleString");
  }

  protected synchronized Date convertStringToDate(String text) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.convertStringToDate");
  }

  protected Double convertDateToNumber(Date date) {
    throw OutsideMirror.unsupported("ValueMetaBase.convertDateToNumber");
  }

  protected Date convertNumberToDate(Double double2) {
    throw OutsideMirror.unsupported("ValueMetaBase.convertNumberToDate");
  }

  protected Long convertDateToInteger(Date date) {
    throw OutsideMirror.unsupported("ValueMetaBase.convertDateToInteger");
  }

  protected Date convertIntegerToDate(Long long2) {
    throw OutsideMirror.unsupported("ValueMetaBase.convertIntegerToDate");
  }

  protected BigDecimal convertDateToBigNumber(Date date) {
    throw OutsideMirror.unsupported("ValueMetaBase.convertDateToBigNumber");
  }

  protected Date convertBigNumberToDate(BigDecimal bigDecimal) {
    throw OutsideMirror.unsupported("ValueMetaBase.convertBigNumberToDate");
  }

  protected synchronized String convertNumberToString(Double double2) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.convertNumberToString");
  }

  protected synchronized String convertNumberToCompatibleString(Double double2) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.convertNumberToCompatibleString");
  }

  protected synchronized Double convertStringToNumber(String text) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.convertStringToNumber");
  }

  public synchronized SimpleDateFormat getDateFormat() {
    throw OutsideMirror.unsupported("ValueMetaBase.getDateFormat");
  }

  public synchronized DecimalFormat getDecimalFormat() {
    throw OutsideMirror.unsupported("ValueMetaBase.getDecimalFormat");
  }

  public synchronized DecimalFormat getDecimalFormat(boolean flag) {
    throw OutsideMirror.unsupported("ValueMetaBase.getDecimalFormat");
  }

  public String getFormatMask() {
    throw OutsideMirror.unsupported("ValueMetaBase.getFormatMask");
  }

  protected synchronized String convertIntegerToString(Long long2) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.convertIntegerToString");
  }

  protected synchronized String convertIntegerToCompatibleString(Long long2) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.convertIntegerToCompatibleString");
  }

  protected synchronized Long convertStringToInteger(String text) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.convertStringToInteger");
  }

  protected synchronized String convertBigNumberToString(BigDecimal bigDecimal) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.convertBigNumberToString");
  }

  protected synchronized BigDecimal convertStringToBigNumber(String text) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.convertStringToBigNumber");
  }

  protected String convertBooleanToString(Boolean boolean2) {
    throw OutsideMirror.unsupported("ValueMetaBase.convertBooleanToString");
  }

  public static Boolean convertStringToBoolean(String text) {
    return ValueMetaConversions.stringToBoolean(text);
  }

  protected Double convertBooleanToNumber(Boolean boolean2) {
    throw OutsideMirror.unsupported("ValueMetaBase.convertBooleanToNumber");
  }

  protected Boolean convertNumberToBoolean(Double double2) {
    throw OutsideMirror.unsupported("ValueMetaBase.convertNumberToBoolean");
  }

  protected Long convertBooleanToInteger(Boolean boolean2) {
    throw OutsideMirror.unsupported("ValueMetaBase.convertBooleanToInteger");
  }

  protected Boolean convertIntegerToBoolean(Long long2) {
    throw OutsideMirror.unsupported("ValueMetaBase.convertIntegerToBoolean");
  }

  protected BigDecimal convertBooleanToBigNumber(Boolean boolean2) {
    throw OutsideMirror.unsupported("ValueMetaBase.convertBooleanToBigNumber");
  }

  protected Boolean convertBigNumberToBoolean(BigDecimal bigDecimal) {
    throw OutsideMirror.unsupported("ValueMetaBase.convertBigNumberToBoolean");
  }

  protected String convertBinaryStringToString(byte[] bytes) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.convertBinaryStringToString");
  }

  public Object convertToNormalStorageType(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.convertToNormalStorageType");
  }

  public Object convertToBinaryStringStorageType(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.convertToBinaryStringStorageType");
  }

  public Object convertBinaryStringToNativeType(byte[] bytes) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.convertBinaryStringToNativeType");
  }

  public Object convertNormalStorageTypeToBinaryString(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.convertNormalStorageTypeToBinaryString");
  }

  protected byte[] convertStringToBinaryString(String text) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.convertStringToBinaryString");
  }

  public Object cloneValueData(Object value) throws KettleValueException {
    return value instanceof Date ? ((Date) value).clone() : value;
  }

  public String getCompatibleString(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.getCompatibleString");
  }

  public String getString(Object value) throws KettleValueException {
    return ValueMetaConversions.toString(this, value);
  }

  protected String trim(String text) {
    throw OutsideMirror.unsupported("ValueMetaBase.trim");
  }

  public Double getNumber(Object value) throws KettleValueException {
    return ValueMetaConversions.toNumber(this, value);
  }

  public Long getInteger(Object value) throws KettleValueException {
    return ValueMetaConversions.toInteger(this, value);
  }

  public BigDecimal getBigNumber(Object value) throws KettleValueException {
    return ValueMetaConversions.toBigNumber(this, value);
  }

  public Boolean getBoolean(Object value) throws KettleValueException {
    return ValueMetaConversions.toBoolean(this, value);
  }

  public Date getDate(Object value) throws KettleValueException {
    return ValueMetaConversions.toDate(this, value);
  }

  public byte[] getBinary(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.getBinary");
  }

  public byte[] getBinaryString(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.getBinaryString");
  }

  public boolean isString() {
    return type == ValueMetaInterface.TYPE_STRING;
  }

  public boolean isDate() {
    return type == ValueMetaInterface.TYPE_DATE || type == ValueMetaInterface.TYPE_TIMESTAMP;
  }

  public boolean isBigNumber() {
    return type == ValueMetaInterface.TYPE_BIGNUMBER;
  }

  public boolean isNumber() {
    return type == ValueMetaInterface.TYPE_NUMBER;
  }

  public boolean isBoolean() {
    return type == ValueMetaInterface.TYPE_BOOLEAN;
  }

  public boolean isSerializableType() {
    throw OutsideMirror.unsupported("ValueMetaBase.isSerializableType");
  }

  public boolean isBinary() {
    throw OutsideMirror.unsupported("ValueMetaBase.isBinary");
  }

  public boolean isInteger() {
    return type == ValueMetaInterface.TYPE_INTEGER;
  }

  public boolean isNumeric() {
    return isNumeric(type);
  }

  public static final boolean isNumeric(int number) {
    return number == ValueMetaInterface.TYPE_INTEGER || number == ValueMetaInterface.TYPE_NUMBER
        || number == ValueMetaInterface.TYPE_BIGNUMBER;
  }

  public boolean isSortedAscending() {
    throw OutsideMirror.unsupported("ValueMetaBase.isSortedAscending");
  }

  public String getTypeDesc() {
    return getTypeDesc(type);
  }

  public String getStorageTypeDesc() {
    throw OutsideMirror.unsupported("ValueMetaBase.getStorageTypeDesc");
  }

  public String toString() {
    return name + " " + toStringMeta();
  }

  public String toStringMeta() {
    return getTypeDesc() + (length > 0 ? "(" + length + (precision > 0 ? ", " + precision : "") + ")" : "");
  }

  public void writeData(DataOutputStream dataOutputStream, Object value) throws KettleFileException {
    throw OutsideMirror.unsupported("ValueMetaBase.writeData");
  }

  public Object readData(DataInputStream dataInputStream) throws KettleFileException, KettleEOFException, SocketTimeoutException {
    throw OutsideMirror.unsupported("ValueMetaBase.readData");
  }

  protected void writeString(DataOutputStream dataOutputStream, String text) throws IOException {
    throw OutsideMirror.unsupported("ValueMetaBase.writeString");
  }

  protected void writeBinaryString(DataOutputStream dataOutputStream, byte[] bytes) throws IOException {
    throw OutsideMirror.unsupported("ValueMetaBase.writeBinaryString");
  }

  protected String readString(DataInputStream dataInputStream) throws IOException {
    throw OutsideMirror.unsupported("ValueMetaBase.readString");
  }

  protected byte[] readBinaryString(DataInputStream dataInputStream) throws IOException {
    throw OutsideMirror.unsupported("ValueMetaBase.readBinaryString");
  }

  protected void writeBigNumber(DataOutputStream dataOutputStream, BigDecimal bigDecimal) throws IOException {
    throw OutsideMirror.unsupported("ValueMetaBase.writeBigNumber");
  }

  protected BigDecimal readBigNumber(DataInputStream dataInputStream) throws IOException {
    throw OutsideMirror.unsupported("ValueMetaBase.readBigNumber");
  }

  protected void writeDate(DataOutputStream dataOutputStream, Date date) throws IOException {
    throw OutsideMirror.unsupported("ValueMetaBase.writeDate");
  }

  protected Date readDate(DataInputStream dataInputStream) throws IOException {
    throw OutsideMirror.unsupported("ValueMetaBase.readDate");
  }

  protected void writeBoolean(DataOutputStream dataOutputStream, Boolean boolean2) throws IOException {
    throw OutsideMirror.unsupported("ValueMetaBase.writeBoolean");
  }

  protected Boolean readBoolean(DataInputStream dataInputStream) throws IOException {
    throw OutsideMirror.unsupported("ValueMetaBase.readBoolean");
  }

  protected void writeNumber(DataOutputStream dataOutputStream, Double double2) throws IOException {
    throw OutsideMirror.unsupported("ValueMetaBase.writeNumber");
  }

  protected Double readNumber(DataInputStream dataInputStream) throws IOException {
    throw OutsideMirror.unsupported("ValueMetaBase.readNumber");
  }

  protected void writeInteger(DataOutputStream dataOutputStream, Long long2) throws IOException {
    throw OutsideMirror.unsupported("ValueMetaBase.writeInteger");
  }

  protected Long readInteger(DataInputStream dataInputStream) throws IOException {
    throw OutsideMirror.unsupported("ValueMetaBase.readInteger");
  }

  protected void writeInteger(DataOutputStream dataOutputStream, Integer integer) throws IOException {
    throw OutsideMirror.unsupported("ValueMetaBase.writeInteger");
  }

  protected Integer readSmallInteger(DataInputStream dataInputStream) throws IOException {
    throw OutsideMirror.unsupported("ValueMetaBase.readSmallInteger");
  }

  protected void writeBinary(DataOutputStream dataOutputStream, byte[] bytes) throws IOException {
    throw OutsideMirror.unsupported("ValueMetaBase.writeBinary");
  }

  protected byte[] readBinary(DataInputStream dataInputStream) throws IOException {
    throw OutsideMirror.unsupported("ValueMetaBase.readBinary");
  }

  public void writeMeta(DataOutputStream dataOutputStream) throws KettleFileException {
    throw OutsideMirror.unsupported("ValueMetaBase.writeMeta");
  }

  public void readMetaData(DataInputStream dataInputStream) throws KettleFileException, KettleEOFException {
    throw OutsideMirror.unsupported("ValueMetaBase.readMetaData");
  }

  public String getMetaXML() throws IOException {
    throw OutsideMirror.unsupported("ValueMetaBase.getMetaXML");
  }

  public String getDataXML(Object value) throws IOException {
    throw OutsideMirror.unsupported("ValueMetaBase.getDataXML");
  }

  public Object getValue(Node node) throws KettleException {
    throw OutsideMirror.unsupported("ValueMetaBase.getValue");
  }

  public static final String[] getTypes() {
    throw OutsideMirror.unsupported("ValueMetaBase.getTypes");
  }

  public static final String[] getAllTypes() {
    throw OutsideMirror.unsupported("ValueMetaBase.getAllTypes");
  }

  public static final String getTypeDesc(int number) {
    return ValueMetaConversions.TYPE_CODES[number];
  }

  public static final int getType(String text) {
    for (int i = 1; i < ValueMetaConversions.TYPE_CODES.length; i++) {
      if (ValueMetaConversions.TYPE_CODES[i].equalsIgnoreCase(text)) {
        return i;
      }
    }
    return ValueMetaInterface.TYPE_NONE;
  }

  public static final int getStorageType(String text) {
    throw OutsideMirror.unsupported("ValueMetaBase.getStorageType");
  }

  public static final String getStorageTypeCode(int number) {
    throw OutsideMirror.unsupported("ValueMetaBase.getStorageTypeCode");
  }

  public boolean isNull(Object value) throws KettleValueException {
    return value == null;
  }

  public int compare(Object value, Object value2) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.compare");
  }

  public int compare(Object value, ValueMetaInterface valueMeta, Object value2) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.compare");
  }

  public Object convertData(ValueMetaInterface valueMeta, Object value) throws KettleValueException {
    return ValueMetaConversions.convert(this, valueMeta, value);
  }

  public Object convertDataCompatible(ValueMetaInterface valueMeta, Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.convertDataCompatible");
  }

  public Object convertDataUsingConversionMetaData(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.convertDataUsingConversionMetaData");
  }

  public Object convertDataFromString(String text, ValueMetaInterface valueMeta, String text2, String text3, int number) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.convertDataFromString");
  }

  public int hashCode(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.hashCode");
  }

  public Value createOriginalValue(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.createOriginalValue");
  }

  public Object getValueData(Value value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.getValueData");
  }

  public ValueMetaInterface getStorageMetadata() {
    throw OutsideMirror.unsupported("ValueMetaBase.getStorageMetadata");
  }

  public void setStorageMetadata(ValueMetaInterface valueMeta) {
    throw OutsideMirror.unsupported("ValueMetaBase.setStorageMetadata");
  }

  protected void compareStorageAndActualFormat() {
    throw OutsideMirror.unsupported("ValueMetaBase.compareStorageAndActualFormat");
  }

  public int getTrimType() {
    return trimType;
  }

  public void setTrimType(int number) {
    trimType = number;
  }

  public static final int getTrimTypeByCode(String text) {
    throw OutsideMirror.unsupported("ValueMetaBase.getTrimTypeByCode");
  }

  public static final int getTrimTypeByDesc(String text) {
    throw OutsideMirror.unsupported("ValueMetaBase.getTrimTypeByDesc");
  }

  public static final String getTrimTypeCode(int number) {
    throw OutsideMirror.unsupported("ValueMetaBase.getTrimTypeCode");
  }

  public static final String getTrimTypeDesc(int number) {
    throw OutsideMirror.unsupported("ValueMetaBase.getTrimTypeDesc");
  }

  public ValueMetaInterface getConversionMetadata() {
    throw OutsideMirror.unsupported("ValueMetaBase.getConversionMetadata");
  }

  public void setConversionMetadata(ValueMetaInterface valueMeta) {
    throw OutsideMirror.unsupported("ValueMetaBase.setConversionMetadata");
  }

  public boolean isSingleByteEncoding() {
    throw OutsideMirror.unsupported("ValueMetaBase.isSingleByteEncoding");
  }

  public long getNumberOfBinaryStringConversions() {
    throw OutsideMirror.unsupported("ValueMetaBase.getNumberOfBinaryStringConversions");
  }

  public void setNumberOfBinaryStringConversions(long number) {
    throw OutsideMirror.unsupported("ValueMetaBase.setNumberOfBinaryStringConversions");
  }

  public boolean isOriginalAutoIncrement() {
    throw OutsideMirror.unsupported("ValueMetaBase.isOriginalAutoIncrement");
  }

  public void setOriginalAutoIncrement(boolean flag) {
    throw OutsideMirror.unsupported("ValueMetaBase.setOriginalAutoIncrement");
  }

  public int getOriginalColumnType() {
    throw OutsideMirror.unsupported("ValueMetaBase.getOriginalColumnType");
  }

  public void setOriginalColumnType(int number) {
    throw OutsideMirror.unsupported("ValueMetaBase.setOriginalColumnType");
  }

  public String getOriginalColumnTypeName() {
    throw OutsideMirror.unsupported("ValueMetaBase.getOriginalColumnTypeName");
  }

  public void setOriginalColumnTypeName(String text) {
    throw OutsideMirror.unsupported("ValueMetaBase.setOriginalColumnTypeName");
  }

  public int isOriginalNullable() {
    throw OutsideMirror.unsupported("ValueMetaBase.isOriginalNullable");
  }

  public void setOriginalNullable(int number) {
    throw OutsideMirror.unsupported("ValueMetaBase.setOriginalNullable");
  }

  public int getOriginalPrecision() {
    throw OutsideMirror.unsupported("ValueMetaBase.getOriginalPrecision");
  }

  public void setOriginalPrecision(int number) {
    throw OutsideMirror.unsupported("ValueMetaBase.setOriginalPrecision");
  }

  public int getOriginalScale() {
    throw OutsideMirror.unsupported("ValueMetaBase.getOriginalScale");
  }

  public int getOriginalNullable() {
    throw OutsideMirror.unsupported("ValueMetaBase.getOriginalNullable");
  }

  public boolean getOriginalSigned() {
    throw OutsideMirror.unsupported("ValueMetaBase.getOriginalSigned");
  }

  public void setOriginalScale(int number) {
    throw OutsideMirror.unsupported("ValueMetaBase.setOriginalScale");
  }

  public boolean isOriginalSigned() {
    throw OutsideMirror.unsupported("ValueMetaBase.isOriginalSigned");
  }

  public void setOriginalSigned(boolean flag) {
    throw OutsideMirror.unsupported("ValueMetaBase.setOriginalSigned");
  }

  public boolean isBigNumberFormatting() {
    throw OutsideMirror.unsupported("ValueMetaBase.isBigNumberFormatting");
  }

  public void setBigNumberFormatting(boolean flag) {
    throw OutsideMirror.unsupported("ValueMetaBase.setBigNumberFormatting");
  }

  public static String[] getTrimTypeCodes() {
    throw OutsideMirror.unsupported("ValueMetaBase.getTrimTypeCodes");
  }

  public static String[] getTrimTypeDescriptions() {
    throw OutsideMirror.unsupported("ValueMetaBase.getTrimTypeDescriptions");
  }

  public boolean requiresRealClone() {
    throw OutsideMirror.unsupported("ValueMetaBase.requiresRealClone");
  }

  public boolean isLenientStringToNumber() {
    throw OutsideMirror.unsupported("ValueMetaBase.isLenientStringToNumber");
  }

  public void setLenientStringToNumber(boolean flag) {
    throw OutsideMirror.unsupported("ValueMetaBase.setLenientStringToNumber");
  }

  public TimeZone getDateFormatTimeZone() {
    throw OutsideMirror.unsupported("ValueMetaBase.getDateFormatTimeZone");
  }

  public void setDateFormatTimeZone(TimeZone timeZone) {
    throw OutsideMirror.unsupported("ValueMetaBase.setDateFormatTimeZone");
  }

  public boolean isIgnoreWhitespace() {
    throw OutsideMirror.unsupported("ValueMetaBase.isIgnoreWhitespace");
  }

  public void setIgnoreWhitespace(boolean flag) {
    throw OutsideMirror.unsupported("ValueMetaBase.setIgnoreWhitespace");
  }

  public void drawValue(PrimitiveGCInterface primitiveGC, Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.drawValue");
  }

  public ValueMetaInterface getValueFromSQLType(DatabaseMeta databaseMeta, String text, ResultSetMetaData resultSetMetaData, int number, boolean flag, boolean flag2) throws KettleDatabaseException {
    throw OutsideMirror.unsupported("ValueMetaBase.getValueFromSQLType");
  }

  protected void getOriginalColumnMetadata(ValueMetaInterface valueMeta, ResultSetMetaData resultSetMetaData, int number, boolean flag) throws SQLException {
    throw OutsideMirror.unsupported("ValueMetaBase.getOriginalColumnMetadata");
  }

  public ValueMetaInterface getMetadataPreview(DatabaseMeta databaseMeta, ResultSet resultSet) throws KettleDatabaseException {
    throw OutsideMirror.unsupported("ValueMetaBase.getMetadataPreview");
  }

  public Object getValueFromResultSet(DatabaseInterface database, ResultSet resultSet, int number) throws KettleDatabaseException {
    throw OutsideMirror.unsupported("ValueMetaBase.getValueFromResultSet");
  }

  public void setPreparedStatementValue(DatabaseMeta databaseMeta, PreparedStatement preparedStatement, int number, Object value) throws KettleDatabaseException {
    throw OutsideMirror.unsupported("ValueMetaBase.setPreparedStatementValue");
  }

  public Object getNativeDataType(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.getNativeDataType");
  }

  public String getDatabaseColumnTypeDefinition(DatabaseInterface database, String text, String text2, boolean flag, boolean flag2, boolean flag3) {
    throw OutsideMirror.unsupported("ValueMetaBase.getDatabaseColumnTypeDefinition");
  }

  protected int getQuotesBeforeSymbol(String text, String text2) {
    throw OutsideMirror.unsupported("ValueMetaBase.getQuotesBeforeSymbol");
  }

  public Class<?> getNativeDataTypeClass() throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBase.getNativeDataTypeClass");
  }
}
