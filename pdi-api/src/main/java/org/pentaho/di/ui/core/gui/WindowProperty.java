package org.pentaho.di.ui.core.gui;

import io.pdimesos.pdiapi.OutsideMirror;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

public class WindowProperty {
  public WindowProperty(String text, boolean flag, Rectangle rectangle2) {
    name = text;
    maximized = flag;
    rectangle = rectangle2;
  }

  public WindowProperty(String text, boolean flag, int number, int number2, int number3, int number4) {
    this(text, flag, new Rectangle(number, number2, number3, number4));
  }

  public WindowProperty(Shell shell) {
    this(shell.getText(), shell.getMaximized(), shell.getBounds());
  }

  public void setShell(Shell shell) {
    throw OutsideMirror.unsupported("WindowProperty.setShell");
  }

  public void setShell(Shell shell, boolean flag) {
    throw OutsideMirror.unsupported("WindowProperty.setShell");
  }

  public void setShell(Shell shell, int number, int number2) {
    throw OutsideMirror.unsupported("WindowProperty.setShell");
  }

  public void setShell(Shell shell, boolean flag, int number, int number2) {
    throw OutsideMirror.unsupported("WindowProperty.setShell");
  }

  public String getName() {
    return name;
  }

  public void setName(String text) {
    name = text;
  }

  public boolean isMaximized() {
    return maximized;
  }

  public void setMaximized(boolean flag) {
    maximized = flag;
  }

  public Rectangle getRectangle() {
    return rectangle;
  }

  public void setRectangle(Rectangle rectangle2) {
    rectangle = rectangle2;
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

  public boolean equal(Object value) {
    return value instanceof WindowProperty && name != null && name.equalsIgnoreCase(((WindowProperty) value).name);
  }

  private String name;
  private boolean maximized;
  private Rectangle rectangle;
}
