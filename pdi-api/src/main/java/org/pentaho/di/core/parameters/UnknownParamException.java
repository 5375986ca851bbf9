package org.pentaho.di.core.parameters;

public class UnknownParamException extends NamedParamsException {
  private UnknownParamException() {
  }
}
