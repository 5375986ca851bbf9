package io.pdimesos.it.spoon;

import io.pdimesos.it.harness.Report;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingException;
import io.pdimesos.plugin.SettingKind;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.SettingsXml;
import io.pdimesos.plugin.testing.DialogDriver;
import io.pdimesos.plugin.testing.DialogShots;
import io.pdimesos.plugin.ui.SettingsDialog;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.pentaho.di.ui.core.widget.TextVar;

/**
 * The rounds every entry and step dialog goes through in the real Spoon, each time built by
 * Spoon itself: a look at it over a user's values (what it shows, its layout, its buttons, the
 * docs' screenshot, Cancel), OK after typing into every widget of a new one, and Cancel after
 * typing over a filled one. Facts go to the report under the plugin id; the test judges them.
 */
final class DialogRounds {
  private final Display display;
  private final Shell window;
  private final Report report;

  /** A dialog as Spoon built it: its settings builder, the values it edits, and its open(). */
  static final class Opened {
    final SettingsDialog dialog;
    final SettingValues values;
    final Supplier<Object> open;

    Opened(SettingsDialog dialog, SettingValues values, Supplier<Object> open) {
      this.dialog = dialog;
      this.values = values;
      this.open = open;
    }
  }

  DialogRounds(Shell window, Report report) {
    this.display = window.getDisplay();
    this.window = window;
    this.report = report;
  }

  /**
   * Opens the dialog over the values a user's file holds: the tabs, every setting's widget, the
   * layout problems of every tab and of the dialog itself, the buttons, the docs' screenshot
   * ({@code slug}; {@code extraShots}: a tab's title and its picture's name), Test connection, then
   * {@code more} (Validate, Get fields, Preview), then Cancel.
   */
  void look(String id, String slug, Opened d, List<String[]> extraShots, Consumer<SettingsDialog> more) {
    String before = SettingsXml.write(d.values);
    Object result = drive(id, d, s -> {
      CTabFolder tabs = s.form().tabFolder();
      report.put("tabs", prefixed(id, Arrays.stream(tabs.getItems()).map(CTabItem::getText)));
      for (Setting setting : d.values.settings()) {
        describe(id, setting, s.form().widget(setting));
      }
      SettingValues shown = d.values.copy();
      shown.setDefaults();
      s.form().store(shown);
      report.put("look-shown", id, before, SettingsXml.write(shown));
      for (String problem : DialogShots.layoutProblems(s.shell(), tabs)) {
        report.put("layout", id, problem);
      }
      report.put("buttons", prefixed(id, Arrays.stream(s.shell().getChildren())
          .filter(c -> c instanceof Button && (c.getStyle() & SWT.PUSH) != 0)
          .sorted(Comparator.comparingInt(c -> c.getBounds().x)).map(c -> ((Button) c).getText())));
      DialogShots.screenshot(s.shell(), slug);
      for (String[] shot : extraShots) {
        int tab = Arrays.stream(tabs.getItems()).map(CTabItem::getText).collect(Collectors.toList())
            .indexOf(shot[0]);
        if (tab < 0) {
          report.put("missing-tab", id, shot[0]);
          continue;
        }
        tabs.setSelection(tab);
        DialogShots.screenshot(s.shell(), shot[1]);
      }
      checkTick(id, d, s, tabs);
      tabs.setSelection(0);
      if (s.testButton() != null) {
        report.put("test-connection", id, press(id, s, s.testButton()));
      }
      more.accept(s);
      s.cancelButton().notifyListeners(SWT.Selection, new Event());
    });
    report.put("look-result", id, String.valueOf(result));
    report.put("look-values", id, before, SettingsXml.write(d.values));
  }

  /**
   * Opens the dialog on one tab for a docs picture ({@code name}), with its layout problems, then
   * Cancel; nothing is pressed, so nothing is sent anywhere.
   */
  void shot(String id, Opened d, String tab, String name) {
    drive(id, d, s -> {
      CTabFolder tabs = s.form().tabFolder();
      for (String problem : DialogShots.layoutProblems(s.shell(), tabs)) {
        report.put("layout", id, problem);
      }
      int index = Arrays.stream(tabs.getItems()).map(CTabItem::getText).collect(Collectors.toList())
          .indexOf(tab);
      if (index < 0) {
        report.put("missing-tab", id, tab);
      } else {
        tabs.setSelection(index);
        DialogShots.screenshot(s.shell(), name);
      }
      s.cancelButton().notifyListeners(SWT.Selection, new Event());
    });
  }

  /**
   * Types {@code typed} into every widget of a new entry's or step's dialog, renames it
   * {@code name}, presses OK; then what the meta holds.
   */
  Object okTyped(String id, Opened d, SettingValues typed, String name) {
    Object result = drive(id, d, s -> {
      Typist.type(s.form(), typed);
      s.nameField().setText(name);
      s.okButton().notifyListeners(SWT.Selection, new Event());
    });
    report.put("ok-values", id, SettingsXml.write(typed), SettingsXml.write(d.values));
    return result;
  }

  /**
   * Opens a filled entry's or step's dialog: what the widgets show; then types {@code typed}
   * over every widget, renames it, presses Cancel; then what the meta holds.
   */
  Object cancelTyped(String id, Opened d, SettingValues typed) {
    String before = SettingsXml.write(d.values);
    Object result = drive(id, d, s -> {
      SettingValues shown = d.values.copy();
      shown.setDefaults();
      s.form().store(shown);
      report.put("shown-values", id, before, SettingsXml.write(shown));
      Typist.type(s.form(), typed);
      s.nameField().setText("Typed, then cancelled");
      s.cancelButton().notifyListeners(SWT.Selection, new Event());
    });
    report.put("cancel-values", id, before, SettingsXml.write(d.values));
    return result;
  }

  /**
   * SettingsFiller's non-default value for every setting, except where OK would refuse it (a
   * number outside its range, such as "Rows at once"): that one keeps its default.
   */
  static SettingValues acceptedByOk(SettingValues filled) {
    SettingValues defaults = filled.copy();
    defaults.setDefaults();
    for (Setting s : filled.settings()) {
      try {
        if (s.kind() == SettingKind.INTEGER) {
          filled.in(null).integer(s);
        } else if (s.kind() == SettingKind.NUMBER) {
          filled.in(null).number(s);
        } else if (s.kind() == SettingKind.CHOICE) {
          filled.in(null).choice(s);
        }
      } catch (SettingException e) {
        filled.set(s, defaults.raw(s));
      }
    }
    return filled;
  }

  /**
   * Opens the dialog with PDI's open(), runs {@code actions} inside it; what open() returned. A
   * dialog the actions leave open (OK refused what was typed) is reported and cancelled.
   */
  private Object drive(String id, Opened d, Consumer<SettingsDialog> actions) {
    DialogDriver driver = new DialogDriver(display);
    try {
      return driver.run(d.dialog, window, d.open, actions.andThen(s -> {
        if (!s.shell().isDisposed()) {
          report.put("left-open", id);
          s.cancelButton().notifyListeners(SWT.Selection, new Event());
        }
      }));
    } catch (AssertionError e) {
      report.error("round-failed", e.getCause() == null ? e : e.getCause(), id);
      return "failed";
    } finally {
      for (String shown : driver.shown) {
        report.put("message", id, shown);
      }
    }
  }

  /**
   * Clicks one of the dialog's buttons and returns the message it showed. A failure shows PDI's
   * ErrorDialog, which waits for a click: that is caught, reported and closed here.
   */
  String press(String id, SettingsDialog s, Button button) {
    List<String> shown = new ArrayList<>();
    s.feedback((shell, title, message, ok) -> shown.add((ok ? "" : "PROBLEM ") + message));
    String title = button.getText().replace("&", "");
    display.asyncExec(() -> closeErrorDialogs(id, s.shell(), title));
    button.notifyListeners(SWT.Selection, new Event());
    return String.join("\n", shown);
  }

  private void closeErrorDialogs(String id, Shell dialog, String title) {
    for (Shell shell : display.getShells()) {
      if (shell.getParent() == dialog && shell.isVisible() && shell.getText().equals(title)) {
        report.put("error-dialog", id, title, texts(shell));
        shell.dispose();
      }
    }
  }

  /** What a setting's widget is: its class, whether it masks what is typed, PDI's "$" marker. */
  private void describe(String id, Setting setting, Control widget) {
    if (widget == null) {
      report.put("widget", id, setting.tag(), setting.kind(), "none");
      return;
    }
    Text text = widget instanceof TextVar ? ((TextVar) widget).getTextWidget()
        : widget instanceof Text ? (Text) widget : null;
    boolean masked = text != null && (text.getStyle() & SWT.PASSWORD) != 0;
    report.put("widget", id, setting.tag(), setting.kind(), widget.getClass().getSimpleName(), masked,
        widget instanceof TextVar && variableMarker((TextVar) widget));
  }

  /**
   * Whether a tick shows when the dialog's first unticked box is ticked, on its own tab (after the
   * screenshots, as a tick fades out slowly), then unticks it again.
   */
  private void checkTick(String id, Opened d, SettingsDialog s, CTabFolder tabs) {
    for (Setting setting : d.values.settings()) {
      Control widget = s.form().widget(setting);
      if (widget instanceof Button && (widget.getStyle() & SWT.CHECK) != 0
          && !((Button) widget).getSelection()) {
        for (int i = 0; i < tabs.getItemCount(); i++) {
          if (contains(tabs.getItem(i).getControl(), widget)) {
            tabs.setSelection(i);
            // A long tab scrolls: bring the box into view, as a user would.
            ((ScrolledComposite) tabs.getItem(i).getControl()).showControl(widget);
          }
        }
        report.put("tick", id, setting.tag(), DialogShots.tickShows((Button) widget));
        ((Button) widget).setSelection(false);
        return;
      }
    }
  }

  private static boolean contains(Control ancestor, Control c) {
    for (Control p = c; p != null; p = p.getParent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** PDI draws a "$" beside every TextVar (its ControlDecoration): variables go there. */
  private static boolean variableMarker(TextVar widget) {
    try {
      Field field = TextVar.class.getDeclaredField("controlDecoration");
      field.setAccessible(true);
      ControlDecoration marker = (ControlDecoration) field.get(widget);
      return marker != null && marker.getImage() != null;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  /** Every label and text inside {@code composite}, in order. */
  static String texts(Composite composite) {
    List<String> out = new ArrayList<>();
    for (Control c : composite.getChildren()) {
      if (c instanceof Label) {
        out.add(((Label) c).getText());
      } else if (c instanceof Text) {
        out.add(((Text) c).getText());
      } else if (c instanceof Composite) {
        out.add(texts((Composite) c));
      }
    }
    return out.stream().filter(t -> !t.isEmpty()).collect(Collectors.joining(" | "));
  }

  static Object[] prefixed(String id, java.util.stream.Stream<String> values) {
    List<Object> all = new ArrayList<>();
    all.add(id);
    values.forEach(all::add);
    return all.toArray();
  }
}
