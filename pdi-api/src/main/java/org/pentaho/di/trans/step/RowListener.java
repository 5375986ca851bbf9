package org.pentaho.di.trans.step;

import org.pentaho.di.core.exception.KettleStepException;
import org.pentaho.di.core.row.RowMetaInterface;

public interface RowListener {
  void rowReadEvent(RowMetaInterface rowMeta, Object[] row) throws KettleStepException;

  void rowWrittenEvent(RowMetaInterface rowMeta, Object[] row) throws KettleStepException;

  void errorRowWrittenEvent(RowMetaInterface rowMeta, Object[] row) throws KettleStepException;
}
