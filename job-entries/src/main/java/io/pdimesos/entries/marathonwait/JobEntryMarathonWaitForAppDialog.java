package io.pdimesos.entries.marathonwait;

import io.pdimesos.entries.ClusterJobEntryDialog;
import io.pdimesos.entries.MarathonAppEntries;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.job.entry.JobEntryInterface;
import org.pentaho.di.repository.Repository;

/** The dialog of {@link JobEntryMarathonWaitForApp}, built from its declared settings. */
public class JobEntryMarathonWaitForAppDialog extends ClusterJobEntryDialog {
  public JobEntryMarathonWaitForAppDialog(Shell parent, JobEntryInterface entry, Repository rep,
      JobMeta jobMeta) {
    super(parent, entry, rep, jobMeta);
  }

  /** Validate: check the app id and show the app as Marathon has it. */
  @Override
  protected Preview preview() {
    return MarathonAppEntries::preview;
  }
}
