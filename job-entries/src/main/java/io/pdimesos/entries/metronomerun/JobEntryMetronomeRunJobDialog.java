package io.pdimesos.entries.metronomerun;

import io.pdimesos.entries.ClusterJobEntryDialog;
import io.pdimesos.entries.MetronomeJobPreview;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.i18n.BaseMessages;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.job.entry.JobEntryInterface;
import org.pentaho.di.repository.Repository;

/** The dialog of {@link JobEntryMetronomeRunJob}, built from its declared settings. */
public class JobEntryMetronomeRunJobDialog extends ClusterJobEntryDialog {
  private static final Class<?> PKG = JobEntryMetronomeRunJobDialog.class;

  public JobEntryMetronomeRunJobDialog(Shell parent, JobEntryInterface entry, Repository rep,
      JobMeta jobMeta) {
    super(parent, entry, rep, jobMeta);
  }

  /** Validate: check the job id and show the job as Metronome has it. */
  @Override
  protected Preview preview() {
    return run -> MetronomeJobPreview.describe(run, JobEntryMetronomeRunJob.JOB_ID,
        BaseMessages.getString(PKG, "JobEntryMetronomeRunJobDialog.Preview.Missing"));
  }
}
