package io.pdimesos.entries;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.error.TimedOutException;
import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.WaitBlock;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.Result;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.job.Job;

/** The execute() template: how a run's outcome or failure becomes PDI's result. */
class ClusterJobEntryTest {
  /** An entry whose one operation is given by the test. */
  static final class Probe extends ClusterJobEntry {
    private final transient Function<ClusterRun, EntryOutcome> operation;

    Probe(Function<ClusterRun, EntryOutcome> operation) {
      super("probe", ConnectionSettings.SETTINGS);
      this.operation = operation;
    }

    @Override
    protected EntryOutcome run(ClusterRun run) {
      return operation.apply(run);
    }
  }

  @BeforeEach
  void clear() {
    LogCapture.clear();
  }

  private static Job job() {
    return EntryTesting.job(LogLevel.DETAILED, Map.of("PDI_MESOS_PASSWORD", "pw-77"));
  }

  @Test
  void anAnswerSetsVariablesRowsAndTheResult() throws Exception {
    Job job = job();
    Result r = EntryTesting.run(new Probe(run -> EntryOutcome.of(true, "fine")
        .variable("X_COUNT", 3).variable("X_NULL", null)
        .rows(new ResultRows().string("a").integer("n").add("one", 1))), job);
    assertThat(r.getResult()).isTrue();
    assertThat(r.getNrErrors()).isZero();
    assertThat(job.getVariable("X_COUNT")).isEqualTo("3");
    assertThat(job.getVariable("X_NULL")).isEmpty();
    assertThat(r.getRows().get(0).getInteger("n", -1)).isEqualTo(1);
    assertThat(LogCapture.text()).contains("fine").contains("Set variable X_COUNT=3");
  }

  @Test
  void aFalseAnswerIsNoErrorButAFailureIs() {
    Result answer = EntryTesting.run(new Probe(run -> EntryOutcome.of(false, "not ready").falseIsAnAnswer()), job());
    assertThat(answer.getResult()).isFalse();
    assertThat(answer.getNrErrors()).isZero();
    Result failure = EntryTesting.run(new Probe(run -> EntryOutcome.of(false, "broken")), job());
    assertThat(failure.getResult()).isFalse();
    assertThat(failure.getNrErrors()).isEqualTo(1);
  }

  @Test
  void nothingThrownLeavesExecute() {
    Result cluster = EntryTesting.run(new Probe(run -> {
      throw new TimedOutException("GET http://m/v2/apps timed out after 30000 ms");
    }), job());
    assertThat(cluster.getResult()).isFalse();
    assertThat(cluster.getNrErrors()).isEqualTo(1);
    Result bug = EntryTesting.run(new Probe(run -> {
      throw new NullPointerException("a bug");
    }), job());
    assertThat(bug.getResult()).isFalse();
    assertThat(bug.getNrErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("timed out after 30000 ms")
        .contains("Unexpected java.lang.NullPointerException: a bug");
  }

  @Test
  void secretsAreMaskedInEveryLine() {
    EntryTesting.run(new Probe(run -> {
      run.log().basic("the server said: bad password pw-77");
      return EntryOutcome.of(false, "rejected pw-77");
    }), job());
    assertThat(LogCapture.text()).contains("bad password *****").doesNotContain("pw-77");
  }

  @Test
  void successOnTimeoutTurnsOnlyATimeoutIntoSuccess() {
    WaitBlock block = WaitBlock.forEntry().timeout(10).successOnTimeout().build();
    SettingValues values = new SettingValues(block.settings());
    WaitBlock.Wait off = block.resolve(new ClusterRun(values, null, null, null, null));
    WaitBlock.Wait on = block.resolve(new ClusterRun(values.copy().set(block.successOnTimeout(), true),
        null, null, null, null));
    EntryOutcome failed = EntryOutcome.of(false, "3 of 5 healthy");
    assertThat(failed.after(on, true).success()).isTrue();
    assertThat(failed.after(on, true).message()).contains("success on timeout is set");
    assertThat(failed.after(on, false).success()).isFalse();
    assertThat(failed.after(off, true).success()).isFalse();
  }
}
