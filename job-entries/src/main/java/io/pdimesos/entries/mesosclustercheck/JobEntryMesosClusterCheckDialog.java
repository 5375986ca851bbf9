package io.pdimesos.entries.mesosclustercheck;

import io.pdimesos.entries.ClusterJobEntryDialog;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.job.entry.JobEntryInterface;
import org.pentaho.di.repository.Repository;

/** The dialog of {@link JobEntryMesosClusterCheck}, built from its declared settings. */
public class JobEntryMesosClusterCheckDialog extends ClusterJobEntryDialog {
  public JobEntryMesosClusterCheckDialog(Shell parent, JobEntryInterface entry, Repository rep,
      JobMeta jobMeta) {
    super(parent, entry, rep, jobMeta);
  }
}
