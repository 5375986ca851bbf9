package org.pentaho.di.trans.step;

import org.pentaho.di.core.changed.ChangedFlag;
import org.pentaho.di.core.xml.XMLInterface;

public class StepErrorMeta extends ChangedFlag implements XMLInterface, Cloneable {
  private StepErrorMeta() {
  }
}
