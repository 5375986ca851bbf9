package io.pdimesos.plugin.testing;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Dialog screenshots for the docs and the layout defects a user would see, as the entries' and
 * the steps' dialog tests take and check them: with {@code -Dscreenshots=<dir>} a shell is saved as
 * {@code <dir>/<name>.png} (its client area, once painting has settled).
 */
public final class DialogShots {
  private DialogShots() {}

  /** Saves the shell as PNG under -Dscreenshots (nothing without it), after it laid out and painted. */
  public static void screenshot(Shell shell, String name) {
    String dir = System.getProperty("screenshots");
    if (dir == null) {
      return;
    }
    shell.layout(true, true);
    ImageData current = settledCapture(shell, shell.getClientArea());
    ImageLoader loader = new ImageLoader();
    loader.data = new ImageData[] {current};
    new File(dir).mkdirs();
    loader.save(new File(dir, name + ".png").getPath(), SWT.IMAGE_PNG);
  }

  /**
   * Whether a tick shows once {@code box}, unticked and on the shown tab, is ticked: the middle of
   * the box gets pixels clearly darker than before (on GTK 3 a tick drawn in the background's
   * colour does not: the box only gets a blue edge). GTK fades the tick in over about half a
   * second, so this looks for up to 3 s. The box is left ticked: untick it.
   */
  public static boolean tickShows(Button box) {
    Shell shell = box.getShell();
    // Read off the shell, as the screenshots are; the box is drawn at the left of the button, as
    // a square as high as the button.
    Point at = box.getDisplay().map(box.getParent(), shell, box.getLocation());
    int side = Math.min(box.getSize().x, box.getSize().y);
    Rectangle square = new Rectangle(at.x, at.y, side, side);
    ImageData empty = settledCapture(shell, square);
    box.setSelection(true);
    long end = System.nanoTime() + 3_000_000_000L;
    while (System.nanoTime() < end) {
      settle(box.getDisplay());
      if (darkerPixels(empty, capture(shell, square)) >= 3) {
        return true;
      }
    }
    return false;
  }

  private static int darkerPixels(ImageData before, ImageData after) {
    int darker = 0;
    for (int y = before.height / 4; y < before.height * 3 / 4; y++) {
      for (int x = before.width / 4; x < before.width * 3 / 4; x++) {
        if (luminance(before, x, y) - luminance(after, x, y) > 60) {
          darker++;
        }
      }
    }
    return darker;
  }

  private static int luminance(ImageData image, int x, int y) {
    RGB rgb = image.palette.getRGB(image.getPixel(x, y));
    return (299 * rgb.red + 587 * rgb.green + 114 * rgb.blue) / 1000;
  }

  /**
   * {@code area} of {@code shell} once painting has settled: a tab selected just before has not
   * been painted yet and the X server paints asynchronously, so capture until two captures in a
   * row agree (bounded) instead of sleeping for luck. (A box ticked just before fades in only
   * after about 0.1 s, which two agreeing captures can miss: {@link #tickShows} looks longer.)
   */
  private static ImageData settledCapture(Shell shell, Rectangle area) {
    Display display = shell.getDisplay();
    settle(display);
    ImageData previous = null;
    ImageData current = capture(shell, area);
    for (int i = 0; i < 60 && (previous == null || !sameImage(previous, current)); i++) {
      display.timerExec(50, () -> { });
      for (int j = 0; j < 1000 && display.readAndDispatch(); j++) {
        // drain pending events
      }
      display.sleep();
      previous = current;
      current = capture(shell, area);
    }
    return current;
  }

  /**
   * {@code area} of the shell (its client area for a whole picture: without a window manager the
   * shell's size still counts a title bar).
   */
  private static ImageData capture(Shell shell, Rectangle area) {
    Image image = new Image(shell.getDisplay(), area.width, area.height);
    GC gc = new GC(shell);
    try {
      gc.copyArea(image, area.x, area.y);
      return image.getImageData();
    } finally {
      gc.dispose();
      image.dispose();
    }
  }

  private static boolean sameImage(ImageData a, ImageData b) {
    return a.width == b.width && a.height == b.height && Arrays.equals(a.data, b.data);
  }

  /**
   * The layout problems of a settings dialog: those of its own rows (name, tabs, the buttons and
   * PDI's Help button) and those of every tab.
   */
  public static List<String> layoutProblems(Shell dialog, CTabFolder tabs) {
    List<String> out = layoutProblems("dialog", dialog);
    out.addAll(tabLayoutProblems(tabs));
    return out;
  }

  /**
   * The layout problems of every tab of a settings form (each tab's page sits in a scrolled
   * composite), selecting each in turn, once the window system has shown it (a scroll bar
   * appears only then); leaves the first tab selected.
   */
  public static List<String> tabLayoutProblems(CTabFolder tabs) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tabs.getItemCount(); i++) {
      tabs.setSelection(i);
      settle(tabs.getDisplay());
      String tab = tabs.getItem(i).getText();
      ScrolledComposite scroll = (ScrolledComposite) tabs.getItem(i).getControl();
      Composite page = (Composite) scroll.getContent();
      int shown = scroll.getClientArea().width;
      if (page.getBounds().x + page.getBounds().width > shown + 1) {
        out.add(tab + ": the page is " + page.getBounds().width + " px wide, only " + shown
            + " px show (the rest is under the scroll bar)");
      }
      out.addAll(layoutProblems(tab, page));
    }
    tabs.setSelection(0);
    return out;
  }

  /** Lets pending events and the X server's answers arrive (bounded). */
  private static void settle(Display display) {
    for (int round = 0; round < 3; round++) {
      display.timerExec(20, () -> { });
      display.sleep();
      for (int i = 0; i < 1000 && display.readAndDispatch(); i++) {
        // drain pending events
      }
    }
  }

  /** Controls of {@code page} cut off at the right, labels cut short, controls overlapping. */
  public static List<String> layoutProblems(String tab, Composite page) {
    List<String> out = new ArrayList<>();
    Control[] children = page.getChildren();
    int width = page.getClientArea().width;
    for (Control c : children) {
      Rectangle b = c.getBounds();
      if (b.x + b.width > width + 1 || b.width <= 0 || b.height <= 0) {
        out.add(tab + ": " + describe(c) + " is outside the page " + b);
      }
      if (c instanceof Label l && l.computeSize(SWT.DEFAULT, SWT.DEFAULT).x > b.width) {
        out.add(tab + ": label '" + l.getText() + "' is cut off (" + b.width + " px of "
            + l.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + ")");
      }
      for (Control o : children) {
        if (o != c && o.getBounds().intersects(b)) {
          out.add(tab + ": " + describe(c) + " overlaps " + describe(o));
        }
      }
    }
    return out;
  }

  private static String describe(Control c) {
    String text = c instanceof Label l ? l.getText() : c instanceof Button b ? b.getText() : null;
    return c.getClass().getSimpleName() + (text == null ? "" : " '" + text + "'");
  }
}
