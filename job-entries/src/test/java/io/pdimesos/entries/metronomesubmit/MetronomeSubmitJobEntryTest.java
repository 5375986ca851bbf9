package io.pdimesos.entries.metronomesubmit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.entries.EntryTesting;
import io.pdimesos.entries.OnFakeMetronome;
import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.plugin.KeyValue;
import io.pdimesos.testsupport.FakeMetronome;
import io.pdimesos.testsupport.MetronomeFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.CheckResultInterface;
import org.pentaho.di.core.Result;
import org.pentaho.di.job.Job;

/** Submit Job against {@link FakeMetronome}. */
class MetronomeSubmitJobEntryTest extends OnFakeMetronome {
  private static JobEntryMetronomeSubmitJob formJob() {
    JobEntryMetronomeSubmitJob e = new JobEntryMetronomeSubmitJob();
    e.settings().set(JobEntryMetronomeSubmitJob.SOURCE, "form")
        .set(JobEntryMetronomeSubmitJob.JOB_ID, JOB)
        .set(JobEntryMetronomeSubmitJob.COMMAND, "kitchen.sh -file=/jobs/load.kjb -param:DAY=${DAY}")
        .set(JobEntryMetronomeSubmitJob.IMAGE, "pentaho/pdi:9.4");
    return e;
  }

  @Test
  void aFormJobIsCreatedThenItsCronScheduleAdded() {
    fake.jobExists = false;
    JobEntryMetronomeSubmitJob e = formJob();
    e.settings().set(JobEntryMetronomeSubmitJob.CRON, "0 2 * * *")
        .set(JobEntryMetronomeSubmitJob.TIME_ZONE, "Europe/Berlin")
        .set(JobEntryMetronomeSubmitJob.CONCURRENCY, "forbid")
        .set(JobEntryMetronomeSubmitJob.RESTART, "on_failure")
        .set(JobEntryMetronomeSubmitJob.RESTART_DEADLINE, "1800")
        .setPairs(JobEntryMetronomeSubmitJob.ENV, List.of(new KeyValue("KETTLE_HOME", "/opt/kettle")));
    Job job = job("DAY", "2030-01-01");
    Result result = EntryTesting.run(e, job);

    assertThat(result.getResult()).as(LogCapture.text()).isTrue();
    assertThat(fake.calls).containsExactly("POST /v1/jobs", "POST /v1/jobs/" + JOB + "/schedules");
    JsonNode sent = fake.job;
    assertThat(sent.has("schedules")).isFalse(); // sent apart: PUT would ignore them
    assertThat(sent.at("/run/cmd").asText()).isEqualTo("kitchen.sh -file=/jobs/load.kjb -param:DAY=2030-01-01");
    assertThat(sent.at("/run/docker/image").asText()).isEqualTo("pentaho/pdi:9.4");
    assertThat(sent.at("/run/cpus").asDouble()).isEqualTo(1.0);
    assertThat(sent.at("/run/mem").asDouble()).isEqualTo(128.0);
    assertThat(sent.at("/run/disk").asDouble()).isZero();
    assertThat(sent.at("/run/env/KETTLE_HOME").asText()).isEqualTo("/opt/kettle");
    assertThat(sent.at("/run/restart/policy").asText()).isEqualTo("ON_FAILURE");
    assertThat(sent.at("/run/restart/activeDeadlineSeconds").asLong()).isEqualTo(1800);
    JsonNode schedule = fake.schedules.get("default");
    assertThat(schedule.get("cron").asText()).isEqualTo("0 2 * * *");
    assertThat(schedule.get("timezone").asText()).isEqualTo("Europe/Berlin");
    assertThat(schedule.get("concurrencyPolicy").asText()).isEqualTo("FORBID");
    assertThat(job.getVariable("METRONOME_JOB_ID")).isEqualTo(JOB);
    assertThat(job.getVariable("METRONOME_SUBMIT_ACTION")).isEqualTo("CREATED");
    assertThat(job.getVariable("METRONOME_SCHEDULE_ACTION")).isEqualTo("ADDED");
    assertThat(job.getVariable("METRONOME_RUN_ID")).isEmpty();
  }

  @Test
  void aJsonJobThatExistsIsPutItsOldScheduleRemovedAndARunStarted() {
    ObjectNode nightly = (ObjectNode) MetronomeFixtures.json("v1.examples.schedule.json");
    fake.schedules.put("nightly", nightly.put("id", "nightly"));
    JobEntryMetronomeSubmitJob e = new JobEntryMetronomeSubmitJob();
    e.settings().set(JobEntryMetronomeSubmitJob.JSON, MetronomeFixtures.text("v1.examples.job.json"))
        .set(JobEntryMetronomeSubmitJob.RUN_NOW, true);
    Job job = job("DAY", "2030-01-01");
    Result result = EntryTesting.run(e, job);

    assertThat(result.getResult()).as(LogCapture.text()).isTrue();
    assertThat(fake.calls).containsExactly("POST /v1/jobs", "PUT /v1/jobs/" + JOB,
        "GET /v1/jobs/" + JOB + "/schedules", "DELETE /v1/jobs/" + JOB + "/schedules/nightly",
        "POST /v1/jobs/" + JOB + "/runs");
    assertThat(fake.schedules).isEmpty();
    assertThat(job.getVariable("METRONOME_SUBMIT_ACTION")).isEqualTo("UPDATED");
    assertThat(job.getVariable("METRONOME_SCHEDULE_ACTION")).isEqualTo("REMOVED");
    assertThat(job.getVariable("METRONOME_RUN_ID")).isEqualTo(FakeMetronome.RUN);
    assertThat(LogCapture.text()).contains("started run " + FakeMetronome.RUN);
  }

  @Test
  void aDefinitionMetronomeWouldRefuseFailsNamingTheFieldAndSendsNothing() {
    String tooSmall = MetronomeFixtures.text("v1.examples.job.json").replace("\"mem\": 32", "\"mem\": 16");
    JobEntryMetronomeSubmitJob e = new JobEntryMetronomeSubmitJob();
    e.settings().set(JobEntryMetronomeSubmitJob.JSON, tooSmall);
    Job job = job("DAY", "2030-01-01");
    Result result = EntryTesting.run(e, job);

    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("run.mem").contains("32");
    assertThat(job.getVariable("METRONOME_SUBMIT_ACTION")).isEqualTo("NOT_SUBMITTED");
    assertThat(fake.calls).isEmpty();
  }

  @Test
  void aFormJobWithAScheduleAndDependenciesOrABadCronIsRefusedBeforeAnythingIsSent() {
    JobEntryMetronomeSubmitJob both = formJob();
    both.settings().set(JobEntryMetronomeSubmitJob.CRON, "0 2 * * *")
        .setLines(JobEntryMetronomeSubmitJob.DEPENDENCIES, List.of("prod.example.extract"));
    Result refused = EntryTesting.run(both, job("DAY", "2030-01-01"));
    assertThat(refused.getResult()).isFalse();
    assertThat(LogCapture.text()).contains("Setting 'Schedule (cron)' (schedule_cron): give either a"
        + " schedule or dependencies, not both");

    JobEntryMetronomeSubmitJob badCron = formJob();
    badCron.settings().set(JobEntryMetronomeSubmitJob.CRON, "0 25 * * *");
    List<CheckResultInterface> remarks = new ArrayList<>();
    badCron.check(remarks, null, null, null, null);
    assertThat(remarks).anyMatch(r -> r.getType() == CheckResultInterface.TYPE_RESULT_ERROR
        && r.getText().contains("'Schedule (cron)'") && r.getText().contains("25"));
    assertThat(EntryTesting.run(badCron, job("DAY", "2030-01-01")).getNrErrors()).isEqualTo(1);
    assertThat(fake.calls).isEmpty();
  }
}
