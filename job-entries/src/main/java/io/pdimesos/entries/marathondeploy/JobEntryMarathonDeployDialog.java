package io.pdimesos.entries.marathondeploy;

import io.pdimesos.entries.ClusterJobEntryDialog;
import io.pdimesos.plugin.ui.SettingsDialog;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.job.entry.JobEntryInterface;
import org.pentaho.di.repository.Repository;

/** The dialog of {@link JobEntryMarathonDeploy}, built from its declared settings. */
public class JobEntryMarathonDeployDialog extends ClusterJobEntryDialog {
  public JobEntryMarathonDeployDialog(Shell parent, JobEntryInterface entry, Repository rep,
      JobMeta jobMeta) {
    super(parent, entry, rep, jobMeta);
  }

  /** Only the fields of the chosen definition source are editable. */
  @Override
  protected void configure(SettingsDialog dialog) {
    enableBySource(dialog, JobEntryMarathonDeploy.SOURCE, JobEntryMarathonDeploy.JSON,
        JobEntryMarathonDeploy.FILE, JobEntryMarathonDeploy.FORM_FIELDS);
  }

  /** Validate: parse the definition, ask Marathon whether the app exists (create or update). */
  @Override
  protected Preview preview() {
    return MarathonDeployPreview::run;
  }
}
