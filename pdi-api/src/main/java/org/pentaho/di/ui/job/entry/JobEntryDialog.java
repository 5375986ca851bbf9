package org.pentaho.di.ui.job.entry;

import org.eclipse.swt.SWT;

import io.pdimesos.pdiapi.OutsideMirror;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Dialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.core.logging.LoggingObjectInterface;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.job.entry.JobEntryInterface;
import org.pentaho.di.repository.Repository;
import org.pentaho.di.repository.RepositoryElementMetaInterface;
import org.pentaho.di.ui.core.PropsUI;
import org.pentaho.metastore.api.IMetaStore;

public class JobEntryDialog extends Dialog {
  public static final LoggingObjectInterface loggingObject = OutsideMirror.runtime((LoggingObjectInterface) null);

  protected JobEntryInterface jobEntryInt;

  protected Repository rep;

  protected IMetaStore metaStore;

  protected JobMeta jobMeta;

  protected Shell shell;

  protected PropsUI props;

  protected Shell parent;

  public JobEntryDialog(Shell shell2, JobEntryInterface jobEntry, Repository repository, JobMeta jobMeta2) {
    super(shell2, SWT.NONE);
    props = PropsUI.getInstance();
    jobEntryInt = jobEntry;
    rep = repository;
    jobMeta = jobMeta2;
    shell = shell2;
    parent = shell2;
  }

  public CCombo addConnectionLine(Composite composite, Control control, int number, int number2) {
    throw OutsideMirror.unsupported("JobEntryDialog.addConnectionLine");
  }

  public CCombo addConnectionLine(Composite composite, Control control, int number, int number2, Label label, Button button, Button button2, Button button3) {
    throw OutsideMirror.unsupported("JobEntryDialog.addConnectionLine");
  }

  public void addDatabases(CCombo cCombo) {
    throw OutsideMirror.unsupported("JobEntryDialog.addDatabases");
  }

  public void selectDatabase(CCombo cCombo, String text) {
    throw OutsideMirror.unsupported("JobEntryDialog.selectDatabase");
  }

  public IMetaStore getMetaStore() {
    return metaStore;
  }

  public void setMetaStore(IMetaStore metaStore2) {
    metaStore = metaStore2;
  }

  protected String getPathOf(RepositoryElementMetaInterface repositoryElementMeta) {
    throw OutsideMirror.unsupported("JobEntryDialog.getPathOf");
  }
}
