package io.pdimesos.entries.chronosrun;

import io.pdimesos.entries.ChronosJobPreview;
import io.pdimesos.entries.ClusterJobEntryDialog;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.i18n.BaseMessages;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.job.entry.JobEntryInterface;
import org.pentaho.di.repository.Repository;

/** The dialog of {@link JobEntryChronosRunJob}, built from its declared settings. */
public class JobEntryChronosRunJobDialog extends ClusterJobEntryDialog {
  private static final Class<?> PKG = JobEntryChronosRunJobDialog.class;

  public JobEntryChronosRunJobDialog(Shell parent, JobEntryInterface entry, Repository rep,
      JobMeta jobMeta) {
    super(parent, entry, rep, jobMeta);
  }

  /** Validate: check the job name and show the job as Chronos has it. */
  @Override
  protected Preview preview() {
    return run -> ChronosJobPreview.describe(run, JobEntryChronosRunJob.JOB_NAME,
        BaseMessages.getString(PKG, "JobEntryChronosRunJobDialog.Preview.Missing"));
  }
}
