package io.pdimesos.entries.chronossubmit;

import io.pdimesos.entries.ClusterJobEntryDialog;
import io.pdimesos.plugin.ui.SettingsDialog;
import java.util.Arrays;
import java.util.Collections;
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

  /** Only the fields of the chosen definition source are editable; arguments only to run now. */
  @Override
  protected void configure(SettingsDialog dialog) {
    dialog.enableWhen(JobEntryChronosSubmitJob.SOURCE, Collections.singletonList("json"),
        Collections.singletonList(JobEntryChronosSubmitJob.JSON));
    dialog.enableWhen(JobEntryChronosSubmitJob.SOURCE, Collections.singletonList("file"),
        Collections.singletonList(JobEntryChronosSubmitJob.FILE));
    dialog.enableWhen(JobEntryChronosSubmitJob.SOURCE, Collections.singletonList("form"),
        Arrays.asList(JobEntryChronosSubmitJob.COMMAND, JobEntryChronosSubmitJob.IMAGE,
            JobEntryChronosSubmitJob.SCHEDULE, JobEntryChronosSubmitJob.TIME_ZONE,
            JobEntryChronosSubmitJob.PARENTS, JobEntryChronosSubmitJob.ENV,
            JobEntryChronosSubmitJob.CPUS, JobEntryChronosSubmitJob.MEM,
            JobEntryChronosSubmitJob.DISK, JobEntryChronosSubmitJob.RETRIES,
            JobEntryChronosSubmitJob.OWNER));
    dialog.enableWhen(JobEntryChronosSubmitJob.RUN_NOW, Collections.singletonList("Y"),
        Collections.singletonList(JobEntryChronosSubmitJob.RUN_ARGUMENTS));
  }

  /** Validate: build and check the job, ask Chronos whether it exists (create or update). */
  @Override
  protected Preview preview() {
    return ChronosSubmitPreview::run;
  }
}
