package io.pdimesos.plugin.ui;

import io.pdimesos.plugin.KeyValue;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingException;
import io.pdimesos.plugin.SettingKind;
import io.pdimesos.plugin.SettingTab;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.TableColumn;
import io.pdimesos.plugin.TableRow;
import io.pdimesos.plugin.VariableRefs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FormAttachment;
import org.eclipse.swt.layout.FormData;
import org.eclipse.swt.layout.FormLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.pentaho.di.core.Const;
import org.pentaho.di.core.Props;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.i18n.BaseMessages;
import org.pentaho.di.ui.core.PropsUI;
import org.pentaho.di.ui.core.widget.ColumnInfo;
import org.pentaho.di.ui.core.widget.ComboVar;
import org.pentaho.di.ui.core.widget.ControlSpaceKeyAdapter;
import org.pentaho.di.ui.core.widget.PasswordTextVar;
import org.pentaho.di.ui.core.widget.TableView;
import org.pentaho.di.ui.core.widget.TextVar;

/**
 * The widgets of a list of declared settings: one tab per {@link SettingTab} in use, one labelled
 * widget per setting, chosen by its kind. Every text widget keeps {@code ${VAR}} as typed
 * (TextVar, PasswordTextVar and ComboVar offer Ctrl+Space; the multi-line texts get PDI's
 * ControlSpaceKeyAdapter). A CHOICE is an editable ComboVar,
 * never a read-only combo: its value may be a variable (the connection block's defaults are).
 * A TEXT setting that names an input field (see {@link #SettingsForm(Composite, PropsUI,
 * VariableSpace, List, Map)}) is an editable ComboVar listing the fields, for the same reason.
 * Values move only through {@link #show} and {@link #store}, so Cancel has nothing to undo.
 */
public final class SettingsForm {
  private static final Class<?> PKG = SettingsForm.class;
  private static final int JSON_LINES = 14;
  private static final int LIST_LINES = 4;
  private static final int TABLE_HEIGHT = 110;
  /** A TABLE setting is a tab's main content (an input step's fields): room for ~11 rows. */
  private static final int WIDE_TABLE_HEIGHT = 300;

  private final PropsUI props;
  private final VariableSpace space;
  private final CTabFolder wTabFolder;
  private final Map<Setting, Control> widgets = new LinkedHashMap<Setting, Control>();
  private final Map<Setting, CTabItem> tabOf = new LinkedHashMap<Setting, CTabItem>();
  private final Map<Setting, Label> labels = new LinkedHashMap<Setting, Label>();
  private final List<Runnable> rules = new ArrayList<Runnable>();
  private final Map<Setting, Supplier<String[]>> fieldPickers;
  /** Each supplier's names, asked once per form however many settings share it. */
  private final Map<Supplier<String[]>, String[]> fieldNames =
      new IdentityHashMap<Supplier<String[]>, String[]>();
  private Font fixedFont;

  public SettingsForm(Composite parent, PropsUI props, VariableSpace space,
      List<Setting> settings) {
    this(parent, props, space, settings, Collections.<Setting, Supplier<String[]>>emptyMap());
  }

  /**
   * @param fieldPickers TEXT settings that name a field of the incoming rows ("App id field"),
   *     each with where the field names come from (asked once, when the form is built)
   * @throws IllegalArgumentException when a picker is not a TEXT setting of this form
   */
  public SettingsForm(Composite parent, PropsUI props, VariableSpace space,
      List<Setting> settings, Map<Setting, Supplier<String[]>> fieldPickers) {
    this.props = props;
    this.space = space;
    for (Setting s : fieldPickers.keySet()) {
      if (s.kind() != SettingKind.TEXT || !settings.contains(s)) {
        throw new IllegalArgumentException("Setting '" + s.tag() + "' cannot list input fields: "
            + (settings.contains(s) ? "it is a " + s.kind() + ", not a TEXT" : "not on this form"));
      }
    }
    this.fieldPickers = new LinkedHashMap<Setting, Supplier<String[]>>(fieldPickers);
    wTabFolder = new CTabFolder(parent, SWT.BORDER);
    props.setLook(wTabFolder, Props.WIDGET_STYLE_TAB);
    for (SettingTab tab : SettingTab.values()) {
      List<Setting> onTab = new ArrayList<Setting>();
      for (Setting s : settings) {
        if (s.tab() == tab) {
          onTab.add(s);
        }
      }
      if (!onTab.isEmpty()) {
        addTab(tab, onTab);
      }
    }
    wTabFolder.setSelection(0);
    wTabFolder.addDisposeListener(e -> {
      if (fixedFont != null) {
        fixedFont.dispose();
      }
    });
  }

  public CTabFolder tabFolder() {
    return wTabFolder;
  }

  /**
   * The widget of {@code s}: TextVar (a field picker: ComboVar), PasswordTextVar, ComboVar,
   * Button, Text or TableView.
   */
  public Control widget(Setting s) {
    Control c = widgets.get(s);
    if (c == null) {
      throw new IllegalArgumentException("Setting '" + s.tag() + "' is not on this form");
    }
    return c;
  }

  private void addTab(SettingTab tab, List<Setting> onTab) {
    CTabItem wTab = new CTabItem(wTabFolder, SWT.NONE);
    wTab.setText(tab.label());
    // Long tabs (a deployment's form fields) scroll instead of stretching the dialog.
    ScrolledComposite wScroll = new ScrolledComposite(wTabFolder, SWT.V_SCROLL);
    Composite wComp = new Composite(wScroll, SWT.NONE);
    props.setLook(wComp);
    FormLayout layout = new FormLayout();
    layout.marginWidth = Const.FORM_MARGIN;
    layout.marginHeight = Const.FORM_MARGIN;
    wComp.setLayout(layout);
    Control last = null;
    for (Setting s : onTab) {
      last = addRow(wComp, s, last);
      tabOf.put(s, wTab);
    }
    wScroll.setContent(wComp);
    wScroll.setExpandVertical(true);
    final int height = wComp.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
    wScroll.setMinHeight(height);
    // The page is as wide as what shows of it, the scroll bar's room left out when the page is
    // taller than the tab. SWT's own horizontal expansion is not used: on GTK (SWT 3.115, as in
    // PDI 9.4's Spoon here) it reads the width before GTK has made room for a bar that has just
    // appeared, which puts the page's right edge and PDI's "$" markers under the bar.
    wScroll.addListener(SWT.Resize, e -> {
      Point size = wScroll.getSize();
      int bar = height > size.y ? wScroll.getVerticalBar().getSize().x : 0;
      wComp.setSize(size.x - bar, Math.max(height, size.y));
    });
    wTab.setControl(wScroll);
  }

  /**
   * A label at the left, the widget from the middle to the right edge, below {@code above}; a
   * TABLE's label sits above it and the table takes the whole width.
   */
  private Control addRow(Composite wComp, Setting s, Control above) {
    if (s.kind() == SettingKind.TABLE) {
      return addWideRow(wComp, s, above);
    }
    int middle = props.getMiddlePct();
    int margin = Const.MARGIN;
    Label wlSetting = new Label(wComp, SWT.RIGHT);
    wlSetting.setText(s.label());
    wlSetting.setToolTipText(s.tooltip());
    props.setLook(wlSetting);
    Control wSetting = create(wComp, s);
    wSetting.setToolTipText(s.tooltip());
    widgets.put(s, wSetting);
    labels.put(s, wlSetting);

    FormData fdSetting = new FormData();
    fdSetting.left = new FormAttachment(middle, 0);
    fdSetting.right = new FormAttachment(100, 0);
    fdSetting.top = above == null ? new FormAttachment(0, margin)
        : new FormAttachment(above, 2 * margin);
    int height = heightOf(s, wSetting);
    if (height > 0) {
      fdSetting.height = height;
    }
    wSetting.setLayoutData(fdSetting);

    FormData fdlSetting = new FormData();
    fdlSetting.left = new FormAttachment(0, 0);
    fdlSetting.right = new FormAttachment(middle, -margin);
    // One-line widgets get their label centred beside them, tall ones at their top.
    fdlSetting.top = height > 0 ? new FormAttachment(wSetting, margin, SWT.TOP)
        : new FormAttachment(wSetting, 0, SWT.CENTER);
    wlSetting.setLayoutData(fdlSetting);
    return wSetting;
  }

  private Control addWideRow(Composite wComp, Setting s, Control above) {
    int margin = Const.MARGIN;
    Label wlSetting = new Label(wComp, SWT.LEFT);
    wlSetting.setText(s.label());
    wlSetting.setToolTipText(s.tooltip());
    props.setLook(wlSetting);
    FormData fdlSetting = new FormData();
    fdlSetting.left = new FormAttachment(0, 0);
    fdlSetting.right = new FormAttachment(100, 0);
    fdlSetting.top = above == null ? new FormAttachment(0, margin)
        : new FormAttachment(above, 2 * margin);
    wlSetting.setLayoutData(fdlSetting);

    Control wSetting = create(wComp, s);
    wSetting.setToolTipText(s.tooltip());
    widgets.put(s, wSetting);
    labels.put(s, wlSetting);
    FormData fdSetting = new FormData();
    fdSetting.left = new FormAttachment(0, 0);
    fdSetting.right = new FormAttachment(100, 0);
    fdSetting.top = new FormAttachment(wlSetting, margin);
    fdSetting.height = WIDE_TABLE_HEIGHT;
    wSetting.setLayoutData(fdSetting);
    return wSetting;
  }

  /** Text columns take variables; choice columns are editable combos (a cell may be a variable). */
  private TableView tableOf(Composite wComp, Setting s) {
    List<ColumnInfo> columns = new ArrayList<ColumnInfo>();
    for (TableColumn c : s.columns()) {
      ColumnInfo info = c.isChoice()
          ? new ColumnInfo(s.columnLabel(c), ColumnInfo.COLUMN_TYPE_CCOMBO,
              c.choices().toArray(new String[0]), false)
          : new ColumnInfo(s.columnLabel(c), ColumnInfo.COLUMN_TYPE_TEXT, false);
      info.setUsingVariables(true);
      columns.add(info);
    }
    return new TableView(space, wComp, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI,
        columns.toArray(new ColumnInfo[0]), 1, null, props);
  }

  private Control create(Composite wComp, Setting s) {
    int single = SWT.SINGLE | SWT.LEFT | SWT.BORDER;
    Control c;
    switch (s.kind()) {
      case PASSWORD:
        c = new PasswordTextVar(space, wComp, single);
        break;
      case BOOLEAN:
        c = new Button(wComp, SWT.CHECK);
        break;
      case CHOICE: {
        ComboVar combo = new ComboVar(space, wComp, SWT.BORDER);
        combo.setItems(s.choices().toArray(new String[0]));
        c = combo;
        break;
      }
      case JSON: {
        Text text = new Text(wComp,
            SWT.MULTI | SWT.LEFT | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        text.setFont(fixedFont(text));
        text.addKeyListener(new ControlSpaceKeyAdapter(space, text));
        c = text;
        break;
      }
      case TEXT_LIST: {
        Text text = new Text(wComp, SWT.MULTI | SWT.LEFT | SWT.BORDER | SWT.V_SCROLL);
        text.addKeyListener(new ControlSpaceKeyAdapter(space, text));
        c = text;
        break;
      }
      case KEY_VALUES: {
        ColumnInfo key = new ColumnInfo(BaseMessages.getString(PKG, "SettingsForm.Column.Key"),
            ColumnInfo.COLUMN_TYPE_TEXT, false);
        ColumnInfo value = new ColumnInfo(
            BaseMessages.getString(PKG, "SettingsForm.Column.Value"),
            ColumnInfo.COLUMN_TYPE_TEXT, false);
        key.setUsingVariables(true);
        value.setUsingVariables(true);
        c = new TableView(space, wComp, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI,
            new ColumnInfo[] {key, value}, 1, null, props);
        break;
      }
      case TABLE:
        c = tableOf(wComp, s);
        break;
      default:
        if (fieldPickers.containsKey(s)) {
          c = fieldPicker(wComp, fieldPickers.get(s));
        } else {
          // TEXT, INTEGER, NUMBER: numbers stay text so that they may be variables.
          c = new TextVar(space, wComp, single);
        }
    }
    // PDI's fixed-width style for code (applies its own font in Spoon; ours is the fallback).
    props.setLook(c, s.kind() == SettingKind.JSON ? Props.WIDGET_STYLE_FIXED
        : Props.WIDGET_STYLE_DEFAULT);
    return c;
  }

  /**
   * An editable combo of the input fields: the user may still type a name the previous steps do
   * not (yet) give, or a variable, as in PDI's own steps.
   */
  private ComboVar fieldPicker(Composite wComp, Supplier<String[]> names) {
    String[] items = fieldNames.get(names);
    if (items == null) {
      String[] asked = names.get();
      items = asked == null ? new String[0] : asked;
      fieldNames.put(names, items);
    }
    ComboVar combo = new ComboVar(space, wComp, SWT.BORDER);
    combo.setItems(items);
    return combo;
  }

  private int heightOf(Setting s, Control c) {
    switch (s.kind()) {
      case JSON:
        return ((Text) c).getLineHeight() * JSON_LINES;
      case TEXT_LIST:
        return ((Text) c).getLineHeight() * LIST_LINES;
      case KEY_VALUES:
        return TABLE_HEIGHT;
      case TABLE:
        return WIDE_TABLE_HEIGHT;
      default:
        return 0;
    }
  }

  private Font fixedFont(Control c) {
    if (fixedFont == null) {
      FontData base = c.getFont().getFontData()[0];
      fixedFont = new Font(c.getDisplay(), "Monospace", base.getHeight(), SWT.NORMAL);
    }
    return fixedFont;
  }

  /**
   * Greys out {@code dependents} unless {@code controller} (a checkbox or a choice) holds one of
   * {@code values} ("Y" for a ticked checkbox). A choice holding a variable enables them all: what
   * it will be is only known when the job runs.
   */
  public void enableWhen(Setting controller, List<String> values, List<Setting> dependents) {
    Control c = widget(controller);
    Runnable apply = () -> {
      String v = c instanceof Button ? (((Button) c).getSelection() ? "Y" : "N")
          : ((ComboVar) c).getText().trim();
      boolean enabled = values.contains(v) || VariableRefs.contains(v);
      for (Setting d : dependents) {
        widget(d).setEnabled(enabled);
        labels.get(d).setEnabled(enabled);
      }
    };
    if (c instanceof Button) {
      c.addListener(SWT.Selection, e -> apply.run());
    } else {
      ((ComboVar) c).addModifyListener(e -> apply.run());
    }
    rules.add(apply);
    apply.run();
  }

  // ---- values in and out ----

  /** Puts the raw values (variables unsubstituted) into the widgets. */
  public void show(SettingValues values) {
    for (Map.Entry<Setting, Control> e : widgets.entrySet()) {
      Setting s = e.getKey();
      Control c = e.getValue();
      switch (s.kind()) {
        case BOOLEAN:
          ((Button) c).setSelection(values.bool(s));
          break;
        case CHOICE:
          ((ComboVar) c).setText(values.raw(s));
          break;
        case JSON:
          ((Text) c).setText(values.raw(s));
          break;
        case TEXT_LIST:
          ((Text) c).setText(String.join(Text.DELIMITER, values.lines(s)));
          break;
        case KEY_VALUES:
          showPairs((TableView) c, values.pairs(s));
          break;
        case TABLE:
          showRows(s, (TableView) c, values.table(s));
          break;
        default:
          if (c instanceof ComboVar) {
            // A field picker: the stored name is shown even when no previous step gives it.
            ((ComboVar) c).setText(values.raw(s));
          } else {
            ((TextVar) c).setText(values.raw(s));
          }
      }
    }
    for (Runnable rule : rules) {
      rule.run();
    }
  }

  private static void showPairs(TableView table, List<KeyValue> pairs) {
    List<List<String>> rows = new ArrayList<List<String>>();
    for (KeyValue kv : pairs) {
      rows.add(Arrays.asList(kv.key(), kv.value()));
    }
    showCells(table, rows);
  }

  /**
   * Replaces the rows of TABLE setting {@code s} (what "Get fields" found), leaving the other
   * widgets as they are.
   */
  public void showTable(Setting s, List<TableRow> rows) {
    showRows(s, tableView(s), rows);
  }

  /** The non-empty rows of TABLE setting {@code s} as currently typed. */
  public List<TableRow> table(Setting s) {
    return rows(s, tableView(s));
  }

  private TableView tableView(Setting s) {
    Control c = widget(s);
    if (s.kind() != SettingKind.TABLE) {
      throw new IllegalArgumentException("Setting '" + s.tag() + "' is a " + s.kind()
          + ", not a TABLE");
    }
    return (TableView) c;
  }

  private static void showRows(Setting s, TableView table, List<TableRow> rows) {
    List<List<String>> cells = new ArrayList<List<String>>();
    for (TableRow row : rows) {
      List<String> line = new ArrayList<String>();
      for (TableColumn c : s.columns()) {
        line.add(row.get(c.tag()));
      }
      cells.add(line);
    }
    showCells(table, cells);
  }

  private static void showCells(TableView table, List<List<String>> rows) {
    table.table.removeAll();
    for (List<String> row : rows) {
      TableItem item = new TableItem(table.table, SWT.NONE);
      for (int i = 0; i < row.size(); i++) {
        item.setText(i + 1, row.get(i));
      }
    }
    if (rows.isEmpty()) {
      // One empty row to type into, as every PDI table starts.
      new TableItem(table.table, SWT.NONE);
    }
    table.setRowNums();
    table.optWidth(true);
  }

  /** Writes the widgets into {@code values}. */
  public void store(SettingValues values) {
    for (Map.Entry<Setting, Control> e : widgets.entrySet()) {
      Setting s = e.getKey();
      Control c = e.getValue();
      switch (s.kind()) {
        case BOOLEAN:
          values.set(s, ((Button) c).getSelection());
          break;
        case CHOICE:
          values.set(s, ((ComboVar) c).getText().trim());
          break;
        case JSON:
          values.set(s, ((Text) c).getText());
          break;
        case TEXT_LIST:
          values.setLines(s, nonBlankLines(((Text) c).getText()));
          break;
        case KEY_VALUES:
          values.setPairs(s, pairs((TableView) c));
          break;
        case TABLE:
          values.setTable(s, rows(s, (TableView) c));
          break;
        default:
          values.set(s, c instanceof ComboVar ? ((ComboVar) c).getText()
              : ((TextVar) c).getText());
      }
    }
  }

  private static List<String> nonBlankLines(String text) {
    List<String> lines = new ArrayList<String>();
    for (String line : Arrays.asList(text.split("\r?\n"))) {
      if (!line.trim().isEmpty()) {
        lines.add(line.trim());
      }
    }
    return lines;
  }

  /** The non-empty rows, cells as typed. */
  private static List<TableRow> rows(Setting s, TableView table) {
    List<TableRow> rows = new ArrayList<TableRow>();
    for (int i = 0; i < table.nrNonEmpty(); i++) {
      TableItem item = table.getNonEmpty(i);
      Map<String, String> cells = new LinkedHashMap<String, String>();
      for (int c = 0; c < s.columns().size(); c++) {
        cells.put(s.columns().get(c).tag(), item.getText(c + 1));
      }
      rows.add(new TableRow(cells));
    }
    return Collections.unmodifiableList(rows);
  }

  private static List<KeyValue> pairs(TableView table) {
    List<KeyValue> pairs = new ArrayList<KeyValue>();
    for (int i = 0; i < table.nrNonEmpty(); i++) {
      TableItem item = table.getNonEmpty(i);
      pairs.add(new KeyValue(item.getText(1), item.getText(2)));
    }
    return pairs;
  }

  /**
   * The first number or choice that cannot be used as typed (values with variables are left to
   * the run), with its tab selected and the widget focused; null when all are fine.
   */
  public SettingException firstProblem(SettingValues stored) {
    for (Setting s : widgets.keySet()) {
      if (!isTypedValueChecked(s) || VariableRefs.contains(stored.raw(s))
          || stored.raw(s).trim().isEmpty()) {
        continue;
      }
      try {
        if (s.kind() == SettingKind.INTEGER) {
          stored.integer(s, null);
        } else if (s.kind() == SettingKind.NUMBER) {
          stored.number(s, null);
        } else {
          stored.choice(s, null);
        }
      } catch (SettingException e) {
        wTabFolder.setSelection(tabOf.get(s));
        widgets.get(s).setFocus();
        return e;
      }
    }
    return null;
  }

  private static boolean isTypedValueChecked(Setting s) {
    return s.kind() == SettingKind.INTEGER || s.kind() == SettingKind.NUMBER
        || s.kind() == SettingKind.CHOICE;
  }
}
