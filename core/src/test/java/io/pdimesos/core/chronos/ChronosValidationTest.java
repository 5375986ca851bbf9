package io.pdimesos.core.chronos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.http.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChronosValidationTest {
  // ---- schedules --------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"integration-tests.scheduled.daily-sleep1m.yaml",
      "integration-tests.scheduled.hourly-sleep1m.yaml",
      "integration-tests.scheduled.weekly-sleep1m.yaml"})
  void acceptsUpstreamYamlSchedules(String file) {
    Map<String, Object> y = ChronosFixtures.yaml(file);
    Iso8601Schedule s = Iso8601Schedule.parse((String) y.get("schedule"));
    assertThat(s.repeatsForever()).isTrue();
    assertThat(s.start()).isEqualTo("2016-12-05T22:00:00.000Z");
    assertThat(s.period()).isIn("P1D", "PT1H", "P1W");
    assertThat(s.warnings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"docs-api.scheduled-job.SAMPLE_JOB1.json",
      "docs-api.docker-job.dockerjob.json", "docs-api.sample-job.camus_kafka2hdfs.json",
      "docs-api.scheduleTimeZone.fragment.json"})
  void acceptsUpstreamDocsSchedules(String file) throws Exception {
    JsonNode n = Json.MAPPER.readTree(ChronosFixtures.text(file));
    Iso8601Schedule s = Iso8601Schedule.parse(n.get("schedule").asText());
    assertThat(s.startInstant()).isNotNull();
    assertThat(s.text()).isEqualTo(n.get("schedule").asText());
  }

  @Test
  void readsRepetitionsStartAndPeriod() {
    Iso8601Schedule s = Iso8601Schedule.parse("R10/2012-10-01T05:52:00Z/PT2S");
    assertThat(s.repetitions()).isEqualTo(10);
    assertThat(s.startInstant()).hasToString("2012-10-01T05:52:00Z");
    assertThat(s.period()).isEqualTo("PT2S");
    assertThat(Iso8601Schedule.parse("R1//P").startInstant()).isNull(); // run once now
    assertThat(Iso8601Schedule.parse("R1//PT1H").warnings()).singleElement().asString()
        .contains("immediately");
    assertThat(Iso8601Schedule.parse("R/2030-01-01T02:00:00+01:00/P1DT12H").repeatsForever())
        .isTrue();
  }

  @Test
  void namesTheBadPart() {
    assertThatThrownBy(() -> Iso8601Schedule.parse("r/2030-01-01T00:00:00Z/P1D"))
        .hasMessageContaining("the repetitions 'r'");
    assertThatThrownBy(() -> Iso8601Schedule.parse("R99999999999999999999/2030-01-01T00:00:00Z/P1D"))
        .hasMessageContaining("the repetitions 'R99999999999999999999' are too large");
    assertThatThrownBy(() -> Iso8601Schedule.parse("R/tomorrow/P1D"))
        .hasMessageContaining("the start 'tomorrow'");
    assertThatThrownBy(() -> Iso8601Schedule.parse("R/2030-01-01T00:00:00Z/PT1D"))
        .hasMessageContaining("the period 'PT1D'");
    assertThatThrownBy(() -> Iso8601Schedule.parse("R/2030-01-01T00:00:00Z/p1d"))
        .hasMessageContaining("the period 'p1d'");
    assertThatThrownBy(() -> Iso8601Schedule.parse("R/2030-01-01T00:00:00Z"))
        .hasMessageContaining("three parts");
    assertThatThrownBy(() -> Iso8601Schedule.parse("R//P"))
        .hasMessageContaining("endlessly");
  }

  @Test
  void refusesStartsBefore1970AndWarnsAboutTimeOnlyStarts() {
    assertThatThrownBy(() -> Iso8601Schedule.parse("R/1969-12-31T23:00:00Z/P1D"))
        .hasMessageContaining("before 1970");
    assertThatThrownBy(() -> Iso8601Schedule.parse("R/1970-01-01T00:00:00Z/P1D"))
        .hasMessageContaining("before 1970");
    assertThat(Iso8601Schedule.parse("R/1970-01-01T00:00:01Z/P1D").warnings()).isEmpty();
    assertThat(Iso8601Schedule.parse("R/T05:50Z/P1D").warnings()).singleElement().asString()
        .contains("1970-01-01");
    assertThat(Iso8601Schedule.parse("R/2030-01-01T05:50:00/P1D").warnings()).singleElement()
        .asString().contains("no offset");
  }

  @Test
  void comparesSchedulesAcrossChronosRewrites() {
    Iso8601Schedule posted = Iso8601Schedule.parse("R5/2016-12-05T22:00:00.000Z/P1D");
    assertThat(posted.sameAfterRewrites(Iso8601Schedule.parse("R3/2016-12-08T22:00:00.000Z/P1D")))
        .isTrue();
    assertThat(posted.sameAfterRewrites(Iso8601Schedule.parse("R3/2016-12-08T22:00:00.000Z/PT1H")))
        .isFalse();
    assertThat(posted.sameAfterRewrites(Iso8601Schedule.parse("R6/2016-12-08T22:00:00.000Z/P1D")))
        .isFalse();
    assertThat(posted.sameAfterRewrites(Iso8601Schedule.parse("R5/2016-12-01T22:00:00.000Z/P1D")))
        .isFalse();
  }

  // ---- names, zones, arguments ----------------------------------------------------------

  @Test
  void checksNamesPerVersion() {
    ChronosValidation.checkName("host_earnings_cohorts#async", ChronosVersion.V2);
    ChronosValidation.checkName("nightly load", ChronosVersion.V2);
    ChronosValidation.checkName("camus_kafka2hdfs.v-2", ChronosVersion.V3);
    assertThatThrownBy(() -> ChronosValidation.checkName("host_earnings_cohorts#async",
        ChronosVersion.V3)).hasMessage("Job name 'host_earnings_cohorts#async' is not valid for"
        + " Chronos 3.x: only letters, digits, '_', '.' and '-' are allowed");
    assertThatThrownBy(() -> ChronosValidation.checkName("a/b", ChronosVersion.V2))
        .hasMessageContaining("Chronos 2.x");
    assertThatThrownBy(() -> ChronosValidation.checkName("ünïcode", ChronosVersion.V3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChronosValidation.checkName("", ChronosVersion.AUTO))
        .hasMessageContaining("empty");
  }

  @Test
  void warnsAboutZonesChronosWouldTurnIntoGmt() throws Exception {
    JsonNode frag = Json.MAPPER.readTree(
        ChronosFixtures.text("docs-api.scheduleTimeZone.fragment.json"));
    assertThat(ChronosValidation.timeZoneWarning(frag.get("scheduleTimeZone").asText()))
        .contains("three-letter");
    assertThat(ChronosValidation.timeZoneWarning("Europe/Berlin")).isNull();
    assertThat(ChronosValidation.timeZoneWarning("GMT+01:00")).isNull();
    assertThat(ChronosValidation.timeZoneWarning("")).isNull();
    assertThat(ChronosValidation.timeZoneWarning("Europe/Berln"))
        .contains("silently uses GMT");
  }

  @Test
  void acceptsOnlyTaskIdSafeArguments() {
    ChronosValidation.checkArguments("--day=2030-01-01, mode fast_1.0");
    assertThatThrownBy(() -> ChronosValidation.checkArguments("a:b"))
        .hasMessageContaining("':'");
    assertThatThrownBy(() -> ChronosValidation.checkArguments("x;y"))
        .hasMessageContaining("no ; : or /");
  }

  // ---- whole jobs -------------------------------------------------------------------------

  @Test
  void acceptsTheDependentYamlJobBuiltField() {
    Map<String, Object> y = ChronosFixtures.yaml(
        "integration-tests.dependent.hourly-dependent-sleep1m.yaml");
    @SuppressWarnings("unchecked")
    ChronosJob job = ChronosJob.builder((String) y.get("name")).command((String) y.get("command"))
        .parents((List<String>) y.get("parents")).owner((String) y.get("owner"))
        .cpus(Double.valueOf((String) y.get("cpus"))).mem(Double.valueOf((String) y.get("mem")))
        .field("runAsUser", Json.MAPPER.getNodeFactory().textNode((String) y.get("runAsUser")))
        .build();
    assertThat(ChronosValidation.validate(job, ChronosVersion.V3)).isEmpty();
    assertThat(job.isDependent()).isTrue();
    assertThat(job.parents()).containsExactly("hourly-sleep1m");
    assertThat(job.toTree().get("runAsUser").asText()).isEqualTo("root");
  }

  @Test
  void aJobIsScheduledOrDependentNotBothNorNeither() {
    ChronosJob both = ChronosJob.fromJson(
        "{\"name\":\"x\",\"command\":\"true\",\"schedule\":\"R/2030-01-01T00:00:00Z/P1D\","
            + "\"parents\":[\"y\"]}");
    assertThatThrownBy(() -> ChronosValidation.validate(both, ChronosVersion.V3))
        .hasMessageContaining("both a schedule and parents");
    ChronosJob neither = ChronosJob.builder("x").command("true").build();
    assertThatThrownBy(() -> ChronosValidation.validate(neither, ChronosVersion.V3))
        .hasMessageContaining("neither a schedule nor parents");
    ChronosJob orphan = ChronosJob.builder("x").command("true")
        .parents(java.util.Collections.emptyList()).build();
    assertThatThrownBy(() -> ChronosValidation.validate(orphan, ChronosVersion.V3))
        .hasMessageContaining("parents is empty");
  }

  @Test
  void checksContainerNetworkCaseAndImage() {
    ChronosJob docker = ChronosJob.fromJson(ChronosFixtures.text("docs-api.docker-job.dockerjob.json"));
    assertThat(ChronosValidation.validate(docker, ChronosVersion.V3)).isEmpty();
    ChronosJob lower = docker.toBuilder().container(new ChronosJob.Container().network("bridge"))
        .build();
    assertThatThrownBy(() -> ChronosValidation.validate(lower, ChronosVersion.V3))
        .hasMessageContaining("container.network 'bridge'").hasMessageContaining("BRIDGE");
    ChronosJob noImage = ChronosJob.fromJson("{\"name\":\"x\",\"command\":\"true\","
        + "\"schedule\":\"R/2030-01-01T00:00:00Z/P1D\",\"container\":{\"type\":\"DOCKER\"}}");
    assertThatThrownBy(() -> ChronosValidation.validate(noImage, ChronosVersion.V3))
        .hasMessageContaining("container.image is empty");
  }

  @Test
  void warnsThat3xIgnoresThe2xFields() {
    ChronosJob sample = ChronosJob.fromJson(
        ChronosFixtures.text("docs-api.scheduled-job.SAMPLE_JOB1.json"));
    assertThat(ChronosValidation.validate(sample, ChronosVersion.V2)).isEmpty();
    assertThat(ChronosValidation.validate(sample, ChronosVersion.V3)).singleElement().asString()
        .contains("epsilon and async are Chronos 2.x fields");
  }

  @Test
  void refusesUrisTogetherWithFetch() {
    ChronosJob camus = ChronosJob.fromJson(
        ChronosFixtures.text("docs-api.sample-job.camus_kafka2hdfs.json"));
    assertThat(ChronosValidation.validate(camus, ChronosVersion.V2)).singleElement().asString()
        .contains("counters [successCount, errorCount, lastSuccess, lastError]");
    ChronosJob both = camus.toBuilder().uris(List.of("https://other")).build();
    assertThatThrownBy(() -> ChronosValidation.validate(both, ChronosVersion.V3))
        .hasMessageContaining("both uris and fetch");
  }
}
