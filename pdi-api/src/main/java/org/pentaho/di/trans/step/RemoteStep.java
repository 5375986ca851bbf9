package org.pentaho.di.trans.step;

import io.pdimesos.pdiapi.OutsideMirror;
import org.pentaho.di.core.xml.XMLInterface;

public class RemoteStep implements Cloneable, XMLInterface, Comparable<RemoteStep> {
  private RemoteStep() {
  }

  public int compareTo(RemoteStep other) { throw OutsideMirror.unsupported("RemoteStep.compareTo"); }
}
