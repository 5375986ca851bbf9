package io.pdimesos.steps;

import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.pentaho.di.i18n.BaseMessages;
import org.pentaho.di.ui.core.PropsUI;

/** Shows an {@link InputPreview}: one column per output field, one line per row. */
final class PreviewRowsShell {
  private static final Class<?> PKG = PreviewRowsShell.class;

  private final Shell shell;
  private final Button close;
  private final Table table;

  PreviewRowsShell(Shell parent, String stepTitle, InputPreview preview) {
    PropsUI props = PropsUI.getInstance();
    shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.RESIZE | SWT.APPLICATION_MODAL);
    props.setLook(shell);
    shell.setText(BaseMessages.getString(PKG, "PreviewRowsShell.Title", stepTitle,
        String.valueOf(InputStepDialog.PREVIEW_ROWS)));
    shell.setLayout(new GridLayout(1, false));
    if (preview.rows().isEmpty()) {
      Label none = new Label(shell, SWT.WRAP);
      none.setText(BaseMessages.getString(PKG, "PreviewRowsShell.None"));
      props.setLook(none);
    }
    table = new Table(shell, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
    table.setHeaderVisible(true);
    table.setLinesVisible(true);
    table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    for (String c : preview.columns()) {
      TableColumn column = new TableColumn(table, SWT.LEFT);
      column.setText(c);
    }
    for (List<String> row : preview.rows()) {
      new TableItem(table, SWT.NONE).setText(row.toArray(new String[0]));
    }
    fitColumns(table);
    close = new Button(shell, SWT.PUSH);
    close.setText(BaseMessages.getString(PKG, "PreviewRowsShell.Close"));
    close.setLayoutData(new GridData(SWT.CENTER, SWT.CENTER, false, false));
    close.addListener(SWT.Selection, e -> shell.dispose());
    shell.setDefaultButton(close);
    shell.setSize(900, 500);
  }

  /**
   * Each column as wide as its widest text plus some air, as PDI's tables size theirs
   * ({@code TableColumn.pack()} under-measures before the shell is shown on GTK).
   */
  private static void fitColumns(Table table) {
    GC gc = new GC(table);
    try {
      gc.setFont(table.getFont());
      for (int c = 0; c < table.getColumnCount(); c++) {
        int max = gc.textExtent(table.getColumn(c).getText()).x;
        for (TableItem item : table.getItems()) {
          max = Math.max(max, gc.textExtent(item.getText(c)).x);
        }
        table.getColumn(c).setWidth(max + 30);
      }
    } finally {
      gc.dispose();
    }
  }

  /** Opens the shell and returns at once (the dialog behind stays usable after Close). */
  void open() {
    shell.open();
    // Focus on Close, not on the table (GTK would select its first row, as if picked).
    close.setFocus();
    table.deselectAll();
  }

  Shell shell() {
    return shell;
  }
}
