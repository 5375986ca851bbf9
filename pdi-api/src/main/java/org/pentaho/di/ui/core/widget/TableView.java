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

  public TableView(VariableSpace space, Composite composite, int number, ColumnInfo[] columnInfos, int number2, ModifyListener modifyListener, PropsUI propsUI) {
    this(space, composite, number, columnInfos, number2, false, modifyListener, propsUI, true, null);
  }

  public TableView(VariableSpace space, Composite composite, int number, ColumnInfo[] columnInfos, int number2, boolean flag, ModifyListener modifyListener, PropsUI propsUI) {
    this(space, composite, number, columnInfos, number2, flag, modifyListener, propsUI, true, null);
  }

  public TableView(VariableSpace space, Composite composite, int number, ColumnInfo[] columnInfos, int number2, boolean flag, ModifyListener modifyListener, PropsUI propsUI, boolean flag2) {
    this(space, composite, number, columnInfos, number2, flag, modifyListener, propsUI, flag2, null);
  }

  public TableView(VariableSpace space, Composite composite, int number2, ColumnInfo[] columnInfos, int number3, boolean flag, ModifyListener modifyListener, PropsUI propsUI, boolean flag2, Listener listener) {
    // A table whose column 0 holds the row number, as in PDI; cells are filled through setText/add, in-place
    // editors are not mirrored.
    super(composite, SWT.NONE);
    columns = columnInfos;
    readonly = flag;
    contentListener = modifyListener;
    setLayout(new FillLayout());
    table = new Table(this, number2 | SWT.FULL_SELECTION);
    table.setHeaderVisible(true);
    table.setLinesVisible(true);
    new TableColumn(table, SWT.RIGHT).setText("#");
    for (ColumnInfo column : columnInfos) {
      TableColumn tableColumn = new TableColumn(table, column.getAllignement());
      tableColumn.setText(column.getName());
      tableColumn.setToolTipText(column.getToolTip());
    }
    for (int i = 0; i < number3; i++) {
      new TableItem(table, SWT.NONE);
    }
    setRowNums();
    optWidth(true);
  }

  protected String getTextWidgetValue(int number) {
    throw OutsideMirror.unsupported("TableView.getTextWidgetValue");
  }

  protected int getTextWidgetCaretPosition(int number) {
    throw OutsideMirror.unsupported("TableView.getTextWidgetCaretPosition");
  }

  public void sortTable(int number) {
    throw OutsideMirror.unsupported("TableView.sortTable");
  }

  public void setSelection(int[] ints) {
    table.setSelection(ints);
  }

  public void sortTable(int number, boolean flag) {
    throw OutsideMirror.unsupported("TableView.sortTable");
  }

  public void addModifyListener(ModifyListener modifyListener) {
    modifyListeners.add(modifyListener);
  }

  public void setColumnInfo(int number, ColumnInfo columnInfo) {
    throw OutsideMirror.unsupported("TableView.setColumnInfo");
  }

  public void setColumnText(int number, String text) {
    table.getColumn(number).setText(text);
  }

  public void setColumnToolTip(int number, String text) {
    table.getColumn(number).setToolTipText(text);
  }

  public void clearAll() {
    clearAll(false);
  }

  public void clearAll(boolean flag) {
    // PDI leaves one empty row behind (and asks first when told to; the mirror never asks).
    table.removeAll();
    new TableItem(table, SWT.NONE);
    setRowNums();
  }

  public void edit(int number, int number2) {
    throw OutsideMirror.unsupported("TableView.edit");
  }

  public void setRowNums() {
    for (int i = 0; i < table.getItemCount(); i++) {
      table.getItem(i).setText(0, String.valueOf(i + 1));
    }
  }

  public void optWidth(boolean flag) {
    optWidth(flag, 0);
  }

  public void optWidth(boolean flag, int number) {
    // As PDI: each column as wide as its widest text (the header's when flag, the first "number"
    // rows' or all when 0, a combo column's choices) plus 30 px on Linux and Windows, unless its
    // ColumnInfo fixes a width.
    org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
    try {
      gc.setFont(table.getFont());
      for (int c = 0; c < table.getColumnCount(); c++) {
        TableColumn column = table.getColumn(c);
        List<String> texts = new ArrayList<String>();
        if (flag) {
          texts.add(column.getText());
        }
        ColumnInfo info = c > 0 && c - 1 < columns.length ? columns[c - 1] : null;
        if (info != null && info.getComboValues() != null) {
          texts.addAll(java.util.Arrays.asList(info.getComboValues()));
        }
        for (int r = 0; r < table.getItemCount() && (r < number || number <= 0); r++) {
          texts.add(table.getItem(r).getText(c));
        }
        int max = 0;
        for (String text : texts) {
          max = Math.max(max, gc.textExtent(text == null ? "" : text,
              SWT.DRAW_TAB | SWT.DRAW_DELIMITER).x);
        }
        column.setWidth(info != null && info.getWidth() != -1 ? info.getWidth() : max + 30);
      }
    } finally {
      gc.dispose();
    }
  }

  public void removeEmptyRows() {
    removeEmptyRows(-1);
  }

  public void removeEmptyRows(int number) {
    for (int i = table.getItemCount() - 1; i >= 0; i--) {
      if (isEmpty(i, number)) {
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

  public TableItem getNonEmpty(int number) {
    List<Integer> indexes = getNonEmptyIndexes();
    return number < indexes.size() ? table.getItem(indexes.get(number)) : null;
  }

  public int indexOfString(String text, int number) {
    for (int i = 0; i < table.getItemCount(); i++) {
      if (text != null && text.equalsIgnoreCase(table.getItem(i).getText(number))) {
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

  public void setButtonString(String text) {
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

  public RowMetaAndData getRow(int number) {
    throw OutsideMirror.unsupported("TableView.getRow");
  }

  public int[] getSelectionIndices() {
    return table.getSelectionIndices();
  }

  public int getSelectionIndex() {
    return table.getSelectionIndex();
  }

  public void remove(int number) {
    table.remove(number);
    setRowNums();
  }

  public void remove(int[] ints) {
    table.remove(ints);
    setRowNums();
  }

  public String getItem(int number, int number2) {
    return table.getItem(number).getText(number2);
  }

  public void add(String... parameters) {
    // As PDI 9.4: always a new row at the end (an empty first row stays), no row number, no
    // modify event; null cells stay empty.
    TableItem item = new TableItem(table, SWT.NONE);
    for (int c = 0; c < parameters.length && c < columns.length; c++) {
      if (parameters[c] != null) {
        item.setText(c + 1, parameters[c]);
      }
    }
  }

  public String[] getItem(int number) {
    String[] values = new String[columns.length];
    for (int c = 0; c < values.length; c++) {
      values[c] = table.getItem(number).getText(c + 1);
    }
    return values;
  }

  public String[] getItems(int number) {
    String[] values = new String[table.getItemCount()];
    for (int i = 0; i < values.length; i++) {
      values[i] = table.getItem(i).getText(number + 1);
    }
    return values;
  }

  public void removeAll() {
    table.removeAll();
  }

  public int getItemCount() {
    return table.getItemCount();
  }

  public void setText(String text, int number, int number2) {
    table.getItem(number2).setText(number, text == null ? "" : text);
    fireModified();
  }

  public boolean isReadonly() {
    return readonly;
  }

  public void setReadonly(boolean flag) {
    readonly = flag;
  }

  public boolean isSortable() {
    return sortable;
  }

  public void setSortable(boolean flag) {
    sortable = flag;
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

  public void setSortingDescending(boolean flag) {
    sortingDescending = flag;
  }

  public Table getTable() {
    return table;
  }

  public ColumnInfo getNumberColumn() {
    return numberColumn;
  }

  public void setNumberColumn(ColumnInfo columnInfo) {
    numberColumn = columnInfo;
  }

  public TableEditor getEditor() {
    throw OutsideMirror.unsupported("TableView.getEditor");
  }

  public void setEditor(TableEditor tableEditor) {
    throw OutsideMirror.unsupported("TableView.setEditor");
  }

  public void applyOSXChanges() {
    throw OutsideMirror.unsupported("TableView.applyOSXChanges");
  }

  public boolean isShowingBlueNullValues() {
    return showingBlueNullValues;
  }

  public void setShowingBlueNullValues(boolean flag) {
    showingBlueNullValues = flag;
  }

  public ModifyListener getContentListener() {
    return contentListener;
  }

  public void setContentListener(ModifyListener modifyListener) {
    contentListener = modifyListener;
  }

  public boolean isShowingConversionErrorsInline() {
    return showingConversionErrorsInline;
  }

  public void setShowingConversionErrorsInline(boolean flag) {
    showingConversionErrorsInline = flag;
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

  public void setTableViewModifyListener(TableView.TableViewModifyListener tableViewModifyListener) {
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
