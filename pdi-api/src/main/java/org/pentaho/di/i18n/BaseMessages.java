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

  public static String getString(String a0) {
    // Keys without a package live in PDI's own system bundle, which the mirror does not carry.
    return "!" + a0 + "!";
  }

  public static String getString(String a0, String a1) {
    return MessageBundles.lookup(a0, BaseMessages.class.getClassLoader(), a1);
  }

  public static String getString(String a0, String a1, String... a2) {
    return MessageBundles.lookup(a0, BaseMessages.class.getClassLoader(), a1, (Object[]) a2);
  }

  public static String getString(String a0, String a1, Class<?> a2, String... a3) {
    return MessageBundles.lookup(a0, a2.getClassLoader(), a1, (Object[]) a3);
  }

  public static String getString(Class<?> a0, String a1, String... a2) {
    return MessageBundles.lookup(a0.getPackage().getName(), a0.getClassLoader(), a1, (Object[]) a2);
  }

  public static String getString(Class<?> a0, String a1, Class<?> a2, String... a3) {
    return MessageBundles.lookup(a0.getPackage().getName(), a2.getClassLoader(), a1, (Object[]) a3);
  }

  public static String getString(Class<?> a0, String a1, Object... a2) {
    return MessageBundles.lookup(a0.getPackage().getName(), a0.getClassLoader(), a1, a2);
  }

  public void notify(MessageHandler a0) {
    throw OutsideMirror.unsupported("BaseMessages.notify");
  }

  private BaseMessages() {
  }
}
