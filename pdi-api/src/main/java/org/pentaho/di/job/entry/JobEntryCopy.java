package org.pentaho.di.job.entry;

import org.pentaho.di.base.BaseMeta;
import org.pentaho.di.core.AttributesInterface;
import org.pentaho.di.core.changed.ChangedFlagInterface;
import org.pentaho.di.core.gui.GUIPositionInterface;
import org.pentaho.di.core.xml.XMLInterface;

public class JobEntryCopy implements Cloneable, XMLInterface, GUIPositionInterface, ChangedFlagInterface, AttributesInterface, BaseMeta {
  private JobEntryCopy() {
  }
}
