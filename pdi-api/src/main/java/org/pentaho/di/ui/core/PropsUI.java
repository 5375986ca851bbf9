package org.pentaho.di.ui.core;

import org.eclipse.swt.SWT;

import io.pdimesos.pdiapi.OutsideMirror;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Control;
import org.pentaho.di.core.Props;
import org.pentaho.di.ui.core.gui.WindowProperty;

public class PropsUI extends Props {
  public static PropsUI getInstance() {
    synchronized (PropsUI.class) {
      if (instance == null) {
        instance = new PropsUI();
      }
      return instance;
    }
  }

  public FontData getDefaultFont() {
    throw OutsideMirror.unsupported("PropsUI.getDefaultFont");
  }

  public FontData getGridFont() {
    throw OutsideMirror.unsupported("PropsUI.getGridFont");
  }

  public int getIconSize() {
    throw OutsideMirror.unsupported("PropsUI.getIconSize");
  }

  public int getLineWidth() {
    throw OutsideMirror.unsupported("PropsUI.getLineWidth");
  }

  public int getShadowSize() {
    throw OutsideMirror.unsupported("PropsUI.getShadowSize");
  }

  public int getMiddlePct() {
    // PDI's default position of the label/control split in dialogs.
    return 35;
  }

  public void setScreen(WindowProperty windowProperty) {
    // Window positions are not remembered by the mirror.
  }

  public WindowProperty getScreen(String text) {
    return null;
  }

  public boolean isOSLookShown() {
    return false;
  }

  public void setLook(Control control) {
    // The mirror keeps the platform look; PDI would apply fonts and colours here.
  }

  public void setLook(Control control, int number) {
    // See setLook(Control).
  }

  public int getJobsDialogStyle() {
    return SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MIN | SWT.MAX;
  }

  public int getDialogStyle(String text) {
    // PDI reads the style from the Spoon property named {@code text}; none is set: no style.
    return 0;
  }

  public int getCanvasGridSize() {
    throw OutsideMirror.unsupported("PropsUI.getCanvasGridSize");
  }

  private static PropsUI instance;

  private PropsUI() {
  }

}
