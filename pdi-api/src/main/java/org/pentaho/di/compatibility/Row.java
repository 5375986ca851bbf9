package org.pentaho.di.compatibility;

import io.pdimesos.pdiapi.OutsideMirror;
import java.io.Serializable;
import org.pentaho.di.core.xml.XMLInterface;

public class Row implements XMLInterface, Comparable<Row>, Serializable {
  private Row() {
  }

  public int compareTo(Row other) { throw OutsideMirror.unsupported("Row.compareTo"); }
}
