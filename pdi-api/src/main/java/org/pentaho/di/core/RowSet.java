package org.pentaho.di.core;

import java.util.concurrent.TimeUnit;
import org.pentaho.di.core.row.RowMetaInterface;

public interface RowSet {
  boolean putRow(RowMetaInterface rowMeta, Object[] rowData);

  boolean putRowWait(RowMetaInterface rowMeta, Object[] rowData, long time, TimeUnit tu);

  Object[] getRow();

  Object[] getRowImmediate();

  Object[] getRowWait(long timeout, TimeUnit tu);

  void setDone();

  boolean isDone();

  String getOriginStepName();

  int getOriginStepCopy();

  String getDestinationStepName();

  int getDestinationStepCopy();

  String getName();

  int size();

  void setThreadNameFromToCopy(String from, int fromCopy, String to, int toCopy);

  RowMetaInterface getRowMeta();

  void setRowMeta(RowMetaInterface rowMeta);

  String getRemoteSlaveServerName();

  void setRemoteSlaveServerName(String remoteSlaveServerName);

  boolean isBlocking();

  void clear();
}
