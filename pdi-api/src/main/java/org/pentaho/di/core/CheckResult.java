package org.pentaho.di.core;

import io.pdimesos.pdiapi.OutsideMirror;

public class CheckResult implements CheckResultInterface {
  public static final String[] typeDesc = OutsideMirror.runtime(new String[] {"", "OK", "Remark", "Warning", "Error"});

  public CheckResult() {
    this(TYPE_RESULT_NONE, "", null);
  }

  public CheckResult(int a0, String a1, CheckResultSourceInterface a2) {
    this(a0, null, a1, a2);
  }

  public CheckResult(int a0, String a1, String a2, CheckResultSourceInterface a3) {
    type = a0;
    errorCode = a1;
    text = a2;
    sourceMeta = a3;
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

  public void setErrorCode(String a0) {
    errorCode = a0;
  }

  public void setText(String a0) {
    text = a0;
  }

  public void setType(int a0) {
    type = a0;
  }

  private int type;
  private String text;
  private String errorCode;
  private CheckResultSourceInterface sourceMeta;
}
