package org.pentaho.di.core;

public class SQLStatement {
  private SQLStatement() {
  }
}
