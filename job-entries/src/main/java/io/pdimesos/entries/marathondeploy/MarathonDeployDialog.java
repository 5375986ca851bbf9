package io.pdimesos.entries.marathondeploy;

import io.pdimesos.entries.ClusterJobEntryDialog;
import io.pdimesos.plugin.ui.SettingsDialog;
import java.util.Arrays;
import java.util.Collections;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.job.entry.JobEntryInterface;
import org.pentaho.di.repository.Repository;

/** The dialog of {@link MarathonDeploy}, built from its declared settings. */
public class MarathonDeployDialog extends ClusterJobEntryDialog {
  public MarathonDeployDialog(Shell parent, JobEntryInterface entry, Repository rep,
      JobMeta jobMeta) {
    super(parent, entry, rep, jobMeta);
  }

  /** Only the fields of the chosen definition source are editable. */
  @Override
  protected void configure(SettingsDialog dialog) {
    dialog.enableWhen(MarathonDeploy.SOURCE, Collections.singletonList("json"),
        Collections.singletonList(MarathonDeploy.JSON));
    dialog.enableWhen(MarathonDeploy.SOURCE, Collections.singletonList("file"),
        Collections.singletonList(MarathonDeploy.FILE));
    dialog.enableWhen(MarathonDeploy.SOURCE, Collections.singletonList("form"), Arrays.asList(
        MarathonDeploy.IMAGE, MarathonDeploy.CMD, MarathonDeploy.INSTANCES, MarathonDeploy.CPUS,
        MarathonDeploy.MEM, MarathonDeploy.ENV, MarathonDeploy.LABELS, MarathonDeploy.PORTS,
        MarathonDeploy.HEALTH_PROTOCOL, MarathonDeploy.HEALTH_TARGET, MarathonDeploy.CONSTRAINTS));
  }

  /** Validate: parse the definition, ask Marathon whether the app exists (create or update). */
  @Override
  protected Preview preview() {
    return MarathonDeployPreview::run;
  }
}
