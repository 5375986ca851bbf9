package io.pdimesos.entries.chronossubmit;

import static io.pdimesos.entries.EntryTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.http.Json;
import io.pdimesos.entries.EntryTesting;
import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.KeyValue;
import io.pdimesos.testsupport.FakeChronos;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.Result;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.job.Job;

/** Submit Job against {@link FakeChronos}. */
class ChronosSubmitJobEntryTest {
  private final FakeChronos chronos = new FakeChronos();

  @BeforeEach
  void start() {
    LogCapture.clear();
  }

  @AfterEach
  void stop() {
    chronos.close();
  }

  private Job job() {
    return EntryTesting.job(LogLevel.BASIC, Map.of("PDI_CHRONOS_URL", chronos.url(), "DAY", "2030-01-01"));
  }

  private static JobEntryChronosSubmitJob entry() {
    JobEntryChronosSubmitJob e = new JobEntryChronosSubmitJob();
    e.settings().set(ConnectionSettings.CHRONOS_VERSION, "3");
    return e;
  }

  @Test
  void aFormJobIsCreatedAsAScheduledJob() throws Exception {
    JobEntryChronosSubmitJob e = entry();
    e.settings().set(JobEntryChronosSubmitJob.SOURCE, "form").set(JobEntryChronosSubmitJob.JOB_NAME, "nightly-load")
        .set(JobEntryChronosSubmitJob.COMMAND, "kitchen.sh -file=/jobs/load.kjb -param:DAY=${DAY}")
        .set(JobEntryChronosSubmitJob.IMAGE, "pentaho/pdi:9.4")
        .set(JobEntryChronosSubmitJob.SCHEDULE, "R/2030-01-01T02:00:00Z/P1D")
        .set(JobEntryChronosSubmitJob.TIME_ZONE, "Europe/Berlin")
        .setPairs(JobEntryChronosSubmitJob.ENV, List.of(new KeyValue("KETTLE_HOME", "/opt/kettle")));
    Job job = job();
    Result result = EntryTesting.run(e, job);

    assertThat(result.getResult()).as(LogCapture.text()).isTrue();
    assertThat(chronos.calls).contains("POST " + FakeChronos.P + "/iso8601");
    JsonNode sent = Json.MAPPER.readTree(chronos.posted.get(0));
    assertThat(sent.get("name").asText()).isEqualTo("nightly-load");
    assertThat(sent.get("command").asText()).isEqualTo("kitchen.sh -file=/jobs/load.kjb -param:DAY=2030-01-01");
    assertThat(sent.get("schedule").asText()).isEqualTo("R/2030-01-01T02:00:00Z/P1D");
    assertThat(sent.get("scheduleTimeZone").asText()).isEqualTo("Europe/Berlin");
    assertThat(sent.at("/container/image").asText()).isEqualTo("pentaho/pdi:9.4");
    assertThat(sent.get("retries").asInt()).isEqualTo(2);
    assertThat(sent.get("environmentVariables").toString()).contains("KETTLE_HOME").contains("/opt/kettle");
    assertThat(job.getVariable("CHRONOS_SUBMIT_ACTION")).isEqualTo("CREATED");
    assertThat(job.getVariable("CHRONOS_RUN_TRIGGERED")).isEqualTo("N");
  }

  @Test
  void anUnchangedJsonJobIsNotPostedAgainButCanRunNow() {
    JobEntryChronosSubmitJob e = entry();
    e.settings().set(JobEntryChronosSubmitJob.JSON, resource("fixtures/chronos/docs-api.sample-job.camus_kafka2hdfs.json"))
        .set(JobEntryChronosSubmitJob.RUN_NOW, true).set(JobEntryChronosSubmitJob.RUN_ARGUMENTS, "--day ${DAY}");
    Job job = job();
    Result result = EntryTesting.run(e, job);
    assertThat(result.getResult()).as(LogCapture.text()).isTrue();
    assertThat(chronos.posted).isEmpty();
    assertThat(chronos.calls).contains("PUT " + FakeChronos.P + "/job/" + FakeChronos.NAME
        + "?arguments=--day%202030-01-01");
    assertThat(job.getVariable("CHRONOS_SUBMIT_ACTION")).isEqualTo("UNCHANGED");
    assertThat(job.getVariable("CHRONOS_RUN_TRIGGERED")).isEqualTo("Y");
  }

  @Test
  void aFormJobNeedsEitherAScheduleOrParents() {
    JobEntryChronosSubmitJob e = entry();
    e.settings().set(JobEntryChronosSubmitJob.SOURCE, "form").set(JobEntryChronosSubmitJob.JOB_NAME, "nightly-load")
        .set(JobEntryChronosSubmitJob.COMMAND, "true");
    Result result = EntryTesting.run(e, job());
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("Setting 'Schedule' (schedule): give either a schedule")
        .contains("not neither");
    assertThat(chronos.calls).isEmpty();
  }
}
