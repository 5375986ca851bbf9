package org.pentaho.di.core;

public interface CheckResultInterface {
  public static final int TYPE_RESULT_NONE = 0;

  public static final int TYPE_RESULT_OK = 1;

  public static final int TYPE_RESULT_COMMENT = 2;

  public static final int TYPE_RESULT_WARNING = 3;

  public static final int TYPE_RESULT_ERROR = 4;

  public abstract int getType();

  public abstract String getTypeDesc();

  public abstract String getText();

  public abstract CheckResultSourceInterface getSourceInfo();

  public abstract String toString();

  public abstract String getErrorCode();

  public abstract void setErrorCode(String text);

  public abstract void setType(int number);

  public abstract void setText(String text);
}
