package org.pentaho.di.core.exception;

public class KettleValueException extends KettleException {
  public static final long serialVersionUID = -8246477781266195432L;

  public KettleValueException() {
    super();
  }

  public KettleValueException(String text) {
    super(text);
  }

  public KettleValueException(Throwable error) {
    super(error);
  }

  public KettleValueException(String text, Throwable error) {
    super(text, error);
  }
}
