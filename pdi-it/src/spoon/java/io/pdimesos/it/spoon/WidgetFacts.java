package io.pdimesos.it.spoon;

import io.pdimesos.it.harness.Report;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FormAttachment;
import org.eclipse.swt.layout.FormData;
import org.eclipse.swt.layout.FormLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.ui.core.PropsUI;
import org.pentaho.di.ui.core.widget.ColumnInfo;
import org.pentaho.di.ui.core.widget.ComboVar;
import org.pentaho.di.ui.core.widget.PasswordTextVar;
import org.pentaho.di.ui.core.widget.TableView;
import org.pentaho.di.ui.core.widget.TextVar;
import org.pentaho.di.ui.trans.step.BaseStepDialog;

/**
 * What PDI's own widgets are and do, where our dialogs build on them and the pdi-api mirror
 * models them: TextVar's and ComboVar's structure and tooltips, PasswordTextVar, TableView's
 * columns and rows, PropsUI's dialog style and label split, and how positionBottomButtons lays a
 * row of buttons out. Built on a scratch shell of the running Spoon, reported for the test to
 * hold the mirror to.
 */
final class WidgetFacts {
  private WidgetFacts() {}

  static void report(Shell window, VariableSpace space, Report report) {
    PropsUI props = PropsUI.getInstance();
    report.put("props", props.getMiddlePct(), props.getJobsDialogStyle(), props.getDialogStyle("x"),
        props.isOSLookShown());
    Shell shell = new Shell(window, props.getJobsDialogStyle());
    try {
      shell.setLayout(new FormLayout());
      TextVar text = new TextVar(space, shell, SWT.SINGLE | SWT.LEFT | SWT.BORDER);
      PasswordTextVar password = new PasswordTextVar(space, shell, SWT.SINGLE | SWT.LEFT | SWT.BORDER);
      ComboVar combo = new ComboVar(space, shell, SWT.BORDER);
      TableView table = new TableView(space, shell, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI,
          new ColumnInfo[] {new ColumnInfo("Key", ColumnInfo.COLUMN_TYPE_TEXT, false),
              new ColumnInfo("Value", ColumnInfo.COLUMN_TYPE_TEXT, false)}, 1, null, props);
      Control above = null;
      for (Control c : new Control[] {text, password, combo, table}) {
        FormData data = new FormData();
        data.left = new FormAttachment(0, 0);
        data.right = new FormAttachment(0, 300);
        data.top = above == null ? new FormAttachment(0, 0) : new FormAttachment(above, 4);
        c.setLayoutData(data);
        above = c;
      }
      Button[] buttons = {new Button(shell, SWT.PUSH), new Button(shell, SWT.PUSH), new Button(shell, SWT.PUSH)};
      buttons[0].setText("OK");
      buttons[1].setText("Test connection");
      buttons[2].setText("Cancel");
      BaseStepDialog.positionBottomButtons(shell, buttons, 4, null);
      shell.setSize(600, 400);
      shell.layout(true, true);

      report.put("textvar", layoutOf(text), children(text), text.getTextWidget().getBounds().width,
          text.getBounds().width);
      text.setText("http://${APP}:8080");
      report.put("textvar-tooltip", text.getTextWidget().getToolTipText());
      password.setText("${APP}");
      report.put("password", (password.getTextWidget().getStyle() & SWT.PASSWORD) != 0,
          String.valueOf(password.getTextWidget().getToolTipText()));
      report.put("combovar", layoutOf(combo), children(combo), combo.getCComboWidget().getBounds().width,
          combo.getBounds().width);
      table.add("k1", "v1");
      report.put("tableview", table.table.getColumnCount(), table.table.getColumn(0).getText(),
          table.table.getColumn(1).getText(), table.table.getItemCount(), table.nrNonEmpty(),
          String.join(",", table.getItem(1)));
      report.put("button-row", Arrays.stream(buttons).map(b -> bounds(b.getBounds()))
          .collect(Collectors.joining(" ")), Arrays.stream(buttons)
          .map(b -> String.valueOf(b.computeSize(SWT.DEFAULT, SWT.DEFAULT).x)).collect(Collectors.joining(" ")),
          shell.getClientArea().width, shell.getClientArea().height);
    } finally {
      shell.dispose();
    }
  }

  private static String layoutOf(Composite c) {
    return c.getLayout() == null ? "none" : c.getLayout().getClass().getSimpleName();
  }

  private static String children(Composite c) {
    return Arrays.stream(c.getChildren()).map(k -> k.getClass().getSimpleName()).collect(Collectors.joining(","));
  }

  private static String bounds(Rectangle r) {
    return r.x + "," + r.y + "," + r.width + "x" + r.height;
  }
}
