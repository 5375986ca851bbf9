package org.pentaho.di.core.exception;

public class KettleStepException extends KettleTransException {
  public static final long serialVersionUID = -8246477781266195435L;

  public KettleStepException() {
    super();
  }

  public KettleStepException(String a0) {
    super(a0);
  }

  public KettleStepException(Throwable a0) {
    super(a0);
  }

  public KettleStepException(String a0, Throwable a1) {
    super(a0, a1);
  }
}
