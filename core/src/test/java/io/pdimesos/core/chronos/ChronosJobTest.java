package io.pdimesos.core.chronos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.http.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChronosJobTest {
  @Test
  void buildsTheDocsForcePullContainerFromFields() throws Exception {
    JsonNode expected = Json.MAPPER.readTree(
        ChronosFixtures.text("docs-api.container-forcePullImage.fragment.json"));
    ChronosJob job = ChronosJob.builder("x").container(new ChronosJob.Container().type("DOCKER")
        .image("libmesos/ubuntu").forcePullImage(true)).build();
    assertThat(job.toTree().get("container")).isEqualTo(expected.get("container"));
  }

  @Test
  void typedChangesKeepEveryFieldTheUserWroteAsJson() throws Exception {
    JsonNode fragment = Json.MAPPER.readTree(
        ChronosFixtures.text("docs-api.mesos-container-external-volumes.fragment.json"));
    ChronosJob base = ChronosJob.fromTree(fragment).toBuilder().name("mesosjob").build();

    ChronosJob changed = base.toBuilder()
        .container(new ChronosJob.Container().network("USER").parameter("rm", "true"))
        .schedule("R/2030-01-01T00:00:00Z/P1D").build();

    JsonNode c = changed.toTree().get("container");
    assertThat(c.get("networkInfos")).isEqualTo(fragment.get("container").get("networkInfos"));
    assertThat(c.get("volumes")).isEqualTo(fragment.get("container").get("volumes"));
    assertThat(c.get("network").asText()).isEqualTo("USER");
    assertThat(c.get("parameters").get(0).get("key").asText()).isEqualTo("rm");
    assertThat(base.toTree().get("container").has("network")).isFalse(); // immutable original
  }

  @Test
  void buildsEveryTypedField() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("JVMOPTS", "-Xmx1000m");
    ChronosJob j = ChronosJob.builder("etl").command("kitchen.sh").shell(true)
        .schedule("R/2030-01-01T00:00:00Z/P1D").scheduleTimeZone("Europe/Berlin")
        .environmentVariables(env).cpus(0.5).mem(512.0).disk(100.0).retries(1).owner("a@b.c")
        .ownerName("A").description("d").concurrent(false).disabled(false)
        .arguments(List.of("-level", "Basic")).constraints(List.of(List.of("rack", "EQUALS", "1")))
        .fetch(List.of(ChronosJob.Fetch.of("https://x/y.zip"))).build();

    JsonNode t = j.toTree();
    assertThat(t.get("environmentVariables").get(0).get("name").asText()).isEqualTo("JVMOPTS");
    assertThat(t.get("constraints").get(0).get(1).asText()).isEqualTo("EQUALS");
    assertThat(t.get("fetch").get(0).get("extract").asBoolean()).isTrue();
    assertThat(j.environmentVariables()).containsEntry("JVMOPTS", "-Xmx1000m");
    assertThat(j.retries()).isEqualTo(1);
    assertThat(j.isScheduled()).isTrue();
    assertThat(j.toString()).doesNotContain("Xmx");
    ChronosJob dependent = j.toBuilder().parents(List.of("a")).build();
    assertThat(dependent.isDependent()).isTrue();
    assertThat(dependent.schedule()).isNull();
    assertThat(dependent.scheduleTimeZone()).isNull();
  }

  @Test
  void readsNumbersWrittenAsStringsAndCountersOfTheDependentSample() {
    ChronosJob docker = ChronosJob.fromJson(ChronosFixtures.text("docs-api.docker-job.dockerjob.json"));
    assertThat(docker.cpus()).isEqualTo(0.5);
    assertThat(docker.mem()).isEqualTo(512.0);
    ChronosJob dep = ChronosJob.fromJson(
        ChronosFixtures.text("docs-api.dependent-job.hostings_earnings_summary.json"));
    assertThat(dep.isDependent()).isTrue();
    assertThat(dep.counters().successCount()).isEqualTo(100);
    assertThat(dep.lastError()).isEmpty();
    assertThat(dep.toBuilder().withoutCounters().build().toTree().has("successCount")).isFalse();
  }

  @Test
  void countersTellSuccessAndFailureApart() {
    ChronosJob.Counters before = new ChronosJob.Counters(5, 1, "2030-01-01T00:00:00.000Z", "");
    assertThat(new ChronosJob.Counters(6, 1, "2030-01-02T00:00:00.000Z", "").succeededSince(before))
        .isTrue();
    assertThat(new ChronosJob.Counters(5, 2, "2030-01-01T00:00:00.000Z", "x").failedSince(before))
        .isTrue();
    assertThat(before.succeededSince(before)).isFalse();
    assertThat(before.failedSince(before)).isFalse();
  }
}
