package io.pdimesos.pdiapi;

import java.util.List;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.trans.step.RowListener;

/** Adds every row a step writes to its error hop to a list; ignores the others. */
final class ErrorRowCollector implements RowListener {
  private final List<Object[]> errors;

  ErrorRowCollector(List<Object[]> errors) {
    this.errors = errors;
  }

  @Override
  public void rowReadEvent(RowMetaInterface rowMeta, Object[] row) {
  }

  @Override
  public void rowWrittenEvent(RowMetaInterface rowMeta, Object[] row) {
  }

  @Override
  public void errorRowWrittenEvent(RowMetaInterface rowMeta, Object[] row) {
    errors.add(row);
  }
}
