package io.pdimesos.pdiapi;

import org.eclipse.swt.layout.FormAttachment;
import org.eclipse.swt.layout.FormData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;

/** Lays OK/Cancel-style buttons out in one row below a control (or at the bottom), as PDI's dialogs do. */
public final class ButtonRow {
  /** Where the row sits horizontally. */
  public enum Alignment {
    LEFT, CENTER, RIGHT
  }

  private ButtonRow() {
  }

  public static void place(Button[] buttons, int margin, Control lastControl, Alignment alignment) {
    int total = 0;
    for (Button button : buttons) {
      total += button.computeSize(-1, -1).x + margin;
    }
    for (int i = 0; i < buttons.length; i++) {
      FormData data = new FormData();
      if (lastControl != null) {
        data.top = new FormAttachment(lastControl, margin * 3);
      } else {
        data.bottom = new FormAttachment(100, -margin);
      }
      if (i > 0) {
        data.left = new FormAttachment(buttons[i - 1], margin);
      } else if (alignment == Alignment.LEFT) {
        data.left = new FormAttachment(0, margin);
      } else if (alignment == Alignment.RIGHT) {
        data.left = new FormAttachment(100, -total - margin);
      } else {
        data.left = new FormAttachment(50, -total / 2);
      }
      buttons[i].setLayoutData(data);
    }
  }
}
