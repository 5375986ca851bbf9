package org.pentaho.di.ui.trans.step;

import io.pdimesos.pdiapi.ButtonRow;
import io.pdimesos.pdiapi.MirrorLogChannel;
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

  public BaseStepDialog(Shell a0, BaseStepMeta a1, TransMeta a2, String a3) {
    this(a0, (StepMetaInterface) a1, a2, a3);
  }

  public BaseStepDialog(Shell a0, StepMetaInterface a1, TransMeta a2, String a3) {
    super(a0, SWT.NONE);
    transMeta = a2;
    stepname = a3;
    stepMeta = a2 == null ? null : a2.findStep(a3);
    baseStepMeta = a1;
    backupChanged = a1 instanceof BaseStepMeta && ((BaseStepMeta) a1).hasChanged();
    props = PropsUI.getInstance();
  }

  public BaseStepDialog(Shell a0, int a1, BaseStepMeta a2, TransMeta a3) {
    super(a0, a1);
    transMeta = a3;
    baseStepMeta = (StepMetaInterface) a2;
    backupChanged = a2.hasChanged();
    props = PropsUI.getInstance();
  }

  public void setShellImage(Shell a0, StepMetaInterface a1) {
    // The mirror carries no step icons.
  }

  public void dispose() {
    shell.dispose();
  }

  public void setSize() {
    setSize(shell);
  }

  protected void setButtonPositions(Button[] a0, int a1, Control a2) {
    centerButtons(a0, a1, a1, a2);
  }

  public static final void positionBottomButtons(Composite a0, Button[] a1, int a2, Control a3) {
    centerButtons(a1, a2, a2, a3);
  }

  public static final void positionBottomRightButtons(Composite a0, Button[] a1, int a2, Control a3) {
    rightAlignButtons(a1, a2, a2, a3);
  }

  public static final void positionBottomLeftButtons(Composite a0, Button[] a1, int a2, Control a3) {
    leftAlignButtons(a1, a2, a2, a3);
  }

  public static final void positionBottomButtons(Composite a0, Button[] a1, int a2, int a3, Control a4) {
    if (a3 == BUTTON_ALIGNMENT_LEFT) {
      leftAlignButtons(a1, a2, a2, a4);
    } else if (a3 == BUTTON_ALIGNMENT_RIGHT) {
      rightAlignButtons(a1, a2, a2, a4);
    } else {
      centerButtons(a1, a2, a2, a4);
    }
  }

  protected static int getButtonAlignment() {
    return BUTTON_ALIGNMENT_CENTER;
  }

  protected static void leftAlignButtons(Button[] a0, int a1, int a2, Control a3) {
    ButtonRow.place(a0, a1, a3, ButtonRow.Alignment.LEFT);
  }

  protected static void rightAlignButtons(Button[] a0, int a1, int a2, Control a3) {
    ButtonRow.place(a0, a1, a3, ButtonRow.Alignment.RIGHT);
  }

  protected static void centerButtons(Button[] a0, int a1, int a2, Control a3) {
    ButtonRow.place(a0, a1, a3, ButtonRow.Alignment.CENTER);
  }

  public static final ModifyListener getModifyListenerTooltipText(final Text a0) {
    return new ModifyListener() {
      @Override
      public void modifyText(ModifyEvent e) {
        a0.setToolTipText(a0.getText());
      }
    };
  }

  public void addDatabases(CCombo a0) {
    throw OutsideMirror.unsupported("BaseStepDialog.addDatabases");
  }

  public void addDatabases(CCombo a0, Class<? extends DatabaseInterface> a1) {
    throw OutsideMirror.unsupported("BaseStepDialog.addDatabases");
  }

  public void selectDatabase(CCombo a0, String a1) {
    throw OutsideMirror.unsupported("BaseStepDialog.selectDatabase");
  }

  public CCombo addConnectionLine(Composite a0, Control a1, int a2, int a3) {
    throw OutsideMirror.unsupported("BaseStepDialog.addConnectionLine");
  }

  public CCombo addConnectionLine(Composite a0, Control a1, int a2, int a3, Class<? extends DatabaseInterface> a4) {
    throw OutsideMirror.unsupported("BaseStepDialog.addConnectionLine");
  }

  public CCombo addConnectionLine(Composite a0, Control a1, int a2, int a3, Label a4, Button a5, Button a6, Button a7) {
    throw OutsideMirror.unsupported("BaseStepDialog.addConnectionLine");
  }

  public CCombo addConnectionLine(Composite a0, Control a1, int a2, int a3, Label a4, Button a5, Button a6, Button a7, Class<? extends DatabaseInterface> a8) {
    throw OutsideMirror.unsupported("BaseStepDialog.addConnectionLine");
  }

  public String showDbDialogUnlessCancelledOrValid(DatabaseMeta a0, DatabaseMeta a1) {
    throw OutsideMirror.unsupported("BaseStepDialog.showDbDialogUnlessCancelledOrValid");
  }

  public void showDbExistsDialog(DatabaseMeta a0) {
    throw OutsideMirror.unsupported("BaseStepDialog.showDbExistsDialog");
  }

  public void reinitConnectionDropDown(CCombo a0, String a1) {
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

  public void setRepository(Repository a0) {
    repository = a0;
  }

  public static void setMinimalShellHeight(Shell a0, Control[] a1, int a2, int a3) {
    throw OutsideMirror.unsupported("BaseStepDialog.setMinimalShellHeight");
  }

  public static void setSize(Shell a0) {
    setSize(a0, -1, -1, true);
  }

  public static void setSize(Shell a0, int a1, int a2) {
    setSize(a0, a1, a2, true);
  }

  public static void setSize(Shell a0, int a1, int a2, boolean a3) {
    if (a3) {
      a0.pack();
    }
    Point size = a0.getSize();
    a0.setSize(Math.max(size.x, a1), Math.max(size.y, a2));
    a0.layout(true, true);
  }

  public static final void setTraverseOrder(Control[] a0) {
    // Tab order follows creation order in the mirror.
  }

  public static final void getFieldsFromPrevious(TransMeta a0, StepMeta a1, TableView a2, int a3, int[] a4, int[] a5, int a6, int a7, TableItemInsertListener a8) {
    throw OutsideMirror.unsupported("BaseStepDialog.getFieldsFromPrevious");
  }

  public static final void getFieldsFromPrevious(RowMetaInterface a0, TableView a1, int a2, int[] a3, int[] a4, int a5, int a6, TableItemInsertListener a7) {
    throw OutsideMirror.unsupported("BaseStepDialog.getFieldsFromPrevious");
  }

  public static final void getFieldsFromPrevious(RowMetaInterface a0, TableView a1, int a2, int[] a3, int[] a4, int a5, int a6, boolean a7, TableItemInsertListener a8) {
    throw OutsideMirror.unsupported("BaseStepDialog.getFieldsFromPrevious");
  }

  public static final void getFieldsFromPrevious(RowMetaInterface a0, TableView a1, int a2, int[] a3, int[] a4, int a5, int a6, boolean a7, TableItemInsertListener a8, BaseStepDialog.FieldsChoiceDialogProvider a9) {
    throw OutsideMirror.unsupported("BaseStepDialog.getFieldsFromPrevious");
  }

  public static final void getFieldsFromPrevious(ComboVar a0, TransMeta a1, StepMeta a2) {
    throw OutsideMirror.unsupported("BaseStepDialog.getFieldsFromPrevious");
  }

  public static final void generateFieldMapping(Shell a0, RowMetaInterface a1, RowMetaInterface a2, List<SourceToTargetMapping> a3) throws KettleException {
    throw OutsideMirror.unsupported("BaseStepDialog.generateFieldMapping");
  }

  public boolean isBasic() {
    return dialogLog.isBasic();
  }

  public boolean isDetailed() {
    return dialogLog.isDetailed();
  }

  public boolean isDebug() {
    return dialogLog.isDebug();
  }

  public boolean isRowLevel() {
    return dialogLog.isRowLevel();
  }

  public void logMinimal(String a0) {
    dialogLog.logMinimal(a0);
  }

  public void logMinimal(String a0, Object... a1) {
    dialogLog.logMinimal(a0, a1);
  }

  public void logBasic(String a0) {
    dialogLog.logBasic(a0);
  }

  public void logBasic(String a0, Object... a1) {
    dialogLog.logBasic(a0, a1);
  }

  public void logDetailed(String a0) {
    dialogLog.logDetailed(a0);
  }

  public void logDetailed(String a0, Object... a1) {
    dialogLog.logDetailed(a0, a1);
  }

  public void logDebug(String a0) {
    dialogLog.logDebug(a0);
  }

  public void logDebug(String a0, Object... a1) {
    dialogLog.logDebug(a0, a1);
  }

  public void logRowlevel(String a0) {
    dialogLog.logRowlevel(a0);
  }

  public void logRowlevel(String a0, Object... a1) {
    dialogLog.logRowlevel(a0, a1);
  }

  public void logError(String a0) {
    dialogLog.logError(a0);
  }

  public void logError(String a0, Throwable a1) {
    dialogLog.logError(a0, a1);
  }

  public void logError(String a0, Object... a1) {
    dialogLog.logError(a0, a1);
  }

  protected Button createHelpButton(Shell a0, StepMeta a1, PluginInterface a2) {
    throw OutsideMirror.unsupported("BaseStepDialog.createHelpButton");
  }

  public IMetaStore getMetaStore() {
    return metaStore;
  }

  public void setMetaStore(IMetaStore a0) {
    metaStore = a0;
  }

  protected String getPathOf(RepositoryElementMetaInterface a0) {
    throw OutsideMirror.unsupported("BaseStepDialog.getPathOf");
  }

  private final MirrorLogChannel dialogLog = new MirrorLogChannel("dialog");
}
