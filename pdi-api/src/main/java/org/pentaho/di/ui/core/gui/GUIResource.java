package org.pentaho.di.ui.core.gui;

import org.eclipse.swt.graphics.Image;

public class GUIResource {
  public static GUIResource getInstance() {
    return INSTANCE;
  }

  public Image getImageSpoon() {
    // The mirror carries no Spoon images: dialogs get no icon.
    return null;
  }

  public Image getImage(String text) {
    return null;
  }

  public Image getImage(String text, int number, int number2) {
    return null;
  }

  public Image getImage(String text, ClassLoader classLoader, int number, int number2) {
    return null;
  }

  private static final GUIResource INSTANCE = new GUIResource();

  private GUIResource() {
  }
}
