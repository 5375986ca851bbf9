package io.pdimesos.plugin.ui;

import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingException;
import io.pdimesos.plugin.SettingKind;
import io.pdimesos.plugin.SettingTab;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.TableRow;
import io.pdimesos.plugin.VariableRefs;
import java.util.ArrayList;
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
import org.pentaho.di.core.Const;
import org.pentaho.di.core.Props;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.ui.core.PropsUI;
import org.pentaho.di.ui.core.widget.ColumnInfo;
import org.pentaho.di.ui.core.widget.ComboVar;
import org.pentaho.di.ui.core.widget.TableView;

/**
 * The widgets of a list of declared settings: one tab per {@link SettingTab} in use, one labelled
 * widget per setting, the kind's ({@link KindWidget}). A TEXT setting that names an input field
 * (see {@link #SettingsForm(Composite, PropsUI, VariableSpace, List, Map)}) is an editable
 * ComboVar listing the fields: the user may still type a name or a variable. A checkbox that
 * enables other settings greys them out while it is not ticked. Values move only through
 * {@link #show} and {@link #store}, so Cancel has nothing to undo.
 */
public final class SettingsForm {
  private final PropsUI props;
  private final VariableSpace space;
  private final CTabFolder wTabFolder;
  private final Map<Setting, Control> widgets = new LinkedHashMap<Setting, Control>();
  private final Map<Setting, KindWidget> kinds = new LinkedHashMap<Setting, KindWidget>();
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
    for (Setting s : settings) {
      List<Setting> dependents = new ArrayList<Setting>(s.enables());
      dependents.retainAll(settings);
      if (!dependents.isEmpty()) {
        // Declared with the setting (a wait block's switch): greyed out while it is not ticked.
        enableWhen(s, Collections.singletonList("Y"), dependents);
      }
    }
    wTabFolder.addDisposeListener(e -> {
      if (fixedFont != null) {
        fixedFont.dispose();
      }
    });
  }

  public CTabFolder tabFolder() {
    return wTabFolder;
  }

  /** The widget of {@code s}, as its kind made it ({@link KindWidget}). */
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
    KindWidget kind = KindWidget.of(s.kind());
    kinds.put(s, kind);
    if (kind.wide()) {
      return addWideRow(wComp, s, above);
    }
    int middle = props.getMiddlePct();
    int margin = Const.MARGIN;
    Label wlSetting = label(wComp, s, SWT.RIGHT);
    Control wSetting = widget(wComp, s, wlSetting);

    FormData fdSetting = new FormData();
    fdSetting.left = new FormAttachment(middle, 0);
    fdSetting.right = new FormAttachment(100, 0);
    fdSetting.top = above == null ? new FormAttachment(0, margin)
        : new FormAttachment(above, 2 * margin);
    int height = kinds.get(s).height(wSetting);
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
    Label wlSetting = label(wComp, s, SWT.LEFT);
    FormData fdlSetting = new FormData();
    fdlSetting.left = new FormAttachment(0, 0);
    fdlSetting.right = new FormAttachment(100, 0);
    fdlSetting.top = above == null ? new FormAttachment(0, margin)
        : new FormAttachment(above, 2 * margin);
    wlSetting.setLayoutData(fdlSetting);

    Control wSetting = widget(wComp, s, wlSetting);
    FormData fdSetting = new FormData();
    fdSetting.left = new FormAttachment(0, 0);
    fdSetting.right = new FormAttachment(100, 0);
    fdSetting.top = new FormAttachment(wlSetting, margin);
    fdSetting.height = kinds.get(s).height(wSetting);
    wSetting.setLayoutData(fdSetting);
    return wSetting;
  }

  /** The setting's label, {@code align}ed, with its tooltip. */
  private Label label(Composite wComp, Setting s, int align) {
    Label label = new Label(wComp, align);
    label.setText(s.label());
    label.setToolTipText(s.tooltip());
    props.setLook(label);
    return label;
  }

  /** The setting's widget as its kind makes it, with its tooltip, remembered with its label. */
  private Control widget(Composite wComp, Setting s, Label label) {
    KindWidget kind = kinds.get(s);
    Control c = kind.create(this, wComp, s);
    props.setLook(c, kind.look());
    kind.afterLook(c);
    c.setToolTipText(s.tooltip());
    widgets.put(s, c);
    labels.put(s, label);
    return c;
  }

  // ---- for the kinds' widgets ----

  VariableSpace space() {
    return space;
  }

  /** Whether {@code s} names a field of the incoming rows (see the constructor). */
  boolean picksField(Setting s) {
    return fieldPickers.containsKey(s);
  }

  /** A table of {@code columns} with PDI's row numbers, as PDI's own dialogs have. */
  TableView tableView(Composite wComp, ColumnInfo... columns) {
    return new TableView(space, wComp, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI, columns, 1,
        null, props);
  }

  /**
   * An editable combo of the input fields: the user may still type a name the previous steps do
   * not (yet) give, or a variable, as in PDI's own steps.
   */
  ComboVar fieldPicker(Composite wComp, Setting s) {
    Supplier<String[]> names = fieldPickers.get(s);
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

  /** One monospace font per form, disposed with it. */
  Font fixedFont(Control c) {
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
      kinds.get(e.getKey()).show(e.getValue(), e.getKey(), values);
    }
    for (Runnable rule : rules) {
      rule.run();
    }
  }

  /**
   * Replaces the rows of TABLE setting {@code s} (what "Get fields" found), leaving the other
   * widgets as they are.
   */
  public void showTable(Setting s, List<TableRow> rows) {
    KindWidget.Table.showRows(s, tableView(s), rows);
  }

  /** The non-empty rows of TABLE setting {@code s} as currently typed. */
  public List<TableRow> table(Setting s) {
    return KindWidget.Table.rows(s, tableView(s));
  }

  private TableView tableView(Setting s) {
    Control c = widget(s);
    if (s.kind() != SettingKind.TABLE) {
      throw new IllegalArgumentException("Setting '" + s.tag() + "' is a " + s.kind()
          + ", not a TABLE");
    }
    return (TableView) c;
  }

  /** Writes the widgets into {@code values}. */
  public void store(SettingValues values) {
    for (Map.Entry<Setting, Control> e : widgets.entrySet()) {
      kinds.get(e.getKey()).store(e.getValue(), e.getKey(), values);
    }
  }

  /**
   * The first number or choice that cannot be used as typed (values with variables are left to
   * the run), with its tab selected and the widget focused; null when all are fine.
   */
  public SettingException firstProblem(SettingValues stored) {
    for (Setting s : widgets.keySet()) {
      SettingException problem = kinds.get(s).typedProblem(s, stored);
      if (problem != null) {
        wTabFolder.setSelection(tabOf.get(s));
        widgets.get(s).setFocus();
        return problem;
      }
    }
    return null;
  }
}
