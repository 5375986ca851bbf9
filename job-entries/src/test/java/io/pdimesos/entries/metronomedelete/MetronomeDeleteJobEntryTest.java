package io.pdimesos.entries.metronomedelete;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.entries.EntryTesting;
import io.pdimesos.entries.OnFakeMetronome;
import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.testsupport.FakeMetronome;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.Result;
import org.pentaho.di.job.Job;

/** Delete Job against {@link FakeMetronome}. */
class MetronomeDeleteJobEntryTest extends OnFakeMetronome {
  private static JobEntryMetronomeDeleteJob entry() {
    JobEntryMetronomeDeleteJob e = new JobEntryMetronomeDeleteJob();
    e.settings().set(JobEntryMetronomeDeleteJob.JOB_ID, JOB);
    return e;
  }

  @Test
  void aJobWithActiveRunsIsRefusedUnlessItsRunsAreStopped() {
    fake.status = "ACTIVE";
    Job job = job();
    Result refused = EntryTesting.run(entry(), job);
    assertThat(refused.getResult()).isFalse();
    assertThat(refused.getNrErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("has active runs [" + FakeMetronome.RUN + "]")
        .contains("Override with stopCurrentJobRuns=true");
    assertThat(job.getVariable("METRONOME_JOB_DELETED")).isEqualTo("N");

    JobEntryMetronomeDeleteJob stopping = entry();
    stopping.settings().set(JobEntryMetronomeDeleteJob.STOP_RUNS, true);
    Result deleted = EntryTesting.run(stopping, job);
    assertThat(deleted.getResult()).as(LogCapture.text()).isTrue();
    assertThat(fake.calls).contains("DELETE /v1/jobs/" + JOB + "?stopCurrentJobRuns=true");
    assertThat(job.getVariable("METRONOME_JOB_DELETED")).isEqualTo("Y");
    assertThat(job.getVariable("METRONOME_STOPPED_RUNS")).isEqualTo(FakeMetronome.RUN);
  }

  @Test
  void aJobOthersDependOnIsRefusedNamingThem() {
    fake.dependants.add("prod.example.report");
    Job job = job();
    Result result = EntryTesting.run(entry(), job);
    assertThat(result.getResult()).isFalse();
    assertThat(LogCapture.text()).contains("the jobs [prod.example.report] depend on it");
    assertThat(job.getVariable("METRONOME_DEPENDANT_JOBS")).isEqualTo("prod.example.report");
    assertThat(fake.jobExists).isTrue();
  }

  @Test
  void aMissingJobFailsUnlessThatIsOk() {
    Result first = EntryTesting.run(entry(), job());
    assertThat(first.getResult()).as(LogCapture.text()).isTrue();
    Result again = EntryTesting.run(entry(), job());
    assertThat(again.getResult()).isFalse();
    assertThat(again.getNrErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("Metronome has no job '" + JOB + "'");
    JobEntryMetronomeDeleteJob lenient = entry();
    lenient.settings().set(JobEntryMetronomeDeleteJob.MISSING_OK, true);
    assertThat(EntryTesting.run(lenient, job()).getResult()).isTrue();
  }
}
