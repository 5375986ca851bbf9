package io.pdimesos.entries.metronomesubmit;

import io.pdimesos.entries.ClusterJobEntryDialog;
import io.pdimesos.plugin.ui.SettingsDialog;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.job.entry.JobEntryInterface;
import org.pentaho.di.repository.Repository;

/** The dialog of {@link JobEntryMetronomeSubmitJob}, built from its declared settings. */
public class JobEntryMetronomeSubmitJobDialog extends ClusterJobEntryDialog {
  public JobEntryMetronomeSubmitJobDialog(Shell parent, JobEntryInterface entry, Repository rep,
      JobMeta jobMeta) {
    super(parent, entry, rep, jobMeta);
  }

  /** Only the fields of the chosen definition source are editable. */
  @Override
  protected void configure(SettingsDialog dialog) {
    enableBySource(dialog, JobEntryMetronomeSubmitJob.SOURCE, JobEntryMetronomeSubmitJob.JSON,
        JobEntryMetronomeSubmitJob.FILE, JobEntryMetronomeSubmitJob.FORM_FIELDS);
  }

  /** Validate: build and check the job, say when it runs next, and whether it would be new. */
  @Override
  protected Preview preview() {
    return MetronomeSubmitPreview::run;
  }
}
