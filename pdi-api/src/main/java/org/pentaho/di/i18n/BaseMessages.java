package org.pentaho.di.i18n;

import io.pdimesos.pdiapi.OutsideMirror;
import org.pentaho.di.laf.LAFChangeListener;

public class BaseMessages implements LAFChangeListener<MessageHandler> {
  protected MessageHandler handler;

  public static BaseMessages getInstance() {
    throw OutsideMirror.unsupported("BaseMessages.getInstance");
  }

  protected MessageHandler getHandler() {
    throw OutsideMirror.unsupported("BaseMessages.getHandler");
  }

  protected static MessageHandler getInstanceHandler() {
    throw OutsideMirror.unsupported("BaseMessages.getInstanceHandler");
  }

  public static String getString(String a0) {
    throw OutsideMirror.unsupported("BaseMessages.getString");
  }

  public static String getString(String a0, String a1) {
    throw OutsideMirror.unsupported("BaseMessages.getString");
  }

  public static String getString(String a0, String a1, String... a2) {
    throw OutsideMirror.unsupported("BaseMessages.getString");
  }

  public static String getString(String a0, String a1, Class<?> a2, String... a3) {
    throw OutsideMirror.unsupported("BaseMessages.getString");
  }

  public static String getString(Class<?> a0, String a1, String... a2) {
    throw OutsideMirror.unsupported("BaseMessages.getString");
  }

  public static String getString(Class<?> a0, String a1, Class<?> a2, String... a3) {
    throw OutsideMirror.unsupported("BaseMessages.getString");
  }

  public static String getString(Class<?> a0, String a1, Object... a2) {
    throw OutsideMirror.unsupported("BaseMessages.getString");
  }

  public void notify(MessageHandler a0) {
    throw OutsideMirror.unsupported("BaseMessages.notify");
  }
}
