package org.pentaho.di.core.exception;

public class KettleFileException extends KettleException {
  public KettleFileException() {
    super();
  }

  public KettleFileException(String message) {
    super(message);
  }

  public KettleFileException(Throwable cause) {
    super(cause);
  }

  public KettleFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
