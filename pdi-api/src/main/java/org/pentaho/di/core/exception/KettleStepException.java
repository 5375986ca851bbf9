package org.pentaho.di.core.exception;

public class KettleStepException extends KettleTransException {
  public static final long serialVersionUID = -8246477781266195435L;

  public KettleStepException() {
    super();
  }

  public KettleStepException(String text) {
    super(text);
  }

  public KettleStepException(Throwable error) {
    super(error);
  }

  public KettleStepException(String text, Throwable error) {
    super(text, error);
  }
}
