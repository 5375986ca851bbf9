package io.pdimesos.core.metronome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.pdimesos.testsupport.MetronomeFixtures;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Client-side checks against Metronome's own rules and its real JSON Schema (fixtures). */
class MetronomeValidationTest {
  private static final JsonSchema SCHEMA = schema("v1.schema.jobspec.schema.json");

  private static JsonSchema schema(String file) {
    // "$schema": "http://json-schema.org/schema#" is unknown to the validator; the keywords
    // are draft 4 (the server validates with draft 4 too), so the draft is pinned here.
    ObjectNode s = (ObjectNode) MetronomeFixtures.json(file);
    s.remove("$schema");
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(s);
  }

  private static MetronomeJob.Builder minimal(String id) {
    return MetronomeJob.builder(id).cmd("echo hi").cpus(0.1).mem(32.0).disk(0.0);
  }

  @Test
  void whatTheBuilderMakesPassesTheServersSchema() {
    MetronomeJob job = minimal("nightly.load-2").description("load")
        .user("etl").dockerImage("registry.example.com/etl:1.4")
        .env(Collections.singletonMap("STAGE", "prod"))
        .labels(Collections.singletonMap("team", "dwh"))
        .restart("ON_FAILURE", 600L)
        .schedule(MetronomeSchedule.of("nightly", "0 2 * * *").withTimezone("Europe/Berlin")
            .withStartingDeadlineSeconds(300L)
            .withConcurrencyPolicy(MetronomeSchedule.ConcurrencyPolicy.FORBID)
            .withEnabled(true))
        .build();

    assertThat(MetronomeValidation.validate(job)).isEmpty();
    assertThat(SCHEMA.validate(job.toTree())).isEmpty();
    assertThat(SCHEMA.validate(job.specWithoutSchedules())).isEmpty();
    MetronomeJob dependent = minimal("nightly.report").dependencies(Arrays.asList("nightly.load"))
        .build();
    assertThat(MetronomeValidation.validate(dependent)).isEmpty();
    assertThat(SCHEMA.validate(dependent.toTree())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"v1.examples.job.json", "v1.examples.job_ucr.json",
      "v1.examples.job_secrets.json", "v1.examples.job_file_based_secrets.json",
      "v0.examples.job.json"})
  void acceptsTheUpstreamExamplesTheSchemaAccepts(String file) {
    JsonNode example = MetronomeFixtures.json(file);
    assertThat(SCHEMA.validate(example)).isEmpty();
    assertThat(MetronomeValidation.validate(MetronomeJob.fromTree(example))).isEmpty();
  }

  @Test
  void refusesTheUpstreamExampleTheSchemaRefuses() {
    JsonNode noDisk = MetronomeFixtures.json("v1.examples.job_docker_param.json");
    assertThat(SCHEMA.validate(noDisk)).isNotEmpty();
    assertThatThrownBy(() -> MetronomeValidation.validate(MetronomeJob.fromTree(noDisk)))
        .hasMessage("Job 'docker-param': run.disk is required (Metronome has no default for it)");
    // the job list's second example has an id the pattern refuses
    JsonNode cleanDb = MetronomeFixtures.json("v1.examples.job_list.json").get(1);
    assertThat(SCHEMA.validate(cleanDb)).isNotEmpty();
    assertThatThrownBy(() -> MetronomeValidation.validate(MetronomeJob.fromTree(cleanDb)))
        .hasMessageContaining("segment 'cleanDb --force' has the upper-case letter 'D'");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a-        | segment 'a-' ends with '-'",
      "-a1.a     | segment '-a1' starts with '-'",
      "a.        | empty segment",
      ".a1.a1    | empty segment",
      "a?.a      | segment 'a?' has the character '?'",
      "a_b       | segment 'a_b' has the character '_'"})
  void refusesTheIdsMetronomesSchemaTestRefuses(String id, String fault) {
    assertThatThrownBy(() -> MetronomeIds.checkJobId(id)).hasMessageContaining(fault);
    ObjectNode job = minimal("x").build().toTree().put("id", id);
    assertThat(SCHEMA.validate(job)).as("the server's schema agrees").isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "a-a", "a--a", "a-a.a-a", "a--a.a--a", "a.a.a", "a1a.a1.a1",
      "a1234567890-a1234567890.a1234567890-a1234567890.a"})
  void acceptsTheIdsMetronomesSchemaTestAccepts(String id) {
    assertThat(MetronomeIds.checkJobId(id)).isEqualTo(id);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "{\"id\":\"j\",\"run\":{\"cpus\":0.001,\"mem\":32,\"disk\":0,\"cmd\":\"x\"}}"
          + " | run.cpus is 0.001; Metronome's minimum is 0.01",
      "{\"id\":\"j\",\"run\":{\"cpus\":1,\"mem\":16,\"disk\":0,\"cmd\":\"x\"}}"
          + " | run.mem is 16 MB; Metronome's minimum is 32 MB",
      "{\"id\":\"j\",\"run\":{\"cpus\":1,\"mem\":32,\"disk\":0}}"
          + " | has nothing to run",
      "{\"id\":\"j\",\"run\":{\"cpus\":1,\"mem\":32,\"disk\":0,\"docker\":{\"image\":\"a\"},"
          + "\"ucr\":{\"image\":{\"id\":\"b\"}}}} | both run.docker and run.ucr",
      "{\"id\":\"j\",\"run\":{\"cpus\":1,\"mem\":32,\"disk\":0,\"docker\":{\"image\":\"a\"},"
          + "\"gpus\":1}} | GPUs (run.gpus) are not supported with Docker",
      "{\"id\":\"j\",\"name\":\"j\",\"run\":{\"cpus\":1,\"mem\":32,\"disk\":0,\"cmd\":\"x\"}}"
          + " | unknown field 'name'",
      "{\"id\":\"j\",\"run\":{\"cpus\":1,\"mem\":32,\"disk\":0,\"cmd\":\"x\"},\"schedules\":["
          + "{\"id\":\"s1\",\"cron\":\"* * * * *\"},{\"id\":\"s2\",\"cron\":\"* * * * *\"}]}"
          + " | has 2 schedules; Metronome supports one",
      "{\"id\":\"j\",\"run\":{\"cpus\":1,\"mem\":32,\"disk\":0,\"cmd\":\"x\"},\"schedules\":["
          + "{\"id\":\"s1\",\"cron\":\"* * * * *\"}],\"dependencies\":[{\"id\":\"p\"}]}"
          + " | both a schedule and dependencies",
      "{\"id\":\"j\",\"run\":{\"cpus\":1,\"mem\":32,\"disk\":0,\"cmd\":\"x\"},"
          + "\"dependencies\":[{\"id\":\"j\"}]} | depends on itself",
      "{\"id\":\"j\",\"run\":{\"cpus\":1,\"mem\":32,\"disk\":0,\"cmd\":\"x\"},\"schedules\":["
          + "{\"id\":\"s\",\"cron\":\"* * * * *\"}]} | Schedule id 's' must have at least two",
      "{\"id\":\"j\",\"run\":{\"cpus\":1,\"mem\":32,\"disk\":0,\"cmd\":\"x\"},\"schedules\":["
          + "{\"id\":\"s1\",\"cron\":\"0 0 31 2 *\"}]} | Day of the month must exist",
      "{\"id\":\"j\",\"run\":{\"cpus\":1,\"mem\":32,\"disk\":0,\"cmd\":\"x\"},\"schedules\":["
          + "{\"id\":\"s1\",\"cron\":\"* * * * *\",\"timezone\":\"CEST\"}]}"
          + " | no time zone 'CEST'",
      "{\"id\":\"j\",\"run\":{\"cpus\":1,\"mem\":32,\"disk\":0,\"cmd\":\"x\"},\"schedules\":["
          + "{\"id\":\"s1\",\"cron\":\"* * * * *\",\"startingDeadlineSeconds\":30}]}"
          + " | startingDeadlineSeconds is 30; Metronome's minimum is 60",
      "{\"id\":\"j\",\"run\":{\"cpus\":1,\"mem\":32,\"disk\":0,\"cmd\":\"x\"},\"schedules\":["
          + "{\"id\":\"s1\",\"cron\":\"* * * * *\",\"concurrencyPolicy\":\"NEVER\"}]}"
          + " | concurrencyPolicy 'NEVER' is neither ALLOW nor FORBID"})
  void namesTheSettingThatMetronomeWouldRefuse(String json, String fault) {
    assertThatThrownBy(() -> MetronomeValidation.validate(MetronomeJob.fromJson(json)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(fault);
  }

  @Test
  void warnsWhenBothDayFieldsRestrictTheSchedule() {
    MetronomeJob job = minimal("monthly").schedule(MetronomeSchedule.of("first-monday",
        "0 9 1-7 * 1")).build();
    assertThat(MetronomeValidation.validate(job)).singleElement().asString()
        .contains("only on days that match the day of month AND the day of week");
  }

  @Test
  void readsTimestampsWithAndWithoutTheOffsetColon() {
    Instant t = Instant.parse("2016-07-15T13:02:59.735Z");
    assertThat(MetronomeTime.parse("2016-07-15T13:02:59.735+0000")).isEqualTo(t);
    assertThat(MetronomeTime.parse("2016-07-15T15:02:59.735+0200")).isEqualTo(t);
    assertThat(MetronomeTime.parse("2016-07-15T13:02:59.735+00:00")).isEqualTo(t);
    assertThat(MetronomeTime.parse("2016-07-15T13:02:59.735Z")).isEqualTo(t);
    assertThat(MetronomeTime.parse("2016-07-15T13:02:59+0000"))
        .isEqualTo(Instant.parse("2016-07-15T13:02:59Z"));
    assertThat(MetronomeTime.parse(null)).isNull();
    assertThatThrownBy(() -> MetronomeTime.parse("yesterday"))
        .hasMessageContaining("'yesterday'");
  }

  @Test
  void taskIdsStartWithTheRunSpecPath() {
    // history task ids as Metronome's JobHistoryMarshallerTest writes them: test_finished.<uuid>
    assertThat(MetronomeIds.taskIdPrefix("prod.example.app", "20160715130259A34HX"))
        .isEqualTo("prod_example_app_20160715130259A34HX.");
    assertThat("test_finished.77a7bc7d-4429-11e9-969f-3a74960279c0")
        .startsWith(MetronomeIds.taskIdPrefix("test", "finished"));
  }
}
