package org.pentaho.di.core.exception;

public class KettleTransException extends KettleException {
  public KettleTransException() {
    super();
  }

  public KettleTransException(String message) {
    super(message);
  }

  public KettleTransException(Throwable cause) {
    super(cause);
  }

  public KettleTransException(String message, Throwable cause) {
    super(message, cause);
  }
}
