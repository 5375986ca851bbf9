package io.pdimesos.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.sim.model.CommandScript;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CommandScriptTest {

  @Test
  void sleepExitEchoAndDefaults() {
    CommandScript s = CommandScript.parse("echo 'start'; sleep 2.5 && echo done >&2; exit 3; echo never");
    assertThat(s.runtime).isEqualTo(Duration.ofMillis(2500));
    assertThat(s.exitCode).isEqualTo(3);
    assertThat(s.lines(false)).containsExactly("start");
    assertThat(s.lines(true)).containsExactly("done");
    assertThat(s.outputs.get(1).at()).isEqualTo(Duration.ofMillis(2500));

    CommandScript plain = CommandScript.parse("kitchen.sh -file=/jobs/load.kjb");
    assertThat(plain.exitCode).isZero();
    assertThat(plain.runtime).isEqualTo(CommandScript.MIN_RUNTIME);
    assertThat(CommandScript.parse("false").exitCode).isEqualTo(1);
    assertThat(CommandScript.parse(null).exitCode).isZero();
  }
}
