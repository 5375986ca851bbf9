package org.pentaho.di.core;

public class ResultFile implements Cloneable {
  private ResultFile() {
  }
}
