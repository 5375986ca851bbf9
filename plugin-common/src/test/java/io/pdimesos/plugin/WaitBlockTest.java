package io.pdimesos.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.plugin.WaitBlock.Checked;
import io.pdimesos.plugin.WaitBlock.Wait;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.xml.XMLHandler;

/** The wait block's rules, the same for every entry and step that has one. */
class WaitBlockTest {
  private final WaitBlock check = WaitBlock.forCheck().timeout(0).checkCycle(10)
      .successOnTimeout().build();

  @BeforeAll
  static void english() {
    Locale.setDefault(Locale.US);
  }

  private static Wait wait(WaitBlock block, String... tagsAndValues) {
    SettingValues values = new SettingValues(block.settings());
    for (int i = 0; i < tagsAndValues.length; i += 2) {
      for (Setting s : block.settings()) {
        if (s.tag().equals(tagsAndValues[i])) {
          values.set(s, tagsAndValues[i + 1]);
        }
      }
    }
    return block.resolve(new ClusterRun(values, null, null, null, CancellationToken.none()));
  }

  @Test
  void theSameTagsEverywhereInDialogOrder() {
    WaitBlock all = WaitBlock.forRow().waitSwitch(false).timeout(600).checkCycle(5)
        .successOnTimeout().onTimeout().build();
    assertThat(all.settings()).extracting(Setting::tag).containsExactly("wait", "timeout_seconds",
        "check_cycle_seconds", "success_on_timeout", "on_timeout");
    assertThat(all.onTimeout().choices()).containsExactly("leave", "roll_back");
    assertThat(WaitBlock.forEntry().timeout(60).build().settings()).extracting(Setting::tag)
        .containsExactly("timeout_seconds");
  }

  @Test
  void theSwitchGreysOutTheRestOfTheBlock() {
    assertThat(check.waitSwitch().enables()).containsExactly(check.timeout(), check.checkCycle(),
        check.successOnTimeout());
  }

  @Test
  void timeoutZeroMeansNoLimitAndTheCheckCycleIsAtLeastASecond() {
    Wait w = wait(check, "wait", "Y", "timeout_seconds", "0", "check_cycle_seconds", "0");
    assertThat(w.timeoutMillis()).isZero();
    assertThat(w.checkCycleMillis()).isEqualTo(WaitBlock.MIN_CHECK_CYCLE_MILLIS);
    assertThat(wait(check, "check_cycle_seconds", "7").checkCycleMillis()).isEqualTo(7_000);
  }

  @Test
  void successOnTimeoutTurnsOnlyATimeoutIntoSuccess() {
    Wait on = wait(check, "success_on_timeout", "Y");
    Wait off = wait(check, "success_on_timeout", "N");
    assertThat(on.succeeded(false, true)).isTrue();
    assertThat(on.succeeded(false, false)).isFalse();
    assertThat(off.succeeded(false, true)).isFalse();
    assertThat(off.succeeded(true, false)).isTrue();
  }

  @Test
  void withoutTheSwitchACheckRunsOnceWithoutALimit() {
    List<Long> limits = new ArrayList<>();
    Checked<Boolean> c = wait(check, "wait", "N", "timeout_seconds", "60")
        .repeat(limit -> limits.add(limit) && false, ok -> ok, (n, r, p) -> { },
            CancellationToken.none());
    assertThat(limits).containsExactly(0L);
    assertThat(c.last()).isFalse();
    assertThat(c.timedOut()).isFalse();
  }

  @Test
  void whileWaitingItChecksAgainUntilItPasses() {
    AtomicInteger checks = new AtomicInteger();
    List<Integer> retried = new ArrayList<>();
    Checked<Integer> c = wait(check, "wait", "Y", "timeout_seconds", "0",
        "check_cycle_seconds", "1").repeat(limit -> checks.incrementAndGet(), n -> n == 2,
            (attempt, r, pause) -> retried.add(attempt), CancellationToken.none());
    assertThat(c.last()).isEqualTo(2);
    assertThat(c.timedOut()).isFalse();
    assertThat(retried).containsExactly(1);
  }

  @Test
  void aWaitWhoseTimePassedTimesOutWithTheLastResult() {
    AtomicInteger checks = new AtomicInteger();
    Checked<Integer> c = wait(check, "wait", "Y", "timeout_seconds", "1",
        "check_cycle_seconds", "1").repeat(limit -> checks.incrementAndGet(), n -> false,
            (attempt, r, pause) -> { }, CancellationToken.none());
    assertThat(c.timedOut()).isTrue();
    assertThat(c.last()).isEqualTo(checks.get()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aCancelEndsAWaitWithoutLimit() {
    CancellationToken token = CancellationToken.create();
    assertThatThrownBy(() -> wait(check, "wait", "Y", "timeout_seconds", "0").repeat(limit -> {
      token.cancel();
      return false;
    }, ok -> ok, (n, r, p) -> { }, token)).isInstanceOf(CancelledException.class);
  }

  @Test
  void aCheckSavedBeforeTheSwitchExistedWaitsWhenItsTimeoutWasSet() throws Exception {
    SettingValues values = new SettingValues(check.settings());
    SettingsXml.read(values, XMLHandler.loadXMLString(
        "<entry><timeout_seconds>300</timeout_seconds></entry>", "entry"));
    assertThat(values.bool(check.waitSwitch())).isTrue();
    SettingsXml.read(values, XMLHandler.loadXMLString(
        "<entry><timeout_seconds>0</timeout_seconds></entry>", "entry"));
    assertThat(values.bool(check.waitSwitch())).isFalse();
    SettingsXml.read(values, XMLHandler.loadXMLString("<entry><wait>N</wait>"
        + "<timeout_seconds>300</timeout_seconds></entry>", "entry"));
    assertThat(values.bool(check.waitSwitch())).as("a saved switch wins").isFalse();
  }
}
