package io.pdimesos.entries;

import io.pdimesos.entries.chronosdelete.ChronosDeleteJob;
import io.pdimesos.entries.chronosrun.ChronosRunJob;
import io.pdimesos.entries.chronossubmit.ChronosSubmitJob;
import io.pdimesos.entries.marathondelete.MarathonDelete;
import io.pdimesos.entries.marathondeploy.MarathonDeploy;
import io.pdimesos.entries.marathonrestart.MarathonRestart;
import io.pdimesos.entries.marathonscale.MarathonScale;
import io.pdimesos.entries.marathonwait.MarathonWaitForApp;
import io.pdimesos.entries.mesosclustercheck.MesosClusterCheck;
import io.pdimesos.entries.weavenetworkcheck.WeaveNetworkCheck;
import java.util.List;
import java.util.function.Supplier;
import org.pentaho.di.core.annotations.JobEntry;

/** Every entry of the module, for the tests that hold all of them to the same rules. */
public final class AllEntries {
  private AllEntries() {}

  public static List<Supplier<ClusterJobEntry>> all() {
    return List.of(MesosClusterCheck::new, WeaveNetworkCheck::new, MarathonDeploy::new, MarathonScale::new,
        MarathonRestart::new, MarathonDelete::new, MarathonWaitForApp::new, ChronosRunJob::new,
        ChronosDeleteJob::new, ChronosSubmitJob::new);
  }

  /** The entry's page name, e.g. mesos-check-cluster (from its documentation URL). */
  public static String slug(Class<?> entryClass) {
    String url = entryClass.getAnnotation(JobEntry.class).documentationUrl();
    return url.substring(url.lastIndexOf('/') + 1, url.length() - ".md".length());
  }
}
