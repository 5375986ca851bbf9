package io.pdimesos.plugin.ui;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.plugin.Choice;
import io.pdimesos.plugin.ConnectionCheck;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.DcosConnection;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingException;
import io.pdimesos.plugin.SettingKind;
import io.pdimesos.plugin.SettingValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.FormAttachment;
import org.eclipse.swt.layout.FormData;
import org.eclipse.swt.layout.FormLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.pentaho.di.core.Const;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.i18n.BaseMessages;
import org.pentaho.di.ui.core.PropsUI;
import org.pentaho.di.ui.core.dialog.ErrorDialog;
import org.pentaho.di.ui.trans.step.BaseStepDialog;

/**
 * A Kettle-style settings dialog: the entry's or step's name at the top, a {@link SettingsForm}
 * in tabs, and OK, Cancel, Test connection (when the connection block is among the settings),
 * Validate (when given one) and any buttons a step adds ("Get fields"). All but OK and Cancel act
 * on the values as currently typed, in a scratch copy: only OK writes to the caller's values.
 *
 * <pre>
 * String name = new SettingsDialog(parent, jobMeta, title, nameLabel)
 *     .validateWith(values -&gt; Verdict.ok("would update /etl/carte"))
 *     .open(entry.getName(), entry.settings());   // null = cancelled
 * </pre>
 */
public final class SettingsDialog {
  private static final Class<?> PKG = SettingsDialog.class;
  private static final int WIDTH = 720;
  private static final int MAX_HEIGHT = 700;

  /** What Test connection or Validate found; {@code ok} false shows it as a warning. */
  public static final class Verdict {
    private final boolean ok;
    private final String message;

    private Verdict(boolean ok, String message) {
      this.ok = ok;
      this.message = message;
    }

    public static Verdict ok(String message) {
      return new Verdict(true, message);
    }

    public static Verdict problem(String message) {
      return new Verdict(false, message);
    }

    public boolean isOk() {
      return ok;
    }

    public String message() {
      return message;
    }
  }

  /** Test connection or Validate over the values as typed; throwing shows an error dialog. */
  public interface Action {
    Verdict run(SettingValues typed) throws Exception;
  }

  /**
   * An extra button's work (a step's "Get fields"): {@code typed} are the values as currently
   * typed (a scratch copy, as Validate gets), {@code form} shows what it found, e.g. through
   * {@link SettingsForm#showTable}. Throwing shows an error dialog.
   */
  public interface FormAction {
    void run(SettingValues typed, SettingsForm form) throws Exception;
  }

  /** Where verdicts and refusals go: a message box in Spoon, a list in tests. */
  public interface Feedback {
    void show(Shell shell, String title, String message, boolean ok);
  }

  /** SWT's own message box. */
  public static final Feedback MESSAGE_BOX = (shell, title, message, ok) -> {
    MessageBox box = new MessageBox(shell, SWT.OK | (ok ? SWT.ICON_INFORMATION : SWT.ICON_WARNING));
    box.setText(title);
    box.setMessage(message);
    box.open();
  };

  private final Shell parent;
  private final VariableSpace space;
  private final String title;
  private final String nameLabel;
  private final PropsUI props = PropsUI.getInstance();
  private Action validation;
  private Feedback feedback = MESSAGE_BOX;
  private Consumer<Shell> decoration = shell -> { };
  private final List<Consumer<SettingsForm>> formRules = new ArrayList<Consumer<SettingsForm>>();
  private final List<String> extraLabels = new ArrayList<String>();
  private final List<FormAction> extraActions = new ArrayList<FormAction>();
  private final List<Button> extraButtons = new ArrayList<Button>();
  private final Map<Setting, Supplier<String[]>> fieldPickers =
      new LinkedHashMap<Setting, Supplier<String[]>>();

  private Shell shell;
  private Text wName;
  private SettingsForm form;
  private Button wOK;
  private Button wCancel;
  private Button wTest;
  private Button wValidate;
  private SettingValues values;
  private String result;

  /**
   * @param space the job's or transformation's variables: Ctrl+Space offers them and Test
   *     connection and Validate resolve against them
   */
  public SettingsDialog(Shell parent, VariableSpace space, String title, String nameLabel) {
    this.parent = parent;
    this.space = space;
    this.title = title;
    this.nameLabel = nameLabel;
  }

  /** Adds a Validate button running {@code action}. */
  public SettingsDialog validateWith(Action action) {
    this.validation = action;
    return this;
  }

  /**
   * Adds a button beside OK and Cancel (after Validate), like PDI's "Get fields"; buttons keep
   * the order they were added in.
   *
   * @param label the button's text, already translated (may hold an {@code &} mnemonic)
   */
  public SettingsDialog addButton(String label, FormAction action) {
    extraLabels.add(label);
    extraActions.add(action);
    return this;
  }

  /**
   * Shows these TEXT settings, which name a field of the incoming rows ("App id field"), as
   * editable combos listing {@code fieldNames} (a step's: the fields the previous steps give,
   * asked once when the dialog opens). A variable or a name not (yet) offered may still be typed,
   * and a stored name that is not offered is shown and kept as it is.
   *
   * @throws IllegalArgumentException for a setting that is not a TEXT
   */
  public SettingsDialog fieldChoices(Collection<Setting> settings, Supplier<String[]> fieldNames) {
    for (Setting s : settings) {
      if (s.kind() != SettingKind.TEXT) {
        throw new IllegalArgumentException("Setting '" + s.tag() + "' is a " + s.kind()
            + ", not a TEXT: it cannot list input fields");
      }
      fieldPickers.put(s, fieldNames);
    }
    return this;
  }

  public SettingsDialog feedback(Feedback f) {
    this.feedback = f;
    return this;
  }

  /** See {@link SettingsForm#enableWhen}: {@code dependents} are used only for these values. */
  public SettingsDialog enableWhen(Setting controller, List<String> values,
      List<Setting> dependents) {
    formRules.add(f -> f.enableWhen(controller, values, dependents));
    return this;
  }

  /** {@link #enableWhen(Setting, List, List)} for a choice holding {@code code}. */
  public SettingsDialog enableWhen(Setting controller, Enum<?> code, List<Setting> dependents) {
    return enableWhen(controller, Collections.singletonList(Choice.codeOf(code)), dependents);
  }

  /**
   * Runs {@code rule} on the form once it is built, before the values are shown (listeners added
   * here see them arrive): a step's own reactions, e.g. refilling a table when a choice changes.
   */
  public SettingsDialog withForm(Consumer<SettingsForm> rule) {
    formRules.add(rule);
    return this;
  }

  /** Applied to the shell once built: PDI's icon and Help button. */
  public SettingsDialog decorate(Consumer<Shell> d) {
    this.decoration = d;
    return this;
  }

  /**
   * Shows the dialog with {@code values} and blocks until it closes.
   *
   * @return the name as typed on OK (the values are then updated), null on Cancel (nothing
   *     changed)
   */
  public String open(String name, SettingValues values) {
    this.values = values;
    this.result = null;
    Display display = parent.getDisplay();
    shell = new Shell(parent, props.getJobsDialogStyle());
    props.setLook(shell);
    FormLayout formLayout = new FormLayout();
    formLayout.marginWidth = Const.FORM_MARGIN;
    formLayout.marginHeight = Const.FORM_MARGIN;
    shell.setLayout(formLayout);
    shell.setText(title);
    decoration.accept(shell);

    int middle = props.getMiddlePct();
    int margin = Const.MARGIN;
    Label wlName = new Label(shell, SWT.RIGHT);
    wlName.setText(nameLabel);
    props.setLook(wlName);
    wName = new Text(shell, SWT.SINGLE | SWT.LEFT | SWT.BORDER);
    props.setLook(wName);
    wName.setText(name == null ? "" : name);
    FormData fdName = new FormData();
    fdName.left = new FormAttachment(middle, 0);
    fdName.right = new FormAttachment(100, 0);
    fdName.top = new FormAttachment(0, margin);
    wName.setLayoutData(fdName);
    FormData fdlName = new FormData();
    fdlName.left = new FormAttachment(0, 0);
    fdlName.right = new FormAttachment(middle, -margin);
    fdlName.top = new FormAttachment(wName, 0, SWT.CENTER);
    wlName.setLayoutData(fdlName);

    List<Button> buttons = new ArrayList<Button>();
    wOK = button(buttons, BaseMessages.getString(PKG, "SettingsDialog.Button.OK"), e -> ok());
    boolean connection = values.settings().containsAll(ConnectionSettings.SETTINGS);
    if (connection) {
      wTest = button(buttons, BaseMessages.getString(PKG, "SettingsDialog.Button.TestConnection"),
          e -> act(wTest, this::testConnection));
    }
    if (validation != null) {
      wValidate = button(buttons, BaseMessages.getString(PKG, "SettingsDialog.Button.Validate"),
          e -> act(wValidate, validation));
    }
    extraButtons.clear();
    for (int i = 0; i < extraLabels.size(); i++) {
      FormAction action = extraActions.get(i);
      Button b = new Button(shell, SWT.PUSH);
      b.setText(extraLabels.get(i));
      b.addListener(SWT.Selection, e -> act(b, action));
      buttons.add(b);
      extraButtons.add(b);
    }
    wCancel = button(buttons, BaseMessages.getString(PKG, "SettingsDialog.Button.Cancel"),
        e -> cancel());
    BaseStepDialog.positionBottomButtons(shell, buttons.toArray(new Button[0]), margin, null);

    form = new SettingsForm(shell, props, space, values.settings(), fieldPickers);
    FormData fdTabFolder = new FormData();
    fdTabFolder.left = new FormAttachment(0, 0);
    fdTabFolder.right = new FormAttachment(100, 0);
    fdTabFolder.top = new FormAttachment(wName, 2 * margin);
    fdTabFolder.bottom = new FormAttachment(wOK, -2 * margin);
    form.tabFolder().setLayoutData(fdTabFolder);
    if (connection) {
      // Only the fields the chosen DC/OS login reads are editable.
      for (Setting field : Arrays.asList(ConnectionSettings.DCOS_UID,
          ConnectionSettings.DCOS_PASSWORD, ConnectionSettings.DCOS_PRIVATE_KEY)) {
        form.enableWhen(ConnectionSettings.DCOS_LOGIN, DcosConnection.loginsUsing(field),
            Collections.singletonList(field));
      }
    }
    for (Consumer<SettingsForm> rule : formRules) {
      rule.accept(form);
    }
    form.show(values);

    wName.addListener(SWT.DefaultSelection, e -> ok());
    shell.addListener(SWT.Close, e -> {
      e.doit = false;
      cancel();
    });
    shell.pack();
    shell.setSize(WIDTH, Math.min(Math.max(shell.getSize().y, 480), MAX_HEIGHT));
    clearOfOtherButtons(buttons);
    shell.open();
    wName.selectAll();
    wName.setFocus();
    while (!shell.isDisposed()) {
      if (!display.readAndDispatch()) {
        display.sleep();
      }
    }
    return result;
  }

  /**
   * PDI lays the row out centred, every button as wide as the widest, and puts its Help button at
   * the bottom left: a long row (a step's Get fields and Preview) would cover Help, so the dialog
   * widens until the row clears it.
   */
  private void clearOfOtherButtons(List<Button> row) {
    shell.layout(true, true);
    int clear = 0;
    for (Control c : shell.getChildren()) {
      if (c instanceof Button && !row.contains(c)) {
        clear = Math.max(clear, c.getBounds().x + c.getBounds().width + Const.MARGIN);
      }
    }
    int rowLeft = row.get(0).getBounds().x;
    if (clear > rowLeft) {
      // Centred: the row moves half as far as the dialog grows.
      shell.setSize(shell.getSize().x + 2 * (clear - rowLeft), shell.getSize().y);
    }
  }

  private Button button(List<Button> buttons, String text, org.eclipse.swt.widgets.Listener l) {
    Button b = new Button(shell, SWT.PUSH);
    b.setText(text);
    b.addListener(SWT.Selection, l);
    buttons.add(b);
    return b;
  }

  // ---- the buttons ----

  private void ok() {
    SettingValues typed = values.copy();
    form.store(typed);
    SettingException problem = form.firstProblem(typed);
    if (problem != null) {
      feedback.show(shell, title, problem.getMessage(), false);
      return;
    }
    form.store(values);
    result = wName.getText();
    shell.dispose();
  }

  private void cancel() {
    result = null;
    shell.dispose();
  }

  private Verdict testConnection(SettingValues typed) {
    List<ConnectionCheck.Line> lines = ConnectionCheck.run(typed, space, ProgressListener.NONE,
        CancellationToken.none());
    StringBuilder text = new StringBuilder();
    boolean allOk = true;
    boolean anyConfigured = false;
    for (ConnectionCheck.Line line : lines) {
      allOk &= line.ok();
      anyConfigured |= line.configured();
      String state = !line.ok()
          ? BaseMessages.getString(PKG, "SettingsDialog.TestConnection.Failed")
          : line.configured() ? BaseMessages.getString(PKG, "SettingsDialog.TestConnection.Ok")
          : BaseMessages.getString(PKG, "SettingsDialog.TestConnection.NotSet");
      text.append(state).append("  ").append(line).append('\n');
    }
    if (!anyConfigured) {
      text.append(BaseMessages.getString(PKG, "SettingsDialog.TestConnection.NothingSet"));
    }
    return allOk && anyConfigured ? Verdict.ok(text.toString().trim())
        : Verdict.problem(text.toString().trim());
  }

  /**
   * Runs Test connection or Validate on a copy of the typed values, under a busy cursor (the
   * calls are bounded by the connection's timeouts).
   */
  private void act(Button button, Action action) {
    SettingValues typed = typedValues();
    Verdict[] verdict = new Verdict[1];
    if (busy(button, () -> verdict[0] = action.run(typed))) {
      feedback.show(shell, title(button), verdict[0].message(), verdict[0].isOk());
    }
  }

  /** An added button: the action shows its own results in the form. */
  private void act(Button button, FormAction action) {
    SettingValues typed = typedValues();
    busy(button, () -> action.run(typed, form));
  }

  private SettingValues typedValues() {
    SettingValues typed = values.copy();
    form.store(typed);
    return typed;
  }

  private interface Work {
    void run() throws Exception;
  }

  /** Runs {@code work} under a busy cursor; false when it failed, which an error dialog shows. */
  private boolean busy(Button button, Work work) {
    Exception[] failure = new Exception[1];
    BusyIndicator.showWhile(shell.getDisplay(), () -> {
      try {
        work.run();
      } catch (Exception e) {
        failure[0] = e;
      }
    });
    if (failure[0] != null) {
      new ErrorDialog(shell, title(button), failure[0].getMessage() == null
          ? failure[0].getClass().getName() : failure[0].getMessage(), failure[0]);
      return false;
    }
    return true;
  }

  private static String title(Button button) {
    return button.getText().replace("&", "");
  }

  // ---- for tests and subclasses ----

  public Shell shell() {
    return shell;
  }

  public Text nameField() {
    return wName;
  }

  public SettingsForm form() {
    return form;
  }

  public Button okButton() {
    return wOK;
  }

  public Button cancelButton() {
    return wCancel;
  }

  /** Null when the settings have no connection block. */
  public Button testButton() {
    return wTest;
  }

  /** Null when no validation was given. */
  public Button validateButton() {
    return wValidate;
  }

  /** The buttons of {@link #addButton}, in the order added (built by {@link #open}). */
  public List<Button> addedButtons() {
    return Collections.unmodifiableList(extraButtons);
  }
}
