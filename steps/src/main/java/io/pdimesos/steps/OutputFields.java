package io.pdimesos.steps;

import io.pdimesos.core.rows.FieldType;
import io.pdimesos.core.rows.Record;
import io.pdimesos.core.rows.SourceField;
import io.pdimesos.plugin.TableRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pentaho.di.core.row.ValueMetaInterface;
import org.pentaho.di.core.row.value.ValueMetaBoolean;
import org.pentaho.di.core.row.value.ValueMetaDate;
import org.pentaho.di.core.row.value.ValueMetaInteger;
import org.pentaho.di.core.row.value.ValueMetaNumber;
import org.pentaho.di.core.row.value.ValueMetaString;

/**
 * The fields an input step writes: the user's table (name, source path, type), or the entity's
 * documented defaults when the table is empty. Turns a record into row values in that order.
 */
public final class OutputFields {
  private final List<SourceField> fields;

  private OutputFields(List<SourceField> fields) {
    this.fields = Collections.unmodifiableList(fields);
  }

  /**
   * @param table the table's rows with variables already substituted
   * @param defaults the entity's default fields, used when the table is empty
   */
  public static OutputFields of(List<TableRow> table, List<SourceField> defaults) {
    if (table.isEmpty()) {
      return new OutputFields(new ArrayList<SourceField>(defaults));
    }
    List<SourceField> fields = new ArrayList<SourceField>();
    for (TableRow row : table) {
      String name = row.get(InputSettings.COLUMN_NAME).trim();
      String path = row.get(InputSettings.COLUMN_PATH).trim();
      if (name.isEmpty() && path.isEmpty()) {
        continue;
      }
      fields.add(SourceField.of(name, InputSettings.fieldType(row.get(InputSettings.COLUMN_TYPE)),
          path, ""));
    }
    return new OutputFields(fields);
  }

  /** The table rows "Get fields" writes for an entity: its defaults. */
  public static List<TableRow> rowsOf(List<SourceField> defaults) {
    List<TableRow> rows = new ArrayList<TableRow>();
    for (SourceField f : defaults) {
      rows.add(TableRow.of(InputSettings.COLUMN_NAME, f.name(), InputSettings.COLUMN_PATH,
          f.path(), InputSettings.COLUMN_TYPE, InputSettings.typeCode(f.type())));
    }
    return rows;
  }

  public List<SourceField> fields() {
    return fields;
  }

  public int size() {
    return fields.size();
  }

  /** PDI's value meta for a field (JSON is a String holding the JSON text). */
  public static ValueMetaInterface valueMeta(SourceField f, String origin) {
    ValueMetaInterface v;
    switch (f.type()) {
      case INTEGER:
        v = new ValueMetaInteger(f.name());
        break;
      case NUMBER:
        v = new ValueMetaNumber(f.name());
        break;
      case BOOLEAN:
        v = new ValueMetaBoolean(f.name());
        break;
      case DATE:
        v = new ValueMetaDate(f.name());
        break;
      default:
        v = new ValueMetaString(f.name());
    }
    v.setOrigin(origin);
    return v;
  }

  /**
   * Writes the record's values into {@code row} from {@code offset}, in field order.
   *
   * @throws IllegalArgumentException when a value does not convert; names the output field
   */
  public void fill(Record record, Object[] row, int offset) {
    for (int i = 0; i < fields.size(); i++) {
      SourceField f = fields.get(i);
      try {
        row[offset + i] = record.value(f);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Output field '" + f.name() + "': " + e.getMessage(),
            e);
      }
    }
  }
}
