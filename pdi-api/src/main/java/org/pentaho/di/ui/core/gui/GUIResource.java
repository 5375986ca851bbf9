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

  public Image getImage(String a0) {
    return null;
  }

  public Image getImage(String a0, int a1, int a2) {
    return null;
  }

  public Image getImage(String a0, ClassLoader a1, int a2, int a3) {
    return null;
  }

  private static final GUIResource INSTANCE = new GUIResource();

  private GUIResource() {
  }
}
