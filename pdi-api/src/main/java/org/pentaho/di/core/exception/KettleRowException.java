package org.pentaho.di.core.exception;

public class KettleRowException extends KettleException {
  private KettleRowException() {
  }
}
