package org.pentaho.di.ui.core.gui;

import io.pdimesos.pdiapi.OutsideMirror;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

public class WindowProperty {
  public WindowProperty(String a0, boolean a1, Rectangle a2) {
    name = a0;
    maximized = a1;
    rectangle = a2;
  }

  public WindowProperty(String a0, boolean a1, int a2, int a3, int a4, int a5) {
    this(a0, a1, new Rectangle(a2, a3, a4, a5));
  }

  public WindowProperty(Shell a0) {
    this(a0.getText(), a0.getMaximized(), a0.getBounds());
  }

  public void setShell(Shell a0) {
    throw OutsideMirror.unsupported("WindowProperty.setShell");
  }

  public void setShell(Shell a0, boolean a1) {
    throw OutsideMirror.unsupported("WindowProperty.setShell");
  }

  public void setShell(Shell a0, int a1, int a2) {
    throw OutsideMirror.unsupported("WindowProperty.setShell");
  }

  public void setShell(Shell a0, boolean a1, int a2, int a3) {
    throw OutsideMirror.unsupported("WindowProperty.setShell");
  }

  public String getName() {
    return name;
  }

  public void setName(String a0) {
    name = a0;
  }

  public boolean isMaximized() {
    return maximized;
  }

  public void setMaximized(boolean a0) {
    maximized = a0;
  }

  public Rectangle getRectangle() {
    return rectangle;
  }

  public void setRectangle(Rectangle a0) {
    rectangle = a0;
  }

  public int getX() {
    return rectangle == null ? -1 : rectangle.x;
  }

  public int getY() {
    return rectangle == null ? -1 : rectangle.y;
  }

  public int getWidth() {
    return rectangle == null ? -1 : rectangle.width;
  }

  public int getHeight() {
    return rectangle == null ? -1 : rectangle.height;
  }

  public int hashCode() {
    return name == null ? 0 : name.hashCode();
  }

  public boolean equal(Object a0) {
    return a0 instanceof WindowProperty && name != null && name.equalsIgnoreCase(((WindowProperty) a0).name);
  }

  private String name;
  private boolean maximized;
  private Rectangle rectangle;
}
