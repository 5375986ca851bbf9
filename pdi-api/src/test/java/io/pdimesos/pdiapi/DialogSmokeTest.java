package io.pdimesos.pdiapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.pdiapi.sample.SampleEntry;
import io.pdimesos.pdiapi.sample.SampleEntryDialog;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pentaho.di.job.JobMeta;

/**
 * Opens a real SWT dialog built from the mirror's widgets. Needs an X display: run the build under
 * {@code xvfb-run} (Debian packages xvfb and libgtk-3-0); without one the test is skipped.
 */
class DialogSmokeTest {

  @Test
  void entryDialogOpensFillsAndReturnsTheEntryOnOk() {
    Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no X display (run under xvfb-run)");
    Display display = new Display();
    try {
      Shell spoon = new Shell(display);
      JobMeta jobMeta = new JobMeta();
      jobMeta.setVariable("HOST", "marathon.local");
      SampleEntry entry = new SampleEntry();
      SampleEntryDialog dialog = new SampleEntryDialog(spoon, entry, null, jobMeta);
      AtomicReference<String> seen = new AtomicReference<>();
      AtomicInteger modifications = new AtomicInteger();
      AtomicReference<String> table = new AtomicReference<>();

      display.asyncExec(() -> {
        dialog.wTarget.addModifyListener(e -> modifications.incrementAndGet());
        dialog.wTarget.setText("http://${HOST}:8080");
        seen.set(dialog.wTarget.getTextWidget().getToolTipText()
            + "|" + (dialog.wSecret.getTextWidget().getStyle() & SWT.PASSWORD)
            + "|" + dialog.wMode.getItemCount());
        dialog.wSecret.setText("s3cret");
        dialog.wLabels.add("team", "data");
        dialog.wLabels.add("tier", "etl");
        // PDI's add() appends: the table's first, empty row stays (as in Spoon).
        table.set(dialog.wLabels.nrNonEmpty() + "|" + String.join(",", dialog.wLabels.getItem(2)) + "|"
            + dialog.wLabels.getItem(1, 1) + "|" + dialog.wLabels.getItem(0, 1));
        dialog.wOK.notifyListeners(SWT.Selection, new Event());
      });
      // A safety net so a broken dialog cannot hang the build.
      display.timerExec(20_000, () -> {
        for (Shell shell : display.getShells()) {
          if (shell != spoon) {
            shell.dispose();
          }
        }
      });

      Object result = dialog.open();

      assertThat(result).isSameAs(entry);
      assertThat(entry.target).isEqualTo("http://${HOST}:8080");
      assertThat(modifications.get()).isPositive();
      assertThat(seen.get()).isEqualTo("http://marathon.local:8080|" + SWT.PASSWORD + "|2");
      assertThat(table.get()).isEqualTo("2|tier,etl|team|");
    } finally {
      display.dispose();
    }
  }
}
