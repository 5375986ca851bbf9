package io.pdimesos.pdiapi;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.ParseException;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.Date;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.row.ValueMetaInterface;

/**
 * The value conversions the plugins' steps use, following PDI's documented rules: null stays null;
 * booleans print as {@code Y}/{@code N} (as {@code true}/{@code false} when the field's length is 3 or
 * more); {@code Y}, {@code YES}, {@code TRUE} and {@code 1} read as true in any case; dates print with
 * the field's conversion mask or PDI's default {@code yyyy/MM/dd HH:mm:ss.SSS}. Number formatting with
 * masks, binary and serializable values are outside the mirror.
 */
public final class ValueMetaConversions {
  /** PDI's type codes, indexed by the TYPE_* constants of ValueMetaInterface. */
  public static final String[] TYPE_CODES = {"-", "Number", "String", "Date", "Boolean", "Integer", "BigNumber",
      "Serializable", "Binary", "Timestamp", "Internet Address"};

  private ValueMetaConversions() {
  }

  public static Boolean stringToBoolean(String text) {
    if (text == null || text.trim().isEmpty()) {
      return null;
    }
    String t = text.trim();
    return "Y".equalsIgnoreCase(t) || "YES".equalsIgnoreCase(t) || "TRUE".equalsIgnoreCase(t) || "1".equals(t);
  }

  public static String toString(ValueMetaInterface meta, Object value) throws KettleValueException {
    if (value == null) {
      return null;
    }
    switch (meta.getType()) {
      case ValueMetaInterface.TYPE_STRING:
        return (String) value;
      case ValueMetaInterface.TYPE_INTEGER:
        return ((Long) value).toString();
      case ValueMetaInterface.TYPE_NUMBER:
        return numberFormat(meta).format(value);
      case ValueMetaInterface.TYPE_BIGNUMBER:
        return ((BigDecimal) value).toString();
      case ValueMetaInterface.TYPE_BOOLEAN:
        boolean flag = (Boolean) value;
        return meta.getLength() >= 3 ? (flag ? "true" : "false") : (flag ? "Y" : "N");
      case ValueMetaInterface.TYPE_DATE:
      case ValueMetaInterface.TYPE_TIMESTAMP:
        return dateFormat(meta).format((Date) value);
      default:
        throw OutsideMirror.unsupported("converting " + meta.getTypeDesc() + " to String");
    }
  }

  public static Long toInteger(ValueMetaInterface meta, Object value) throws KettleValueException {
    if (value == null) {
      return null;
    }
    switch (meta.getType()) {
      case ValueMetaInterface.TYPE_INTEGER:
        return (Long) value;
      case ValueMetaInterface.TYPE_STRING:
        String text = ((String) value).trim();
        if (text.isEmpty()) {
          return null;
        }
        try {
          return Long.valueOf(text);
        } catch (NumberFormatException e) {
          throw new KettleValueException(meta.getName() + " String : couldn't convert String to Integer", e);
        }
      case ValueMetaInterface.TYPE_NUMBER:
        return Math.round((Double) value);
      case ValueMetaInterface.TYPE_BIGNUMBER:
        return ((BigDecimal) value).longValue();
      case ValueMetaInterface.TYPE_BOOLEAN:
        return (Boolean) value ? 1L : 0L;
      default:
        throw OutsideMirror.unsupported("converting " + meta.getTypeDesc() + " to Integer");
    }
  }

  public static Double toNumber(ValueMetaInterface meta, Object value) throws KettleValueException {
    if (value == null) {
      return null;
    }
    switch (meta.getType()) {
      case ValueMetaInterface.TYPE_NUMBER:
        return (Double) value;
      case ValueMetaInterface.TYPE_STRING:
        return stringToNumber(meta, (String) value);
      case ValueMetaInterface.TYPE_INTEGER:
        return ((Long) value).doubleValue();
      case ValueMetaInterface.TYPE_BIGNUMBER:
        return ((BigDecimal) value).doubleValue();
      case ValueMetaInterface.TYPE_BOOLEAN:
        return (Boolean) value ? 1.0 : 0.0;
      default:
        throw OutsideMirror.unsupported("converting " + meta.getTypeDesc() + " to Number");
    }
  }

  public static BigDecimal toBigNumber(ValueMetaInterface meta, Object value) throws KettleValueException {
    if (value == null) {
      return null;
    }
    switch (meta.getType()) {
      case ValueMetaInterface.TYPE_BIGNUMBER:
        return (BigDecimal) value;
      case ValueMetaInterface.TYPE_INTEGER:
        return BigDecimal.valueOf((Long) value);
      case ValueMetaInterface.TYPE_NUMBER:
        return BigDecimal.valueOf((Double) value);
      default:
        throw OutsideMirror.unsupported("converting " + meta.getTypeDesc() + " to BigNumber");
    }
  }

  public static Boolean toBoolean(ValueMetaInterface meta, Object value) throws KettleValueException {
    if (value == null) {
      return null;
    }
    switch (meta.getType()) {
      case ValueMetaInterface.TYPE_BOOLEAN:
        return (Boolean) value;
      case ValueMetaInterface.TYPE_STRING:
        return stringToBoolean((String) value);
      case ValueMetaInterface.TYPE_INTEGER:
        return (Long) value != 0L;
      case ValueMetaInterface.TYPE_NUMBER:
        return (Double) value != 0.0;
      default:
        throw OutsideMirror.unsupported("converting " + meta.getTypeDesc() + " to Boolean");
    }
  }

  public static Date toDate(ValueMetaInterface meta, Object value) throws KettleValueException {
    if (value == null) {
      return null;
    }
    switch (meta.getType()) {
      case ValueMetaInterface.TYPE_DATE:
      case ValueMetaInterface.TYPE_TIMESTAMP:
        return (Date) value;
      case ValueMetaInterface.TYPE_INTEGER:
        return new Date((Long) value);
      case ValueMetaInterface.TYPE_STRING:
        try {
          return dateFormat(meta).parse((String) value);
        } catch (ParseException e) {
          throw new KettleValueException(meta.getName() + " String : couldn't convert string [" + value
              + "] to a date using format [" + dateFormat(meta).toPattern() + "]", e);
        }
      default:
        throw OutsideMirror.unsupported("converting " + meta.getTypeDesc() + " to Date");
    }
  }

  public static Object convert(ValueMetaInterface target, ValueMetaInterface source, Object value)
      throws KettleValueException {
    switch (target.getType()) {
      case ValueMetaInterface.TYPE_STRING:
        return source.getString(value);
      case ValueMetaInterface.TYPE_INTEGER:
        return source.getInteger(value);
      case ValueMetaInterface.TYPE_NUMBER:
        return source.getNumber(value);
      case ValueMetaInterface.TYPE_BIGNUMBER:
        return source.getBigNumber(value);
      case ValueMetaInterface.TYPE_BOOLEAN:
        return source.getBoolean(value);
      case ValueMetaInterface.TYPE_DATE:
      case ValueMetaInterface.TYPE_TIMESTAMP:
        return source.getDate(value);
      default:
        throw OutsideMirror.unsupported("converting to " + target.getTypeDesc());
    }
  }

  /** PDI parses with the number format and refuses trailing characters; blank is null. */
  private static Double stringToNumber(ValueMetaInterface meta, String value) throws KettleValueException {
    String text = value.trim();
    if (text.isEmpty()) {
      return null;
    }
    ParsePosition position = new ParsePosition(0);
    Number number = numberFormat(meta).parse(text, position);
    if (number == null || position.getIndex() < text.length()) {
      throw new KettleValueException(meta.getName() + " String : couldn't convert String to number : non-numeric character found at position "
          + (position.getIndex() + 1) + " for value [" + value + "]");
    }
    return number.doubleValue();
  }

  /** PDI's default Number mask (ValueMetaBase.DEFAULT_NUMBER_FORMAT_MASK) unless the field has a conversion mask. */
  private static DecimalFormat numberFormat(ValueMetaInterface meta) {
    String mask = meta.getConversionMask();
    return new DecimalFormat(mask == null || mask.isEmpty() ? "####0.0#########;-####0.0#########" : mask);
  }

  private static SimpleDateFormat dateFormat(ValueMetaInterface meta) {
    String mask = meta.getConversionMask();
    return new SimpleDateFormat(mask == null || mask.isEmpty() ? "yyyy/MM/dd HH:mm:ss.SSS" : mask);
  }
}
