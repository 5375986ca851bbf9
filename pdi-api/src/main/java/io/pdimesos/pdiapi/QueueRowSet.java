package io.pdimesos.pdiapi;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.pentaho.di.core.RowSet;
import org.pentaho.di.core.row.RowMetaInterface;

/**
 * A bounded hop between two steps, behaving like PDI's blocking row set: the producer waits while
 * it is full, the consumer waits while it is empty, and {@link #setDone()} tells the consumer no
 * more rows will come. Test harnesses chain steps with it; {@link #unbounded()} is the hop of a
 * {@link StepChain}, which runs one step after the other, so a producer must never wait.
 */
public final class QueueRowSet implements RowSet {
  private final BlockingQueue<Object[]> rows;
  private final int capacity;
  private volatile boolean done;
  private volatile RowMetaInterface rowMeta;
  private String originStepName;
  private int originStepCopy;
  private String destinationStepName;
  private int destinationStepCopy;
  private String remoteSlaveServerName;

  public QueueRowSet(int capacity) {
    this.capacity = capacity;
    this.rows = new LinkedBlockingQueue<Object[]>(capacity);
  }

  /** A hop that never fills up (bounded only by memory): putRow always succeeds at once. */
  public static QueueRowSet unbounded() {
    return new QueueRowSet(Integer.MAX_VALUE);
  }

  @Override
  public boolean putRow(RowMetaInterface meta, Object[] rowData) {
    return putRowWait(meta, rowData, 100, TimeUnit.MILLISECONDS);
  }

  @Override
  public boolean putRowWait(RowMetaInterface meta, Object[] rowData, long time, TimeUnit tu) {
    this.rowMeta = meta;
    try {
      return rows.offer(rowData, time, tu);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public Object[] getRow() {
    return getRowWait(100, TimeUnit.MILLISECONDS);
  }

  @Override
  public Object[] getRowImmediate() {
    return rows.poll();
  }

  @Override
  public Object[] getRowWait(long timeout, TimeUnit tu) {
    try {
      return rows.poll(timeout, tu);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  @Override
  public void setDone() {
    done = true;
  }

  @Override
  public boolean isDone() {
    return done;
  }

  @Override
  public String getOriginStepName() {
    return originStepName;
  }

  @Override
  public int getOriginStepCopy() {
    return originStepCopy;
  }

  @Override
  public String getDestinationStepName() {
    return destinationStepName;
  }

  @Override
  public int getDestinationStepCopy() {
    return destinationStepCopy;
  }

  @Override
  public String getName() {
    return originStepName + "." + originStepCopy + " - " + destinationStepName + "." + destinationStepCopy;
  }

  @Override
  public int size() {
    return rows.size();
  }

  public int capacity() {
    return capacity;
  }

  @Override
  public void setThreadNameFromToCopy(String from, int fromCopy, String to, int toCopy) {
    originStepName = from;
    originStepCopy = fromCopy;
    destinationStepName = to;
    destinationStepCopy = toCopy;
  }

  @Override
  public RowMetaInterface getRowMeta() {
    return rowMeta;
  }

  @Override
  public void setRowMeta(RowMetaInterface meta) {
    this.rowMeta = meta;
  }

  @Override
  public String getRemoteSlaveServerName() {
    return remoteSlaveServerName;
  }

  @Override
  public void setRemoteSlaveServerName(String name) {
    this.remoteSlaveServerName = name;
  }

  @Override
  public boolean isBlocking() {
    return true;
  }

  @Override
  public void clear() {
    rows.clear();
    done = false;
  }
}
