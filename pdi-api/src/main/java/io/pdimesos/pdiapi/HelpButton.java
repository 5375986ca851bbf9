package io.pdimesos.pdiapi;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FormAttachment;
import org.eclipse.swt.layout.FormData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

/**
 * The Help button PDI 9.4 adds to every entry and step dialog (JobDialog.setShellImage,
 * BaseStepDialog.setShellImage): "Help" beside a 16-pixel icon, at the bottom left of the
 * dialog. The mirror's icon is blank, of the same size, so the button takes the room it takes in
 * Spoon.
 */
public final class HelpButton {
  private static final String ICON = "pdimesos.helpIcon";
  private static final int ICON_SIZE = 16;

  private HelpButton() {
  }

  public static Button create(Composite parent) {
    Button help = new Button(parent, SWT.PUSH);
    help.setImage(icon(parent.getDisplay()));
    help.setText("Help");
    help.setToolTipText("Help");
    FormData data = new FormData();
    data.left = new FormAttachment(0, 0);
    data.bottom = new FormAttachment(100, 0);
    help.setLayoutData(data);
    return help;
  }

  /** One blank icon per display, disposed with it. */
  private static Image icon(Display display) {
    Image icon = (Image) display.getData(ICON);
    if (icon == null) {
      ImageData data = new ImageData(ICON_SIZE, ICON_SIZE, 1, new PaletteData(new RGB[] {new RGB(0, 0, 0)}));
      data.transparentPixel = 0;
      icon = new Image(display, data);
      display.setData(ICON, icon);
      Image disposed = icon;
      display.disposeExec(disposed::dispose);
    }
    return icon;
  }
}
