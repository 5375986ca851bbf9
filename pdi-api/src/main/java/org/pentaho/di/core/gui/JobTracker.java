package org.pentaho.di.core.gui;

public class JobTracker {
  private JobTracker() {
  }
}
