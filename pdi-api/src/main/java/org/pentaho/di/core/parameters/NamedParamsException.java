package org.pentaho.di.core.parameters;

import org.pentaho.di.core.exception.KettleException;

public class NamedParamsException extends KettleException {
  public NamedParamsException() {
    super();
  }

  public NamedParamsException(String message) {
    super(message);
  }

  public NamedParamsException(Throwable cause) {
    super(cause);
  }

  public NamedParamsException(String message, Throwable cause) {
    super(message, cause);
  }
}
