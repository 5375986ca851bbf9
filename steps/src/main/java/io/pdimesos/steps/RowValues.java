package io.pdimesos.steps;

import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.row.RowMetaInterface;

/**
 * Reads one input row's values by field name, so that a bad value becomes a failed row whose
 * message names the field, never an exception out of {@code processRow}.
 */
public final class RowValues {
  private final RowMetaInterface meta;
  private final Object[] row;

  public RowValues(RowMetaInterface meta, Object[] row) {
    this.meta = meta;
    this.row = row;
  }

  /** The trimmed text of {@code field}; "" when no field is named or its value is null. */
  public String text(String field) {
    if (field == null || field.isEmpty()) {
      return "";
    }
    int index = meta == null ? -1 : meta.indexOfValue(field);
    if (index < 0) {
      throw new BadValue(field, "there is no field '" + field + "' in the input row");
    }
    try {
      String v = meta.getString(row, index);
      return v == null ? "" : v.trim();
    } catch (KettleValueException e) {
      throw new BadValue(field, "field '" + field + "' cannot be read as text: "
          + e.getMessage());
    }
  }

  /** {@link #text}, which must not be empty. */
  public String required(String field, String what) {
    String v = text(field);
    if (v.isEmpty()) {
      throw new BadValue(field, "field '" + field + "' is empty, but it must hold " + what);
    }
    return v;
  }

  /** A value of the row that cannot be used; names the field. */
  public static final class BadValue extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public BadValue(String field, String message) {
      super(message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }
}
