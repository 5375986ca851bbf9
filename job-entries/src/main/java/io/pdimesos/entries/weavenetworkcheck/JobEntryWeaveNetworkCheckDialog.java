package io.pdimesos.entries.weavenetworkcheck;

import io.pdimesos.entries.ClusterJobEntryDialog;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.job.entry.JobEntryInterface;
import org.pentaho.di.repository.Repository;

/** The dialog of {@link JobEntryWeaveNetworkCheck}, built from its declared settings. */
public class JobEntryWeaveNetworkCheckDialog extends ClusterJobEntryDialog {
  public JobEntryWeaveNetworkCheckDialog(Shell parent, JobEntryInterface entry, Repository rep,
      JobMeta jobMeta) {
    super(parent, entry, rep, jobMeta);
  }
}
