package io.pdimesos.pdiapi;

import org.eclipse.swt.layout.FormAttachment;
import org.eclipse.swt.layout.FormData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;

/**
 * Lays a row of OK/Cancel-style buttons out as PDI 9.4's {@code BaseStepDialog} does (checked
 * in the real Spoon by pdi-it's SpoonDialogsIT): every button as wide as the widest one plus 10
 * pixels (made even) plus {@code margin}, {@code margin} apart, at the bottom of the dialog (or
 * {@code 3 * margin} below {@code lastControl}), the middle button at the centre for
 * {@link Alignment#CENTER}.
 */
public final class ButtonRow {
  /** Where the row sits horizontally. */
  public enum Alignment {
    LEFT, CENTER, RIGHT
  }

  private ButtonRow() {
  }

  /** PDI's width for the row's buttons: the widest one's, plus 10, made even (FormLayout adds the margin). */
  public static int width(Button[] buttons) {
    int widest = 0;
    for (Button button : buttons) {
      button.pack(true);
      widest = Math.max(widest, button.getBounds().width);
    }
    int width = widest + 10;
    return width % 2 == 1 ? width + 1 : width;
  }

  public static void place(Button[] buttons, int width, int margin, Control lastControl, Alignment alignment) {
    switch (alignment) {
      case LEFT:
        for (int i = 0; i < buttons.length; i++) {
          FormData data = data(buttons[i], width, margin, lastControl);
          data.left = i == 0 ? new FormAttachment(0, margin) : new FormAttachment(buttons[i - 1], margin);
          buttons[i].setLayoutData(data);
        }
        break;
      case RIGHT:
        for (int i = buttons.length - 1; i >= 0; i--) {
          FormData data = data(buttons[i], width, margin, lastControl);
          data.left = i == buttons.length - 1 ? new FormAttachment(100, -(width + margin))
              : new FormAttachment(buttons[i + 1], -(2 * (width + margin)) - margin);
          buttons[i].setLayoutData(data);
        }
        break;
      default:
        center(buttons, width, margin, lastControl);
    }
  }

  /** The middle button at the centre (the one right of it for an even count), the others beside it. */
  private static void center(Button[] buttons, int width, int margin, Control lastControl) {
    int middle = buttons.length / 2;
    FormData data = data(buttons[middle], width, margin, lastControl);
    data.left = new FormAttachment(50, buttons.length % 2 == 0 ? margin : -(width + margin) / 2);
    buttons[middle].setLayoutData(data);
    for (int i = middle + 1; i < buttons.length; i++) {
      data = data(buttons[i], width, margin, lastControl);
      data.left = new FormAttachment(buttons[i - 1], margin);
      buttons[i].setLayoutData(data);
    }
    for (int i = middle - 1; i >= 0; i--) {
      data = data(buttons[i], width, margin, lastControl);
      data.left = new FormAttachment(buttons[i + 1], -(2 * (width + margin)) - margin);
      buttons[i].setLayoutData(data);
    }
  }

  /**
   * The bottom (or below {@code lastControl}) and the right side, which PDI attaches to the button
   * itself: SWT's FormLayout then makes the button {@code width + margin} wide.
   */
  private static FormData data(Button button, int width, int margin, Control lastControl) {
    FormData data = new FormData();
    if (lastControl != null) {
      data.top = new FormAttachment(lastControl, margin * 3);
    } else {
      data.bottom = new FormAttachment(100, 0);
    }
    data.right = new FormAttachment(button, width + margin);
    return data;
  }
}
