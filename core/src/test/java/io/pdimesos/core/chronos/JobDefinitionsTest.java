package io.pdimesos.core.chronos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.http.Json;
import org.junit.jupiter.api.Test;

class JobDefinitionsTest {
  private static final String DOCKER = ChronosFixtures.text("docs-api.docker-job.dockerjob.json");

  /** The docker sample as a 3.x GET would show it: numbers parsed, defaults and counters added. */
  private static ObjectNode stored() throws Exception {
    ObjectNode n = (ObjectNode) Json.MAPPER.readTree(DOCKER);
    n.put("cpus", 0.5).put("mem", 512.0).put("disk", 256.0).put("retries", 2)
        .put("successCount", 12).put("lastSuccess", "2014-09-25T17:40:00.000Z")
        .put("schedule", "R/2014-09-25T17:42:00.000Z/PT2M").put("runAsUser", "root")
        .put("disabled", false).put("shell", true).put("highPriority", false);
    ((ObjectNode) n.get("container")).put("forcePullImage", false).putArray("parameters");
    n.putArray("uris");
    n.putArray("environmentVariables");
    return n;
  }

  @Test
  void ignoresCountersDefaultsNumberFormatsAndScheduleRewrites() throws Exception {
    ChronosJob desired = ChronosJob.fromJson(DOCKER);
    assertThat(JobDefinitions.differences(desired, ChronosJob.fromTree(stored()))).isEmpty();
    assertThat(JobDefinitions.same(desired.toBuilder().cpus(0.0).build(),
        ChronosJob.fromTree(stored()))).isTrue(); // 0 asks for the server default
  }

  @Test
  void findsRealChanges() throws Exception {
    ChronosJob desired = ChronosJob.fromJson(DOCKER);
    ObjectNode s = stored();
    s.put("mem", 1024.0);
    s.putArray("environmentVariables").addObject().put("name", "A").put("value", "1");
    s.put("schedule", "R/2014-09-25T17:42:00.000Z/PT5M");
    assertThat(JobDefinitions.differences(desired, ChronosJob.fromTree(s)))
        .containsExactlyInAnyOrder("mem", "environmentVariables", "schedule");

    assertThat(JobDefinitions.differences(desired.toBuilder().command(null).build(),
        ChronosJob.fromTree(stored()))).containsExactly("command"); // a post would clear it

    ObjectNode network = stored();
    ((ObjectNode) network.get("container")).put("network", "HOST");
    assertThat(JobDefinitions.differences(desired, ChronosJob.fromTree(network)))
        .containsExactly("container");
  }

  @Test
  void aScheduledJobIsNeverTheSameAsADependentOne() throws Exception {
    ChronosJob dependent = ChronosJob.fromJson(
        ChronosFixtures.text("docs-api.dependent-job.hostings_earnings_summary.json"));
    assertThat(JobDefinitions.differences(dependent, ChronosJob.fromTree(stored())))
        .containsExactly("parents");
  }
}
