package org.pentaho.di.core.exception;

public class KettleXMLException extends KettleException {
  public static final long serialVersionUID = -8246477781266195431L;

  public KettleXMLException() {
    super();
  }

  public KettleXMLException(String text) {
    super(text);
  }

  public KettleXMLException(Throwable error) {
    super(error);
  }

  public KettleXMLException(String text, Throwable error) {
    super(text, error);
  }
}
