package org.pentaho.di.core.exception;

public class KettleDatabaseException extends KettleException {
  public static final long serialVersionUID = -8246477781266195441L;

  public KettleDatabaseException() {
    super();
  }

  public KettleDatabaseException(String text) {
    super(text);
  }

  public KettleDatabaseException(Throwable error) {
    super(error);
  }

  public KettleDatabaseException(String text, Throwable error) {
    super(text, error);
  }
}
