package io.pdimesos.entries;

import io.pdimesos.entries.chronosdelete.JobEntryChronosDeleteJob;
import io.pdimesos.entries.chronosrun.JobEntryChronosRunJob;
import io.pdimesos.entries.chronossubmit.JobEntryChronosSubmitJob;
import io.pdimesos.entries.marathondelete.JobEntryMarathonDelete;
import io.pdimesos.entries.marathondeploy.JobEntryMarathonDeploy;
import io.pdimesos.entries.marathonrestart.JobEntryMarathonRestart;
import io.pdimesos.entries.marathonscale.JobEntryMarathonScale;
import io.pdimesos.entries.marathonwait.JobEntryMarathonWaitForApp;
import io.pdimesos.entries.mesosclustercheck.JobEntryMesosClusterCheck;
import io.pdimesos.entries.metronomedelete.JobEntryMetronomeDeleteJob;
import io.pdimesos.entries.metronomerun.JobEntryMetronomeRunJob;
import io.pdimesos.entries.metronomesubmit.JobEntryMetronomeSubmitJob;
import io.pdimesos.entries.weavenetworkcheck.JobEntryWeaveNetworkCheck;
import java.util.List;
import java.util.function.Supplier;
import org.pentaho.di.core.annotations.JobEntry;

/** Every entry of the module, for the tests that hold all of them to the same rules. */
public final class AllEntries {
  private AllEntries() {}

  public static List<Supplier<ClusterJobEntry>> all() {
    return List.of(JobEntryMesosClusterCheck::new, JobEntryWeaveNetworkCheck::new, JobEntryMarathonDeploy::new, JobEntryMarathonScale::new,
        JobEntryMarathonRestart::new, JobEntryMarathonDelete::new, JobEntryMarathonWaitForApp::new, JobEntryChronosRunJob::new,
        JobEntryChronosDeleteJob::new, JobEntryChronosSubmitJob::new, JobEntryMetronomeSubmitJob::new,
        JobEntryMetronomeRunJob::new, JobEntryMetronomeDeleteJob::new);
  }

  /** The entry's page name, e.g. mesos-check-cluster (from its documentation URL). */
  public static String slug(Class<?> entryClass) {
    String url = entryClass.getAnnotation(JobEntry.class).documentationUrl();
    return url.substring(url.lastIndexOf('/') + 1, url.length() - ".md".length());
  }
}
