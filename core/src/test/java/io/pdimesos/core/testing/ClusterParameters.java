package io.pdimesos.core.testing;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.testsupport.ServiceAccountKeys;
import java.util.HashMap;
import java.util.Map;

/**
 * What the sample transformations and jobs, and the entries run as Kitchen runs them, are given
 * to reach an emulator on free ports, as the steps' and the entries' emulator tests share it.
 */
public final class ClusterParameters {
  private ClusterParameters() {
  }

  /** The PDI_* parameters (as in kettle.properties) naming every service of the emulator. */
  public static Map<String, String> urls(ClusterSim sim) {
    Map<String, String> urls = new HashMap<>();
    urls.put("PDI_MESOS_MASTERS", String.join(",", sim.mesosUrls()));
    urls.put("PDI_MARATHON_URL", String.join(",", sim.marathonUrls()));
    urls.put("PDI_CHRONOS_URL", String.join(",", sim.chronosUrls()));
    urls.put("PDI_METRONOME_URL", String.join(",", sim.metronomeUrls()));
    urls.put("PDI_WEAVE_URL", String.join(",", sim.weaveUrls()));
    return urls;
  }

  /**
   * The PDI_DCOS_* parameters of a DC/OS user's kettle.properties: the emulator's admin router
   * (started with {@code account}'s public key) and the service account's id and key file.
   */
  public static Map<String, String> dcos(ClusterSim sim, ServiceAccountKeys account) {
    Map<String, String> dcos = new HashMap<>();
    dcos.put("PDI_DCOS_URL", sim.dcosUrl());
    dcos.put("PDI_DCOS_UID", account.uid());
    dcos.put("PDI_DCOS_PRIVATE_KEY", account.privateKeyFile().toString());
    return dcos;
  }

  /** A client of the emulator's Marathons with the default settings, to check what a run did. */
  public static MarathonClient marathon(ClusterSim sim) {
    return new MarathonClient(ServiceSettings.of(String.join(",", sim.marathonUrls())),
        ProgressListener.NONE);
  }
}
