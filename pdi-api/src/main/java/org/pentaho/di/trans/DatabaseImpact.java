package org.pentaho.di.trans;

public class DatabaseImpact {
  private DatabaseImpact() {
  }
}
