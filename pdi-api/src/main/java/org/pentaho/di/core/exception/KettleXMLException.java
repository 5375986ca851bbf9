package org.pentaho.di.core.exception;

public class KettleXMLException extends KettleException {
  public static final long serialVersionUID = -8246477781266195431L;

  public KettleXMLException() {
    super();
  }

  public KettleXMLException(String a0) {
    super(a0);
  }

  public KettleXMLException(Throwable a0) {
    super(a0);
  }

  public KettleXMLException(String a0, Throwable a1) {
    super(a0, a1);
  }
}
