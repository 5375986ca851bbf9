package org.pentaho.di.core.exception;

import org.pentaho.di.core.Const;

public class KettleException extends Exception {
  public KettleException() {
    super();
  }

  public KettleException(String text) {
    super(text);
  }

  public KettleException(Throwable error) {
    super(error);
  }

  public KettleException(String text, Throwable error) {
    super(text, error);
  }

  public String getMessage() {
    // PDI frames its message with line breaks and appends the cause's message.
    StringBuilder text = new StringBuilder(Const.CR).append(super.getMessage()).append(Const.CR);
    Throwable cause = getCause();
    if (cause != null && cause.getMessage() != null && cause != this) {
      text.append(cause.getMessage()).append(Const.CR);
    }
    return text.toString();
  }

  public String getSuperMessage() {
    return super.getMessage();
  }
}
