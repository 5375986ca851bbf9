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

  public JobEntryDialog(Shell a0, JobEntryInterface a1, Repository a2, JobMeta a3) {
    super(a0, SWT.NONE);
    props = PropsUI.getInstance();
    jobEntryInt = a1;
    rep = a2;
    jobMeta = a3;
    shell = a0;
    parent = a0;
  }

  public CCombo addConnectionLine(Composite a0, Control a1, int a2, int a3) {
    throw OutsideMirror.unsupported("JobEntryDialog.addConnectionLine");
  }

  public CCombo addConnectionLine(Composite a0, Control a1, int a2, int a3, Label a4, Button a5, Button a6, Button a7) {
    throw OutsideMirror.unsupported("JobEntryDialog.addConnectionLine");
  }

  public void addDatabases(CCombo a0) {
    throw OutsideMirror.unsupported("JobEntryDialog.addDatabases");
  }

  public void selectDatabase(CCombo a0, String a1) {
    throw OutsideMirror.unsupported("JobEntryDialog.selectDatabase");
  }

  public IMetaStore getMetaStore() {
    return metaStore;
  }

  public void setMetaStore(IMetaStore a0) {
    metaStore = a0;
  }

  protected String getPathOf(RepositoryElementMetaInterface a0) {
    throw OutsideMirror.unsupported("JobEntryDialog.getPathOf");
  }
}
