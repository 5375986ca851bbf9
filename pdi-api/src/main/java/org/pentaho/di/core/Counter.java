package org.pentaho.di.core;

public class Counter {
  private Counter() {
  }
}
