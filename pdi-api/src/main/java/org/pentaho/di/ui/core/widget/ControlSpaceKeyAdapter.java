package org.pentaho.di.ui.core.widget;

import org.eclipse.swt.events.KeyAdapter;

public class ControlSpaceKeyAdapter extends KeyAdapter {
  private ControlSpaceKeyAdapter() {
  }
}
