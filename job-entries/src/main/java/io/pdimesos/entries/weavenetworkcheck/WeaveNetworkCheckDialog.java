package io.pdimesos.entries.weavenetworkcheck;

import io.pdimesos.entries.ClusterJobEntryDialog;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.job.entry.JobEntryInterface;
import org.pentaho.di.repository.Repository;

/** The dialog of {@link WeaveNetworkCheck}, built from its declared settings. */
public class WeaveNetworkCheckDialog extends ClusterJobEntryDialog {
  public WeaveNetworkCheckDialog(Shell parent, JobEntryInterface entry, Repository rep,
      JobMeta jobMeta) {
    super(parent, entry, rep, jobMeta);
  }
}
