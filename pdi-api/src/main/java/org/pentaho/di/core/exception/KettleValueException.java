package org.pentaho.di.core.exception;

public class KettleValueException extends KettleException {
  public static final long serialVersionUID = -8246477781266195432L;

  public KettleValueException() {
    super();
  }

  public KettleValueException(String a0) {
    super(a0);
  }

  public KettleValueException(Throwable a0) {
    super(a0);
  }

  public KettleValueException(String a0, Throwable a1) {
    super(a0, a1);
  }
}
