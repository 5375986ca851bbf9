package io.pdimesos.pdiapi;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FormAttachment;
import org.eclipse.swt.layout.FormData;
import org.eclipse.swt.layout.FormLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The room PDI 9.4 keeps at the right of every TextVar and ComboVar for its variable marker (a
 * "$" icon, a JFace ControlDecoration): the field itself ends 13 pixels before the widget does,
 * as measured in the real Spoon by pdi-it's SpoonDialogsIT. The mirror draws a plain "$" there.
 */
public final class VariableMarker {
  /** The width of PDI 9.4's variable icon. */
  public static final int WIDTH = 13;

  private VariableMarker() {
  }

  /** Lays {@code field} out in {@code owner} as PDI does, and draws the marker beside it. */
  public static void place(Composite owner, Control field) {
    FormLayout layout = new FormLayout();
    layout.marginWidth = 0;
    layout.marginHeight = 0;
    owner.setLayout(layout);
    FormData data = new FormData();
    data.top = new FormAttachment(0, 0);
    data.left = new FormAttachment(0, 0);
    data.right = new FormAttachment(100, -WIDTH);
    field.setLayoutData(data);
    owner.addListener(SWT.Paint, e -> {
      Point size = e.gc.stringExtent("$");
      int x = owner.getClientArea().width - WIDTH + (WIDTH - size.x) / 2;
      int y = field.getBounds().y + (field.getBounds().height - size.y) / 2;
      e.gc.drawString("$", x, y, true);
    });
  }
}
