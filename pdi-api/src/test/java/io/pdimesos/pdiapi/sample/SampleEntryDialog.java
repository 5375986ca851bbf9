package io.pdimesos.pdiapi.sample;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FormAttachment;
import org.eclipse.swt.layout.FormData;
import org.eclipse.swt.layout.FormLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.core.Const;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.job.entry.JobEntryDialogInterface;
import org.pentaho.di.job.entry.JobEntryInterface;
import org.pentaho.di.repository.Repository;
import org.pentaho.di.ui.core.widget.ColumnInfo;
import org.pentaho.di.ui.core.widget.ComboVar;
import org.pentaho.di.ui.core.widget.PasswordTextVar;
import org.pentaho.di.ui.core.widget.TableView;
import org.pentaho.di.ui.core.widget.TextVar;
import org.pentaho.di.ui.job.dialog.JobDialog;
import org.pentaho.di.ui.job.entry.JobEntryDialog;
import org.pentaho.di.ui.trans.step.BaseStepDialog;

/** A job entry dialog written the way Spoon's are, to prove the mirror's widgets open and behave under Xvfb. */
public class SampleEntryDialog extends JobEntryDialog implements JobEntryDialogInterface {
  public TextVar wTarget;
  public PasswordTextVar wSecret;
  public ComboVar wMode;
  public TableView wLabels;
  public Button wOK;
  private final SampleEntry entry;
  private boolean ok;

  public SampleEntryDialog(Shell parent, JobEntryInterface entry, Repository rep, JobMeta jobMeta) {
    super(parent, entry, rep, jobMeta);
    this.entry = (SampleEntry) entry;
  }

  @Override
  public JobEntryInterface open() {
    Shell parentShell = getParent();
    Display display = parentShell.getDisplay();
    shell = new Shell(parentShell, props.getJobsDialogStyle());
    shell.setLayout(new FormLayout());
    shell.setText("Sample");
    JobDialog.setShellImage(shell, entry);

    wTarget = new TextVar(jobMeta, shell, SWT.SINGLE | SWT.BORDER);
    props.setLook(wTarget);
    wTarget.setText(entry.target);
    place(wTarget, null);
    wSecret = new PasswordTextVar(jobMeta, shell, SWT.SINGLE | SWT.BORDER);
    place(wSecret, wTarget);
    wMode = new ComboVar(jobMeta, shell, SWT.BORDER);
    wMode.setItems(new String[] {"create", "update"});
    place(wMode, wSecret);
    wLabels = new TableView(jobMeta, shell, SWT.BORDER, new ColumnInfo[] {
        new ColumnInfo("Key", ColumnInfo.COLUMN_TYPE_TEXT, false),
        new ColumnInfo("Value", ColumnInfo.COLUMN_TYPE_TEXT, false)}, 1, null, props);
    place(wLabels, wMode);

    wOK = new Button(shell, SWT.PUSH);
    wOK.setText("OK");
    Button wCancel = new Button(shell, SWT.PUSH);
    wCancel.setText("Cancel");
    BaseStepDialog.positionBottomButtons(shell, new Button[] {wOK, wCancel}, Const.MARGIN, wLabels);
    wOK.addListener(SWT.Selection, e -> {
      entry.target = wTarget.getText();
      ok = true;
      shell.dispose();
    });
    wCancel.addListener(SWT.Selection, e -> shell.dispose());

    BaseStepDialog.setSize(shell);
    shell.open();
    while (!shell.isDisposed()) {
      if (!display.readAndDispatch()) {
        display.sleep();
      }
    }
    return ok ? entry : null;
  }

  private void place(Control control, Control above) {
    FormData data = new FormData();
    data.left = new FormAttachment(props.getMiddlePct(), Const.MARGIN);
    data.right = new FormAttachment(100, -Const.MARGIN);
    data.top = above == null ? new FormAttachment(0, Const.MARGIN) : new FormAttachment(above, Const.MARGIN);
    control.setLayoutData(data);
  }
}
