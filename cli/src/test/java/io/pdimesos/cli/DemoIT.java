package io.pdimesos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The main job: the README's first command must succeed end to end on the emulator. */
class DemoIT {
  @Test
  void demoRunsEveryStepAndSummarises() {
    Cli demo = Cli.run("demo");
    assertThat(demo.exit()).as(demo.toString()).isZero();
    assertThat(demo.out()).contains("Demo finished: every step succeeded.");
    for (String step : new String[] {"Check Mesos cluster", "Check Weave network",
        "Deploy datamart (PostgreSQL)", "Deploy Carte server", "Submit Kitchen batch job",
        "Run Kitchen batch job", "Scale Carte down to 1"}) {
      assertThat(demo.out()).containsPattern(java.util.regex.Pattern.quote(step) + "\\s+ok\\s");
    }
    // progress went to stderr while it ran, including the batch job's log tail
    assertThat(demo.err()).contains("== Deploy Carte server").contains("Tail of its stdout");
  }
}
