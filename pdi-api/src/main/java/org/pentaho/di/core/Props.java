package org.pentaho.di.core;

public class Props implements Cloneable {
  public static final int WIDGET_STYLE_DEFAULT = 0;

  public static final int WIDGET_STYLE_FIXED = 1;

  public static final int WIDGET_STYLE_TABLE = 2;

  public static final int WIDGET_STYLE_NOTEPAD = 3;

  public static final int WIDGET_STYLE_GRAPH = 4;

  public static final int WIDGET_STYLE_TAB = 5;

  public static final int WIDGET_STYLE_TOOLBAR = 6;

  public static boolean isInitialized() {
    return props != null;
  }

  public static Props getInstance() {
    if (props != null) {
      return props;
    }
    throw new RuntimeException("Properties, Kettle systems settings, not initialised!");
  }

  private static Props props;

  protected Props() {
    props = this;
  }

}
