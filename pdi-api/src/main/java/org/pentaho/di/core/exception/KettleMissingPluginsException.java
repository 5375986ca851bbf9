package org.pentaho.di.core.exception;

public class KettleMissingPluginsException extends KettleException {
  private KettleMissingPluginsException() {
  }
}
