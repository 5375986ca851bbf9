package org.pentaho.di.core.exception;

public class KettleEOFException extends KettleFileException {
  private KettleEOFException() {
  }
}
