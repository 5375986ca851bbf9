package org.pentaho.di.core.exception;

public class KettleDatabaseException extends KettleException {
  public static final long serialVersionUID = -8246477781266195441L;

  public KettleDatabaseException() {
    super();
  }

  public KettleDatabaseException(String a0) {
    super(a0);
  }

  public KettleDatabaseException(Throwable a0) {
    super(a0);
  }

  public KettleDatabaseException(String a0, Throwable a1) {
    super(a0, a1);
  }
}
