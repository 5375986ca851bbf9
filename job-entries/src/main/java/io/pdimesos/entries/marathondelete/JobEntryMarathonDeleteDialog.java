package io.pdimesos.entries.marathondelete;

import io.pdimesos.entries.ClusterJobEntryDialog;
import io.pdimesos.entries.MarathonAppEntries;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.job.entry.JobEntryInterface;
import org.pentaho.di.repository.Repository;

/** The dialog of {@link JobEntryMarathonDelete}, built from its declared settings. */
public class JobEntryMarathonDeleteDialog extends ClusterJobEntryDialog {
  public JobEntryMarathonDeleteDialog(Shell parent, JobEntryInterface entry, Repository rep,
      JobMeta jobMeta) {
    super(parent, entry, rep, jobMeta);
  }

  /** Validate: check the app id and show the app as Marathon has it. */
  @Override
  protected Preview preview() {
    return MarathonAppEntries::preview;
  }
}
