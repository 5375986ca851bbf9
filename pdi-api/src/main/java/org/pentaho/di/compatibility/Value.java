package org.pentaho.di.compatibility;

import java.io.Serializable;
import org.pentaho.di.core.xml.XMLInterface;

public class Value implements Cloneable, XMLInterface, Serializable {
  private Value() {
  }
}
