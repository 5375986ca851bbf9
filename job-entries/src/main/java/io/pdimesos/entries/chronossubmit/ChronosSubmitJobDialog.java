package io.pdimesos.entries.chronossubmit;

import io.pdimesos.entries.ClusterJobEntryDialog;
import io.pdimesos.plugin.ui.SettingsDialog;
import java.util.Arrays;
import java.util.Collections;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.job.entry.JobEntryInterface;
import org.pentaho.di.repository.Repository;

/** The dialog of {@link ChronosSubmitJob}, built from its declared settings. */
public class ChronosSubmitJobDialog extends ClusterJobEntryDialog {
  public ChronosSubmitJobDialog(Shell parent, JobEntryInterface entry, Repository rep,
      JobMeta jobMeta) {
    super(parent, entry, rep, jobMeta);
  }

  /** Only the fields of the chosen definition source are editable; arguments only to run now. */
  @Override
  protected void configure(SettingsDialog dialog) {
    dialog.enableWhen(ChronosSubmitJob.SOURCE, Collections.singletonList("json"),
        Collections.singletonList(ChronosSubmitJob.JSON));
    dialog.enableWhen(ChronosSubmitJob.SOURCE, Collections.singletonList("file"),
        Collections.singletonList(ChronosSubmitJob.FILE));
    dialog.enableWhen(ChronosSubmitJob.SOURCE, Collections.singletonList("form"), Arrays.asList(
        ChronosSubmitJob.COMMAND, ChronosSubmitJob.IMAGE, ChronosSubmitJob.SCHEDULE,
        ChronosSubmitJob.TIME_ZONE, ChronosSubmitJob.PARENTS, ChronosSubmitJob.ENV,
        ChronosSubmitJob.CPUS, ChronosSubmitJob.MEM, ChronosSubmitJob.DISK,
        ChronosSubmitJob.RETRIES, ChronosSubmitJob.OWNER));
    dialog.enableWhen(ChronosSubmitJob.RUN_NOW, Collections.singletonList("Y"),
        Collections.singletonList(ChronosSubmitJob.RUN_ARGUMENTS));
  }

  /** Validate: build and check the job, ask Chronos whether it exists (create or update). */
  @Override
  protected Preview preview() {
    return ChronosSubmitPreview::run;
  }
}
