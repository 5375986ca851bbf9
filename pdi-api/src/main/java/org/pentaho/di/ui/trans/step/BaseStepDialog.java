package org.pentaho.di.ui.trans.step;

import io.pdimesos.pdiapi.ButtonRow;
import io.pdimesos.pdiapi.HelpButton;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.ModifyEvent;
import org.eclipse.swt.graphics.Point;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.List;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.events.ModifyListener;
import org.eclipse.swt.events.SelectionAdapter;
import org.eclipse.swt.layout.FormData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Dialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.pentaho.di.core.SourceToTargetMapping;
import org.pentaho.di.core.database.DatabaseInterface;
import org.pentaho.di.core.database.DatabaseMeta;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.logging.LogChannel;
import org.pentaho.di.core.logging.LoggingObjectInterface;
import org.pentaho.di.core.plugins.PluginInterface;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.repository.Repository;
import org.pentaho.di.repository.RepositoryElementMetaInterface;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.BaseStepMeta;
import org.pentaho.di.trans.step.StepMeta;
import org.pentaho.di.trans.step.StepMetaInterface;
import org.pentaho.di.ui.core.PropsUI;
import org.pentaho.di.ui.core.widget.ComboVar;
import org.pentaho.di.ui.core.widget.TableView;
import org.pentaho.metastore.api.IMetaStore;

public class BaseStepDialog extends Dialog {
  public static interface FieldsChoiceDialogProvider {

  }

  public static final LoggingObjectInterface loggingObject = OutsideMirror.runtime((LoggingObjectInterface) null);

  protected static VariableSpace variables;

  protected String stepname;

  protected Label wlStepname;

  protected Text wStepname;

  protected FormData fdlStepname;

  protected FormData fdStepname;

  protected Button wOK;

  protected Button wGet;

  protected Button wPreview;

  protected Button wSQL;

  protected Button wCreate;

  protected Button wCancel;

  protected FormData fdOK;

  protected FormData fdGet;

  protected FormData fdPreview;

  protected FormData fdSQL;

  protected FormData fdCreate;

  protected FormData fdCancel;

  protected Listener lsOK;

  protected Listener lsGet;

  protected Listener lsPreview;

  protected Listener lsSQL;

  protected Listener lsCreate;

  protected Listener lsCancel;

  protected TransMeta transMeta;

  protected Shell shell;

  protected SelectionAdapter lsDef;

  protected Listener lsResize;

  protected boolean changed;

  protected boolean backupChanged;

  protected StepMetaInterface baseStepMeta;

  protected PropsUI props;

  protected Repository repository;

  protected IMetaStore metaStore;

  protected StepMeta stepMeta;

  protected LogChannel log;

  protected static final int BUTTON_ALIGNMENT_CENTER = 0;

  public static final int BUTTON_ALIGNMENT_LEFT = 1;

  public static final int BUTTON_ALIGNMENT_RIGHT = 2;

  protected static int buttonAlignment;

  public BaseStepDialog(Shell shell, BaseStepMeta baseStepMeta, TransMeta transMeta, String text) {
    this(shell, (StepMetaInterface) baseStepMeta, transMeta, text);
  }

  public BaseStepDialog(Shell shell, StepMetaInterface meta, TransMeta transMeta2, String text) {
    super(shell, SWT.NONE);
    // As PDI: a channel of the step meta's own, which a dialog's Preview or Get fields logs to.
    log = new LogChannel(meta);
    transMeta = transMeta2;
    stepname = text;
    stepMeta = transMeta2 == null ? null : transMeta2.findStep(text);
    baseStepMeta = meta;
    backupChanged = meta instanceof BaseStepMeta && ((BaseStepMeta) meta).hasChanged();
    props = PropsUI.getInstance();
  }

  public BaseStepDialog(Shell shell, int number, BaseStepMeta baseStepMeta2, TransMeta transMeta2) {
    super(shell, number);
    log = new LogChannel(baseStepMeta2);
    transMeta = transMeta2;
    baseStepMeta = (StepMetaInterface) baseStepMeta2;
    backupChanged = baseStepMeta2.hasChanged();
    props = PropsUI.getInstance();
  }

  public void setShellImage(Shell shell, StepMetaInterface meta) {
    // As PDI: the step's icon (the mirror carries none) and a Help button at the bottom left, for
    // the step this dialog found in the transformation; PDI fails when it is not there.
    if (stepMeta == null) {
      throw new NullPointerException("step '" + stepname + "' is not in the transformation");
    }
    HelpButton.create(shell);
  }

  public void dispose() {
    shell.dispose();
  }

  public void setSize() {
    setSize(shell);
  }

  protected void setButtonPositions(Button[] buttons, int number, Control control) {
    positionBottomButtons(shell, buttons, number, control);
  }

  public static final void positionBottomButtons(Composite composite, Button[] buttons, int number, Control control) {
    positionBottomButtons(composite, buttons, number, BUTTON_ALIGNMENT_CENTER, control);
  }

  public static final void positionBottomRightButtons(Composite composite, Button[] buttons, int number, Control control) {
    positionBottomButtons(composite, buttons, number, BUTTON_ALIGNMENT_RIGHT, control);
  }

  public static final void positionBottomLeftButtons(Composite composite, Button[] buttons, int number, Control control) {
    positionBottomButtons(composite, buttons, number, BUTTON_ALIGNMENT_LEFT, control);
  }

  public static final void positionBottomButtons(Composite composite, Button[] buttons, int number, int number2, Control control) {
    // As PDI: every button as wide as the widest one (see ButtonRow).
    int width = ButtonRow.width(buttons);
    if (number2 == BUTTON_ALIGNMENT_LEFT) {
      leftAlignButtons(buttons, width, number, control);
    } else if (number2 == BUTTON_ALIGNMENT_RIGHT) {
      rightAlignButtons(buttons, width, number, control);
    } else {
      centerButtons(buttons, width, number, control);
    }
  }

  protected static int getButtonAlignment() {
    return BUTTON_ALIGNMENT_CENTER;
  }

  protected static void leftAlignButtons(Button[] buttons, int number, int number2, Control control) {
    ButtonRow.place(buttons, number, number2, control, ButtonRow.Alignment.LEFT);
  }

  protected static void rightAlignButtons(Button[] buttons, int number, int number2, Control control) {
    ButtonRow.place(buttons, number, number2, control, ButtonRow.Alignment.RIGHT);
  }

  protected static void centerButtons(Button[] buttons, int number, int number2, Control control) {
    ButtonRow.place(buttons, number, number2, control, ButtonRow.Alignment.CENTER);
  }

  public static final ModifyListener getModifyListenerTooltipText(final Text text) {
    return new ModifyListener() {
      @Override
      public void modifyText(ModifyEvent e) {
        text.setToolTipText(text.getText());
      }
    };
  }

  public void addDatabases(CCombo cCombo) {
    throw OutsideMirror.unsupported("BaseStepDialog.addDatabases");
  }

  public void addDatabases(CCombo cCombo, Class<? extends DatabaseInterface> class2) {
    throw OutsideMirror.unsupported("BaseStepDialog.addDatabases");
  }

  public void selectDatabase(CCombo cCombo, String text) {
    throw OutsideMirror.unsupported("BaseStepDialog.selectDatabase");
  }

  public CCombo addConnectionLine(Composite composite, Control control, int number, int number2) {
    throw OutsideMirror.unsupported("BaseStepDialog.addConnectionLine");
  }

  public CCombo addConnectionLine(Composite composite, Control control, int number, int number2, Class<? extends DatabaseInterface> class2) {
    throw OutsideMirror.unsupported("BaseStepDialog.addConnectionLine");
  }

  public CCombo addConnectionLine(Composite composite, Control control, int number, int number2, Label label, Button button, Button button2, Button button3) {
    throw OutsideMirror.unsupported("BaseStepDialog.addConnectionLine");
  }

  public CCombo addConnectionLine(Composite composite, Control control, int number, int number2, Label label, Button button, Button button2, Button button3, Class<? extends DatabaseInterface> class2) {
    throw OutsideMirror.unsupported("BaseStepDialog.addConnectionLine");
  }

  public String showDbDialogUnlessCancelledOrValid(DatabaseMeta databaseMeta, DatabaseMeta databaseMeta2) {
    throw OutsideMirror.unsupported("BaseStepDialog.showDbDialogUnlessCancelledOrValid");
  }

  public void showDbExistsDialog(DatabaseMeta databaseMeta) {
    throw OutsideMirror.unsupported("BaseStepDialog.showDbExistsDialog");
  }

  public void reinitConnectionDropDown(CCombo cCombo, String text) {
    throw OutsideMirror.unsupported("BaseStepDialog.reinitConnectionDropDown");
  }

  public void storeScreenSize() {
    // Window sizes are not remembered by the mirror.
  }

  public String toString() {
    return getClass().getName();
  }

  public Repository getRepository() {
    return repository;
  }

  public void setRepository(Repository repository2) {
    repository = repository2;
  }

  public static void setMinimalShellHeight(Shell shell, Control[] controls, int number, int number2) {
    throw OutsideMirror.unsupported("BaseStepDialog.setMinimalShellHeight");
  }

  public static void setSize(Shell shell) {
    setSize(shell, -1, -1, true);
  }

  public static void setSize(Shell shell, int number, int number2) {
    setSize(shell, number, number2, true);
  }

  public static void setSize(Shell shell, int number, int number2, boolean flag) {
    if (flag) {
      shell.pack();
    }
    Point size = shell.getSize();
    shell.setSize(Math.max(size.x, number), Math.max(size.y, number2));
    shell.layout(true, true);
  }

  public static final void setTraverseOrder(Control[] controls) {
    // Tab order follows creation order in the mirror.
  }

  public static final void getFieldsFromPrevious(TransMeta transMeta, StepMeta stepMeta, TableView tableView, int number, int[] ints, int[] ints2, int number2, int number3, TableItemInsertListener tableItemInsertListener) {
    throw OutsideMirror.unsupported("BaseStepDialog.getFieldsFromPrevious");
  }

  public static final void getFieldsFromPrevious(RowMetaInterface rowMeta, TableView tableView, int number, int[] ints, int[] ints2, int number2, int number3, TableItemInsertListener tableItemInsertListener) {
    throw OutsideMirror.unsupported("BaseStepDialog.getFieldsFromPrevious");
  }

  public static final void getFieldsFromPrevious(RowMetaInterface rowMeta, TableView tableView, int number, int[] ints, int[] ints2, int number2, int number3, boolean flag, TableItemInsertListener tableItemInsertListener) {
    throw OutsideMirror.unsupported("BaseStepDialog.getFieldsFromPrevious");
  }

  public static final void getFieldsFromPrevious(RowMetaInterface rowMeta, TableView tableView, int number, int[] ints, int[] ints2, int number2, int number3, boolean flag, TableItemInsertListener tableItemInsertListener, BaseStepDialog.FieldsChoiceDialogProvider fieldsChoiceDialogProvider) {
    throw OutsideMirror.unsupported("BaseStepDialog.getFieldsFromPrevious");
  }

  public static final void getFieldsFromPrevious(ComboVar comboVar, TransMeta transMeta, StepMeta stepMeta) {
    throw OutsideMirror.unsupported("BaseStepDialog.getFieldsFromPrevious");
  }

  public static final void generateFieldMapping(Shell shell, RowMetaInterface rowMeta, RowMetaInterface rowMeta2, List<SourceToTargetMapping> list) throws KettleException {
    throw OutsideMirror.unsupported("BaseStepDialog.generateFieldMapping");
  }

  public boolean isBasic() {
    return log.isBasic();
  }

  public boolean isDetailed() {
    return log.isDetailed();
  }

  public boolean isDebug() {
    return log.isDebug();
  }

  public boolean isRowLevel() {
    return log.isRowLevel();
  }

  public void logMinimal(String text) {
    log.logMinimal(text);
  }

  public void logMinimal(String text, Object... arguments) {
    log.logMinimal(text, arguments);
  }

  public void logBasic(String text) {
    log.logBasic(text);
  }

  public void logBasic(String text, Object... arguments) {
    log.logBasic(text, arguments);
  }

  public void logDetailed(String text) {
    log.logDetailed(text);
  }

  public void logDetailed(String text, Object... arguments) {
    log.logDetailed(text, arguments);
  }

  public void logDebug(String text) {
    log.logDebug(text);
  }

  public void logDebug(String text, Object... arguments) {
    log.logDebug(text, arguments);
  }

  public void logRowlevel(String text) {
    log.logRowlevel(text);
  }

  public void logRowlevel(String text, Object... arguments) {
    log.logRowlevel(text, arguments);
  }

  public void logError(String text) {
    log.logError(text);
  }

  public void logError(String text, Throwable error) {
    log.logError(text, error);
  }

  public void logError(String text, Object... arguments) {
    log.logError(text, arguments);
  }

  protected Button createHelpButton(Shell shell, StepMeta stepMeta, PluginInterface plugin) {
    throw OutsideMirror.unsupported("BaseStepDialog.createHelpButton");
  }

  public IMetaStore getMetaStore() {
    return metaStore;
  }

  public void setMetaStore(IMetaStore metaStore2) {
    metaStore = metaStore2;
  }

  protected String getPathOf(RepositoryElementMetaInterface repositoryElementMeta) {
    throw OutsideMirror.unsupported("BaseStepDialog.getPathOf");
  }
}
