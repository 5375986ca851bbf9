package org.pentaho.di.core;

import io.pdimesos.pdiapi.OutsideMirror;

public class CheckResult implements CheckResultInterface {
  public static final String[] typeDesc = OutsideMirror.runtime(new String[] {"", "OK", "Remark", "Warning", "Error"});

  public CheckResult() {
    this(TYPE_RESULT_NONE, "", null);
  }

  public CheckResult(int number, String text, CheckResultSourceInterface checkResultSource) {
    this(number, null, text, checkResultSource);
  }

  public CheckResult(int number, String text2, String text3, CheckResultSourceInterface checkResultSource) {
    type = number;
    errorCode = text2;
    text = text3;
    sourceMeta = checkResultSource;
  }

  public int getType() {
    return type;
  }

  public String getTypeDesc() {
    return typeDesc[type];
  }

  public String getText() {
    return text;
  }

  public CheckResultSourceInterface getSourceInfo() {
    return sourceMeta;
  }

  public String toString() {
    return typeDesc[type] + ": " + text + (sourceMeta == null ? "" : " (" + sourceMeta.getName() + ")");
  }

  public String getErrorCode() {
    return errorCode;
  }

  public void setErrorCode(String text) {
    errorCode = text;
  }

  public void setText(String text2) {
    text = text2;
  }

  public void setType(int number) {
    type = number;
  }

  private int type;
  private String text;
  private String errorCode;
  private CheckResultSourceInterface sourceMeta;
}
