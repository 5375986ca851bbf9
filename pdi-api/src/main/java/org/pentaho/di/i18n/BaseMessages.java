package org.pentaho.di.i18n;

import io.pdimesos.pdiapi.MessageBundles;

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

  public static String getString(String text) {
    // Keys without a package live in PDI's own system bundle, which the mirror does not carry.
    return "!" + text + "!";
  }

  public static String getString(String text, String text2) {
    return MessageBundles.lookup(text, BaseMessages.class.getClassLoader(), text2);
  }

  public static String getString(String text, String text2, String... parameters) {
    return MessageBundles.lookup(text, BaseMessages.class.getClassLoader(), text2, (Object[]) parameters);
  }

  public static String getString(String text, String text2, Class<?> type, String... parameters) {
    return MessageBundles.lookup(text, type.getClassLoader(), text2, (Object[]) parameters);
  }

  public static String getString(Class<?> type, String text, String... parameters) {
    return MessageBundles.lookup(type.getPackage().getName(), type.getClassLoader(), text, (Object[]) parameters);
  }

  public static String getString(Class<?> type, String text, Class<?> type2, String... parameters) {
    return MessageBundles.lookup(type.getPackage().getName(), type2.getClassLoader(), text, (Object[]) parameters);
  }

  public static String getString(Class<?> type, String text, Object... arguments) {
    return MessageBundles.lookup(type.getPackage().getName(), type.getClassLoader(), text, arguments);
  }

  public void notify(MessageHandler messageHandler) {
    throw OutsideMirror.unsupported("BaseMessages.notify");
  }

  private BaseMessages() {
  }
}
