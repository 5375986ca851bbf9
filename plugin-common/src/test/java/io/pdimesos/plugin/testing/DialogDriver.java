package io.pdimesos.plugin.testing;

import io.pdimesos.plugin.ui.SettingsDialog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Runs a test's clicks inside a settings dialog's own event loop, as the dialog tests of the
 * settings form, the entries and the steps do: message boxes (verdicts, refusals) are kept in
 * {@link #shown} instead of blocking, an assertion that fails inside the dialog closes it and
 * fails the test, and a safety net closes a dialog that would hang the build.
 */
public class DialogDriver {
  /** "title: message" of every message box the dialog showed. */
  public final List<String> shown = new ArrayList<>();
  protected final Display display;

  public DialogDriver(Display display) {
    this.display = display;
  }

  /**
   * Queues {@code actions} for {@code dialog}'s event loop, then opens it with {@code open}
   * (which blocks until the dialog closes) and returns what that returned. After 30 s every
   * shell but {@code spoon} (the dialog's parent, left open) is disposed.
   */
  public <T> T run(SettingsDialog dialog, Shell spoon, Supplier<T> open,
      Consumer<SettingsDialog> actions) {
    dialog.feedback((shell, title, message, ok) -> shown.add(title + ": " + message));
    List<Throwable> failures = new ArrayList<>();
    display.asyncExec(() -> {
      try {
        actions.accept(dialog);
      } catch (Throwable t) {
        failures.add(t);
        dialog.shell().dispose();
      }
    });
    Runnable safetyNet = () -> {
      for (Shell s : display.getShells()) {
        if (s != spoon) {
          s.dispose();
        }
      }
    };
    display.timerExec(30_000, safetyNet);
    try {
      T result = open.get();
      if (!failures.isEmpty()) {
        throw new AssertionError(failures.get(0));
      }
      return result;
    } finally {
      display.timerExec(-1, safetyNet); // so that it cannot close a later test's dialog
    }
  }
}
