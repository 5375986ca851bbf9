package org.pentaho.di.core;

import io.pdimesos.pdiapi.OutsideMirror;

public class BlockingRowSet extends BaseRowSet implements Comparable<RowSet>, RowSet {
  private BlockingRowSet() {
  }

  public int compareTo(RowSet other) { throw OutsideMirror.unsupported("BlockingRowSet.compareTo"); }
}
