package org.pentaho.di.ui.core.widget;

import java.util.ArrayList;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.ModifyEvent;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableColumn;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.List;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.events.ModifyListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.pentaho.di.core.RowMetaAndData;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.ui.core.PropsUI;

public class TableView extends Composite {
  public static interface TableViewModifyListener {

  }

  public Table table;

  protected int textWidgetCaretPosition;

  public TableView(VariableSpace a0, Composite a1, int a2, ColumnInfo[] a3, int a4, ModifyListener a5, PropsUI a6) {
    this(a0, a1, a2, a3, a4, false, a5, a6, true, null);
  }

  public TableView(VariableSpace a0, Composite a1, int a2, ColumnInfo[] a3, int a4, boolean a5, ModifyListener a6, PropsUI a7) {
    this(a0, a1, a2, a3, a4, a5, a6, a7, true, null);
  }

  public TableView(VariableSpace a0, Composite a1, int a2, ColumnInfo[] a3, int a4, boolean a5, ModifyListener a6, PropsUI a7, boolean a8) {
    this(a0, a1, a2, a3, a4, a5, a6, a7, a8, null);
  }

  public TableView(VariableSpace a0, Composite a1, int a2, ColumnInfo[] a3, int a4, boolean a5, ModifyListener a6, PropsUI a7, boolean a8, Listener a9) {
    // A table whose column 0 holds the row number, as in PDI; cells are filled through setText/add, in-place
    // editors are not mirrored.
    super(a1, SWT.NONE);
    columns = a3;
    readonly = a5;
    contentListener = a6;
    setLayout(new FillLayout());
    table = new Table(this, a2 | SWT.FULL_SELECTION);
    table.setHeaderVisible(true);
    table.setLinesVisible(true);
    new TableColumn(table, SWT.RIGHT).setText("#");
    for (ColumnInfo column : a3) {
      TableColumn tableColumn = new TableColumn(table, column.getAllignement());
      tableColumn.setText(column.getName());
      tableColumn.setToolTipText(column.getToolTip());
    }
    for (int i = 0; i < a4; i++) {
      new TableItem(table, SWT.NONE);
    }
    setRowNums();
    optWidth(true);
  }

  protected String getTextWidgetValue(int a0) {
    throw OutsideMirror.unsupported("TableView.getTextWidgetValue");
  }

  protected int getTextWidgetCaretPosition(int a0) {
    throw OutsideMirror.unsupported("TableView.getTextWidgetCaretPosition");
  }

  public void sortTable(int a0) {
    throw OutsideMirror.unsupported("TableView.sortTable");
  }

  public void setSelection(int[] a0) {
    table.setSelection(a0);
  }

  public void sortTable(int a0, boolean a1) {
    throw OutsideMirror.unsupported("TableView.sortTable");
  }

  public void addModifyListener(ModifyListener a0) {
    modifyListeners.add(a0);
  }

  public void setColumnInfo(int a0, ColumnInfo a1) {
    throw OutsideMirror.unsupported("TableView.setColumnInfo");
  }

  public void setColumnText(int a0, String a1) {
    table.getColumn(a0).setText(a1);
  }

  public void setColumnToolTip(int a0, String a1) {
    table.getColumn(a0).setToolTipText(a1);
  }

  public void clearAll() {
    clearAll(false);
  }

  public void clearAll(boolean a0) {
    // PDI leaves one empty row behind (and asks first when told to; the mirror never asks).
    table.removeAll();
    new TableItem(table, SWT.NONE);
    setRowNums();
  }

  public void edit(int a0, int a1) {
    throw OutsideMirror.unsupported("TableView.edit");
  }

  public void setRowNums() {
    for (int i = 0; i < table.getItemCount(); i++) {
      table.getItem(i).setText(0, String.valueOf(i + 1));
    }
  }

  public void optWidth(boolean a0) {
    optWidth(a0, 0);
  }

  public void optWidth(boolean a0, int a1) {
    for (TableColumn column : table.getColumns()) {
      column.pack();
    }
  }

  public void removeEmptyRows() {
    removeEmptyRows(-1);
  }

  public void removeEmptyRows(int a0) {
    for (int i = table.getItemCount() - 1; i >= 0; i--) {
      if (isEmpty(i, a0)) {
        table.remove(i);
      }
    }
    setRowNums();
  }

  public List<Integer> getNonEmptyIndexes() {
    List<Integer> indexes = new ArrayList<Integer>();
    for (int i = 0; i < table.getItemCount(); i++) {
      if (!isEmpty(i, -1)) {
        indexes.add(i);
      }
    }
    return indexes;
  }

  public int nrNonEmpty() {
    return getNonEmptyIndexes().size();
  }

  public TableItem getNonEmpty(int a0) {
    List<Integer> indexes = getNonEmptyIndexes();
    return a0 < indexes.size() ? table.getItem(indexes.get(a0)) : null;
  }

  public int indexOfString(String a0, int a1) {
    for (int i = 0; i < table.getItemCount(); i++) {
      if (a0 != null && a0.equalsIgnoreCase(table.getItem(i).getText(a1))) {
        return i;
      }
    }
    return -1;
  }

  public ScrollBar getHorizontalBar() {
    throw OutsideMirror.unsupported("TableView.getHorizontalBar");
  }

  public ScrollBar getVerticalBar() {
    throw OutsideMirror.unsupported("TableView.getVerticalBar");
  }

  public String getButtonString() {
    throw OutsideMirror.unsupported("TableView.getButtonString");
  }

  public void setButtonString(String a0) {
    throw OutsideMirror.unsupported("TableView.setButtonString");
  }

  public void closeActiveButton() {
    throw OutsideMirror.unsupported("TableView.closeActiveButton");
  }

  public void unEdit() {
    throw OutsideMirror.unsupported("TableView.unEdit");
  }

  public void setFilter() {
    throw OutsideMirror.unsupported("TableView.setFilter");
  }

  public RowMetaInterface getRowWithoutValues() {
    throw OutsideMirror.unsupported("TableView.getRowWithoutValues");
  }

  public RowMetaAndData getRow(int a0) {
    throw OutsideMirror.unsupported("TableView.getRow");
  }

  public int[] getSelectionIndices() {
    return table.getSelectionIndices();
  }

  public int getSelectionIndex() {
    return table.getSelectionIndex();
  }

  public void remove(int a0) {
    table.remove(a0);
    setRowNums();
  }

  public void remove(int[] a0) {
    table.remove(a0);
    setRowNums();
  }

  public String getItem(int a0, int a1) {
    return table.getItem(a0).getText(a1);
  }

  public void add(String... a0) {
    // PDI fills the first empty row before adding new ones.
    TableItem item = table.getItemCount() == 1 && isEmpty(0, -1) ? table.getItem(0) : new TableItem(table, SWT.NONE);
    for (int c = 0; c < a0.length && c < columns.length; c++) {
      item.setText(c + 1, a0[c] == null ? "" : a0[c]);
    }
    setRowNums();
    fireModified();
  }

  public String[] getItem(int a0) {
    String[] values = new String[columns.length];
    for (int c = 0; c < values.length; c++) {
      values[c] = table.getItem(a0).getText(c + 1);
    }
    return values;
  }

  public String[] getItems(int a0) {
    String[] values = new String[table.getItemCount()];
    for (int i = 0; i < values.length; i++) {
      values[i] = table.getItem(i).getText(a0 + 1);
    }
    return values;
  }

  public void removeAll() {
    table.removeAll();
  }

  public int getItemCount() {
    return table.getItemCount();
  }

  public void setText(String a0, int a1, int a2) {
    table.getItem(a2).setText(a1, a0 == null ? "" : a0);
    fireModified();
  }

  public boolean isReadonly() {
    return readonly;
  }

  public void setReadonly(boolean a0) {
    readonly = a0;
  }

  public boolean isSortable() {
    return sortable;
  }

  public void setSortable(boolean a0) {
    sortable = a0;
  }

  public void setFocusOnFirstEditableField() {
    throw OutsideMirror.unsupported("TableView.setFocusOnFirstEditableField");
  }

  public int getSortField() {
    throw OutsideMirror.unsupported("TableView.getSortField");
  }

  public boolean isSortingDescending() {
    return sortingDescending;
  }

  public void setSortingDescending(boolean a0) {
    sortingDescending = a0;
  }

  public Table getTable() {
    return table;
  }

  public ColumnInfo getNumberColumn() {
    return numberColumn;
  }

  public void setNumberColumn(ColumnInfo a0) {
    numberColumn = a0;
  }

  public TableEditor getEditor() {
    throw OutsideMirror.unsupported("TableView.getEditor");
  }

  public void setEditor(TableEditor a0) {
    throw OutsideMirror.unsupported("TableView.setEditor");
  }

  public void applyOSXChanges() {
    throw OutsideMirror.unsupported("TableView.applyOSXChanges");
  }

  public boolean isShowingBlueNullValues() {
    return showingBlueNullValues;
  }

  public void setShowingBlueNullValues(boolean a0) {
    showingBlueNullValues = a0;
  }

  public ModifyListener getContentListener() {
    return contentListener;
  }

  public void setContentListener(ModifyListener a0) {
    contentListener = a0;
  }

  public boolean isShowingConversionErrorsInline() {
    return showingConversionErrorsInline;
  }

  public void setShowingConversionErrorsInline(boolean a0) {
    showingConversionErrorsInline = a0;
  }

  public ColumnInfo[] getColumns() {
    return columns;
  }

  public TableItem getActiveTableItem() {
    throw OutsideMirror.unsupported("TableView.getActiveTableItem");
  }

  public int getActiveTableColumn() {
    throw OutsideMirror.unsupported("TableView.getActiveTableColumn");
  }

  public void setTableViewModifyListener(TableView.TableViewModifyListener a0) {
    throw OutsideMirror.unsupported("TableView.setTableViewModifyListener");
  }

  public boolean hasIndexColumn() {
    return true;
  }

  private final ColumnInfo[] columns;
  private final List<ModifyListener> modifyListeners = new ArrayList<ModifyListener>();
  private boolean readonly;
  private boolean sortable = true;
  private boolean sortingDescending;
  private boolean showingBlueNullValues;
  private boolean showingConversionErrorsInline;
  private ModifyListener contentListener;
  private ColumnInfo numberColumn;

  private boolean isEmpty(int row, int column) {
    TableItem item = table.getItem(row);
    if (column >= 0) {
      return item.getText(column).isEmpty();
    }
    for (int c = 1; c <= columns.length; c++) {
      if (!item.getText(c).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private void fireModified() {
    for (ModifyListener listener : modifyListeners) {
      Event event = new Event();
      event.widget = table;
      listener.modifyText(new ModifyEvent(event));
    }
    if (contentListener != null) {
      Event event = new Event();
      event.widget = table;
      contentListener.modifyText(new ModifyEvent(event));
    }
  }

}
