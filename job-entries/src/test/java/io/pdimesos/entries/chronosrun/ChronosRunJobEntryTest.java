package io.pdimesos.entries.chronosrun;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.entries.EntryTesting;
import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.testsupport.FakeChronos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.CheckResultInterface;
import org.pentaho.di.core.Result;
import org.pentaho.di.core.RowMetaAndData;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.job.Job;

/** Run Job against {@link FakeChronos}. */
class ChronosRunJobEntryTest {
  private static final String NAME = FakeChronos.NAME;
  private static final String P = FakeChronos.P;

  private final FakeChronos chronos = new FakeChronos();
  private final List<String> calls = chronos.calls;

  @BeforeEach
  void start() {
    LogCapture.clear();
  }

  @AfterEach
  void stop() {
    chronos.close();
  }

  private void script(String... steps) {
    chronos.afterTrigger(steps);
  }

  private Job job() {
    return EntryTesting.job(LogLevel.BASIC, Map.of("PDI_CHRONOS_URL", chronos.url()));
  }

  private static JobEntryChronosRunJob entry() {
    JobEntryChronosRunJob e = new JobEntryChronosRunJob();
    e.settings().set(JobEntryChronosRunJob.JOB_NAME, NAME).set(JobEntryChronosRunJob.WAITING.checkCycle(), "1")
        .set(ConnectionSettings.CHRONOS_VERSION, "3");
    return e;
  }

  @Test
  void aSuccessfulRunIsTrueWithItsStateInVariablesAndARow() throws Exception {
    script("queued", "1 running", "SUCCESS");
    JobEntryChronosRunJob e = entry();
    e.settings().set(JobEntryChronosRunJob.ARGUMENTS, "--day ${DAY}");
    Job job = job();
    job.setVariable("DAY", "2030-01-01");
    Result result = EntryTesting.run(e, job);

    assertThat(result.getResult()).as(LogCapture.text()).isTrue();
    assertThat(result.getNrErrors()).isZero();
    assertThat(calls).contains("PUT " + P + "/job/" + NAME + "?arguments=--day%202030-01-01");
    assertThat(job.getVariable("CHRONOS_RUN_STATE")).isEqualTo("SUCCEEDED");
    assertThat(job.getVariable("CHRONOS_JOB_NAME")).isEqualTo(NAME);
    RowMetaAndData row = result.getRows().get(0);
    assertThat(row.getString("outcome", "")).isEqualTo("SUCCEEDED");
    // said once, by the operation
    assertThat(LogCapture.text().split("succeeded \\(successCount 190 -> 191\\)", -1)).hasSize(2);
  }

  @Test
  void aFailedRunIsFalseWithAnError() {
    script("1 running", "FAIL");
    Result result = EntryTesting.run(entry(), job());
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("failed after its retries (errorCount 3 -> 4)");
  }

  @Test
  void stopDuringTheRunKillsTheTasksWhenAskedAndReturnsWithinASecond() throws Exception {
    script("queued", "1 running");
    JobEntryChronosRunJob e = entry();
    e.settings().set(JobEntryChronosRunJob.KILL_ON_STOP, true).set(JobEntryChronosRunJob.WAITING.timeout(), "0");
    Job job = job();
    Result result = EntryTesting.stopOnceWaiting(e, job, () -> chronos.triggered());
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(calls).contains("DELETE " + P + "/task/kill/" + NAME);
    assertThat(job.getVariable("CHRONOS_RUN_STATE")).isEqualTo("CANCELLED");
  }

  @Test
  void aBadJobNameIsCaughtBeforeAnythingRuns() {
    JobEntryChronosRunJob e = entry();
    e.settings().set(JobEntryChronosRunJob.JOB_NAME, "a/b");
    List<CheckResultInterface> remarks = new ArrayList<>();
    e.check(remarks, null, null, null, null);
    assertThat(remarks).anyMatch(r -> r.getText().startsWith("'Job name' Job name 'a/b' is not valid"));
    Result result = EntryTesting.run(e, job());
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(calls).isEmpty();
  }
}
