package io.pdimesos.entries.chronossubmit;

import io.pdimesos.entries.ClusterJobEntryDialog;
import io.pdimesos.plugin.ui.SettingsDialog;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.job.entry.JobEntryInterface;
import org.pentaho.di.repository.Repository;

/** The dialog of {@link JobEntryChronosSubmitJob}, built from its declared settings. */
public class JobEntryChronosSubmitJobDialog extends ClusterJobEntryDialog {
  public JobEntryChronosSubmitJobDialog(Shell parent, JobEntryInterface entry, Repository rep,
      JobMeta jobMeta) {
    super(parent, entry, rep, jobMeta);
  }

  /** Only the fields of the chosen definition source are editable. */
  @Override
  protected void configure(SettingsDialog dialog) {
    enableBySource(dialog, JobEntryChronosSubmitJob.SOURCE, JobEntryChronosSubmitJob.JSON,
        JobEntryChronosSubmitJob.FILE, JobEntryChronosSubmitJob.FORM_FIELDS);
  }

  /** Validate: build and check the job, ask Chronos whether it exists (create or update). */
  @Override
  protected Preview preview() {
    return ChronosSubmitPreview::run;
  }
}
