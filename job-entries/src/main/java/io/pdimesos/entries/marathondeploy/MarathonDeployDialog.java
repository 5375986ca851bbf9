package io.pdimesos.entries.marathondeploy;

import io.pdimesos.entries.ClusterJobEntryDialog;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.job.entry.JobEntryInterface;
import org.pentaho.di.repository.Repository;

/** The dialog of {@link MarathonDeploy}, built from its declared settings. */
public class MarathonDeployDialog extends ClusterJobEntryDialog {
  public MarathonDeployDialog(Shell parent, JobEntryInterface entry, Repository rep, JobMeta jobMeta) {
    super(parent, entry, rep, jobMeta);
  }

  /** Validate: parse the definition, ask Marathon whether the app exists (create or update). */
  @Override
  protected Preview preview() {
    return MarathonDeployPreview::run;
  }
}
