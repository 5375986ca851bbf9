package org.pentaho.di.core;

public class SourceToTargetMapping {
  private SourceToTargetMapping() {
  }
}
