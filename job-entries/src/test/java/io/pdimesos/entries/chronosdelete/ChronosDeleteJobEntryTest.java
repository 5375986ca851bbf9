package io.pdimesos.entries.chronosdelete;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.entries.EntryTesting;
import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.testsupport.FakeChronos;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.Result;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.job.Job;

/** Delete Job against {@link FakeChronos}. */
class ChronosDeleteJobEntryTest {
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
    return EntryTesting.job(LogLevel.BASIC, Map.of("PDI_CHRONOS_URL", chronos.url(), "JOB", FakeChronos.NAME));
  }

  private static JobEntryChronosDeleteJob entry() {
    JobEntryChronosDeleteJob e = new JobEntryChronosDeleteJob();
    e.settings().set(JobEntryChronosDeleteJob.JOB_NAME, "${JOB}").set(ConnectionSettings.CHRONOS_VERSION, "3");
    return e;
  }

  @Test
  void killsARunningJobsTasksThenDeletesIt() {
    chronos.initially("1 running");
    JobEntryChronosDeleteJob e = entry();
    e.settings().set(JobEntryChronosDeleteJob.KILL_TASKS, true);
    Job job = job();
    Result result = EntryTesting.run(e, job);
    assertThat(result.getResult()).as(LogCapture.text()).isTrue();
    assertThat(chronos.calls).containsSubsequence("DELETE " + FakeChronos.P + "/task/kill/" + FakeChronos.NAME,
        "DELETE " + FakeChronos.P + "/job/" + FakeChronos.NAME);
    assertThat(job.getVariable("CHRONOS_JOB_DELETED")).isEqualTo("Y");
    assertThat(LogCapture.text()).contains("deleted after killing its tasks");
  }

  @Test
  void aMissingJobFailsUnlessThatIsOk() {
    Result first = EntryTesting.run(entry(), job());
    assertThat(first.getResult()).isTrue();
    Result again = EntryTesting.run(entry(), job());
    assertThat(again.getResult()).isFalse();
    assertThat(again.getNrErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("Chronos has no job named 'camus_kafka2hdfs'");
    JobEntryChronosDeleteJob lenient = entry();
    lenient.settings().set(JobEntryChronosDeleteJob.MISSING_OK, true);
    assertThat(EntryTesting.run(lenient, job()).getResult()).isTrue();
  }
}
