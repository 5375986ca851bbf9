package io.pdimesos.steps;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.rows.Record;
import io.pdimesos.core.rows.RecordSink;
import io.pdimesos.core.rows.SourceField;
import io.pdimesos.plugin.ClusterConnection;
import io.pdimesos.plugin.PdiProgressListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.logging.LogChannelInterface;
import org.pentaho.di.core.row.ValueMetaInterface;
import org.pentaho.di.core.variables.VariableSpace;

/**
 * The first rows an input step would write with the settings as typed: the dialog's Preview.
 * Reads like the step (same reader, filter and fields) and stops after {@code limit} records.
 */
public final class InputPreview {
  private final List<String> columns;
  private final List<List<String>> rows;

  private InputPreview(List<String> columns, List<List<String>> rows) {
    this.columns = Collections.unmodifiableList(columns);
    this.rows = Collections.unmodifiableList(rows);
  }

  /**
   * @throws io.pdimesos.core.error.ClusterException when the service cannot be read
   * @throws IllegalArgumentException for a setting or value that cannot be used (names it)
   */
  public static InputPreview read(InputStepMeta typed, VariableSpace space,
      LogChannelInterface log, int limit, CancellationToken token) {
    PdiProgressListener masked = new PdiProgressListener(log,
        ClusterConnection.secrets(typed.settings(), space));
    ClusterConnection connection = ClusterConnection.resolve(typed.settings(), space, masked);
    final OutputFields fields = typed.outputFields(space);
    List<String> columns = new ArrayList<String>();
    final List<ValueMetaInterface> metas = new ArrayList<ValueMetaInterface>();
    for (SourceField f : fields.fields()) {
      columns.add(f.name());
      metas.add(OutputFields.valueMeta(f, "preview"));
    }
    final List<List<String>> rows = new ArrayList<List<String>>();
    final int max = Math.max(1, limit);
    typed.reader(typed.entity(space), connection, masked)
        .read(typed.filter(space), fields.fields(), new RecordSink() {
          @Override
          public boolean accept(Record record) {
            Object[] values = new Object[fields.size()];
            fields.fill(record, values, 0);
            List<String> row = new ArrayList<String>();
            for (int i = 0; i < values.length; i++) {
              row.add(text(metas.get(i), values[i]));
            }
            rows.add(row);
            return rows.size() < max;
          }
        }, token);
    return new InputPreview(columns, rows);
  }

  /** A value as PDI's own preview shows it (dates and numbers in the field's format). */
  private static String text(ValueMetaInterface meta, Object value) {
    if (value == null) {
      return "";
    }
    try {
      return meta.getString(value);
    } catch (KettleValueException e) {
      return String.valueOf(value);
    }
  }

  public List<String> columns() {
    return columns;
  }

  public List<List<String>> rows() {
    return rows;
  }
}
