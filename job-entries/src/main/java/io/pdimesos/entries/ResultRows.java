package io.pdimesos.entries;

import java.util.ArrayList;
import java.util.List;
import org.pentaho.di.core.RowMetaAndData;
import org.pentaho.di.core.row.RowMeta;
import org.pentaho.di.core.row.ValueMetaInterface;
import org.pentaho.di.core.row.value.ValueMetaBoolean;
import org.pentaho.di.core.row.value.ValueMetaInteger;
import org.pentaho.di.core.row.value.ValueMetaNumber;
import org.pentaho.di.core.row.value.ValueMetaString;

/**
 * Result rows of one layout: declare the columns once, then add values in that order. Integers
 * are PDI Integers (Long), numbers Doubles, so "Get rows from result" sees proper types.
 */
public final class ResultRows {
  private final RowMeta meta = new RowMeta();
  private final List<RowMetaAndData> rows = new ArrayList<RowMetaAndData>();

  public ResultRows string(String name) {
    return column(new ValueMetaString(name));
  }

  public ResultRows integer(String name) {
    return column(new ValueMetaInteger(name));
  }

  public ResultRows number(String name) {
    return column(new ValueMetaNumber(name));
  }

  public ResultRows bool(String name) {
    return column(new ValueMetaBoolean(name));
  }

  private ResultRows column(ValueMetaInterface v) {
    meta.addValueMeta(v);
    return this;
  }

  /** Adds a row; ints become Longs, floats Doubles, anything else of a string column text. */
  public ResultRows add(Object... values) {
    if (values.length != meta.size()) {
      throw new IllegalArgumentException("Row has " + values.length + " values for "
          + meta.size() + " columns");
    }
    Object[] data = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      data[i] = convert(meta.getValueMeta(i), values[i]);
    }
    rows.add(new RowMetaAndData(meta.clone(), data));
    return this;
  }

  private static Object convert(ValueMetaInterface v, Object value) {
    if (value == null) {
      return null;
    }
    switch (v.getType()) {
      case ValueMetaInterface.TYPE_INTEGER:
        return ((Number) value).longValue();
      case ValueMetaInterface.TYPE_NUMBER:
        return ((Number) value).doubleValue();
      case ValueMetaInterface.TYPE_BOOLEAN:
        return (Boolean) value;
      default:
        return String.valueOf(value);
    }
  }

  public List<RowMetaAndData> rows() {
    return rows;
  }
}
