package io.pdimesos.entries.metronomerun;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.entries.EntryTesting;
import io.pdimesos.entries.OnFakeMetronome;
import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.testsupport.FakeMetronome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.CheckResultInterface;
import org.pentaho.di.core.Result;
import org.pentaho.di.core.RowMetaAndData;
import org.pentaho.di.job.Job;

/** Run Job against {@link FakeMetronome}: its runs' statuses are scripted per read. */
class MetronomeRunJobEntryTest extends OnFakeMetronome {
  private static final String RUN = FakeMetronome.RUN;
  private static JobEntryMetronomeRunJob entry() {
    JobEntryMetronomeRunJob e = new JobEntryMetronomeRunJob();
    e.settings().set(JobEntryMetronomeRunJob.JOB_ID, "${JOB}")
        .set(JobEntryMetronomeRunJob.WAITING.checkCycle(), "1");
    return e;
  }

  @Test
  void aSuccessfulRunIsTrueWithItsRunIdOutcomeAndARow() throws Exception {
    fake.afterStart("STARTING", "ACTIVE", FakeMetronome.GONE);
    Job job = job("JOB", JOB);
    Result result = EntryTesting.run(entry(), job);

    assertThat(result.getResult()).as(LogCapture.text()).isTrue();
    assertThat(result.getNrErrors()).isZero();
    assertThat(fake.count("POST /v1/jobs/" + JOB + "/runs")).isEqualTo(1);
    assertThat(job.getVariable("METRONOME_JOB_ID")).isEqualTo(JOB);
    assertThat(job.getVariable("METRONOME_RUN_ID")).isEqualTo(RUN);
    assertThat(job.getVariable("METRONOME_RUN_OUTCOME")).isEqualTo("SUCCEEDED");
    assertThat(job.getVariable("METRONOME_TASK_ID")).isEmpty(); // no Mesos masters set
    RowMetaAndData row = result.getRows().get(0);
    assertThat(row.getString("run_id", "")).isEqualTo(RUN);
    assertThat(row.getString("outcome", "")).isEqualTo("SUCCEEDED");
    assertThat(row.getRowMeta().getFieldNames()).containsExactly("job_id", "run_id", "outcome",
        "task_id", "task_state", "stdout_tail", "stderr_tail", "left_behind");
    // said once, by the operation
    assertThat(LogCapture.text().split("Run " + RUN + " of Metronome job '" + JOB + "' succeeded",
        -1)).hasSize(2);
  }

  @Test
  void aRunTheHistoryListsAsFailedIsFalseWithAnError() {
    fake.afterStart("ACTIVE", FakeMetronome.GONE);
    fake.succeeds = false;
    Job job = job("JOB", JOB);
    Result result = EntryTesting.run(entry(), job);
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(job.getVariable("METRONOME_RUN_OUTCOME")).isEqualTo("FAILED");
    assertThat(LogCapture.text()).contains("Run " + RUN + " of Metronome job '" + JOB + "' failed");
  }

  @Test
  void aRunThatGetsNoOfferEndsStartingTooLongAndIsStoppedWhenAsked() throws Exception {
    fake.afterStart("STARTING");
    JobEntryMetronomeRunJob e = entry();
    e.settings().set(JobEntryMetronomeRunJob.MAX_STARTING, "1")
        .set(JobEntryMetronomeRunJob.STOP_ON_STOP, true);
    Job job = job("JOB", JOB);
    Result result = EntryTesting.run(e, job);

    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(job.getVariable("METRONOME_RUN_OUTCOME")).isEqualTo("STARTING_TOO_LONG");
    assertThat(LogCapture.text()).contains("in Metronome's launch queue, waiting for a Mesos offer")
        .contains("the run was stopped");
    assertThat(fake.stops).isEqualTo(1);
    assertThat(result.getRows().get(0).getString("left_behind", "")).contains("stopped");
  }

  @Test
  void successOnTimeoutMakesARunStillGoingATrueOutcome() {
    fake.afterStart("ACTIVE");
    JobEntryMetronomeRunJob e = entry();
    e.settings().set(JobEntryMetronomeRunJob.WAITING.timeout(), "2")
        .set(JobEntryMetronomeRunJob.WAITING.successOnTimeout(), true);
    Job job = job("JOB", JOB);
    Result result = EntryTesting.run(e, job);
    assertThat(result.getResult()).as(LogCapture.text()).isTrue();
    assertThat(job.getVariable("METRONOME_RUN_OUTCOME")).isEqualTo("TIMED_OUT");
    assertThat(LogCapture.text()).contains("did not finish within 2 s")
        .contains("success on timeout is set").contains("still ACTIVE on Metronome (not stopped)");
    assertThat(fake.stops).isZero();
  }

  @Test
  void stopDuringTheRunStopsTheRunWhenAskedAndReturnsWithinASecond() throws Exception {
    fake.afterStart("ACTIVE");
    JobEntryMetronomeRunJob e = entry();
    e.settings().set(JobEntryMetronomeRunJob.STOP_ON_STOP, true)
        .set(JobEntryMetronomeRunJob.WAITING.timeout(), "0");
    Job job = job("JOB", JOB);
    Result result = EntryTesting.stopOnceWaiting(e, job,
        () -> fake.count("GET /v1/jobs/" + JOB + "/runs/" + RUN) > 0);
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(fake.stops).isEqualTo(1);
    assertThat(job.getVariable("METRONOME_RUN_OUTCOME")).isEqualTo("CANCELLED");
  }

  @Test
  void withoutWaitingTheRunIsStartedAndTheEntryEndsTrueAtOnce() throws Exception {
    fake.afterStart("ACTIVE");
    JobEntryMetronomeRunJob e = entry();
    e.settings().set(JobEntryMetronomeRunJob.WAITING.waitSwitch(), false);
    Job job = job("JOB", JOB);
    job.setVariable("METRONOME_TASK_ID", "from an earlier run");
    Result result = EntryTesting.run(e, job);

    assertThat(result.getResult()).as(LogCapture.text()).isTrue();
    assertThat(fake.calls).containsExactly("POST /v1/jobs/" + JOB + "/runs");
    assertThat(job.getVariable("METRONOME_RUN_ID")).isEqualTo(RUN);
    assertThat(job.getVariable("METRONOME_RUN_OUTCOME")).isEqualTo("STARTED");
    assertThat(job.getVariable("METRONOME_TASK_ID")).isEmpty();
    assertThat(result.getRows().get(0).getString("outcome", "")).isEqualTo("STARTED");
  }

  @Test
  void anUnknownJobOrABadIdFailsBeforeAnyRunStarts() {
    fake.jobExists = false;
    Result unknown = EntryTesting.run(entry(), job("JOB", JOB));
    assertThat(unknown.getNrErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("Job not found").contains(JOB);
    assertThat(fake.count("POST")).isZero();

    JobEntryMetronomeRunJob bad = entry();
    bad.settings().set(JobEntryMetronomeRunJob.JOB_ID, "Prod.example");
    List<CheckResultInterface> remarks = new ArrayList<>();
    bad.check(remarks, null, null, null, null);
    assertThat(remarks).anyMatch(r -> r.getText().startsWith("'Job id'") && r.getText().contains("'P'"));
    fake.calls.clear();
    assertThat(EntryTesting.run(bad, job("JOB", JOB)).getNrErrors()).isEqualTo(1);
    assertThat(fake.calls).isEmpty();
  }
}
