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

    CommandScript plain = CommandScript.parse("python3 etl.py --day 2030-01-01");
    assertThat(plain.exitCode).isZero();
    assertThat(plain.runtime).isEqualTo(CommandScript.MIN_RUNTIME);
    assertThat(plain.outputs).isEmpty();
    assertThat(CommandScript.parse("false").exitCode).isEqualTo(1);
    assertThat(CommandScript.parse(null).exitCode).isZero();
  }

  @Test
  void kitchenAndPanPrintPdisOwnStartAndEndLines() {
    CommandScript k = CommandScript.parse("kitchen.sh -file=/jobs/load.kjb -level=Basic; sleep 3");
    assertThat(k.exitCode).isZero();
    assertThat(k.runtime).isEqualTo(Duration.ofSeconds(3));
    assertThat(k.lines(false)).containsExactly("Kitchen - Start of run.",
        "Kitchen - Running /jobs/load.kjb", "Kitchen - Finished!");
    assertThat(CommandScript.parse("pan.sh -file=/t/x.ktr").lines(false))
        .containsExactly("Pan - Start of run.", "Pan - Running /t/x.ktr", "Pan - Finished!");
  }
}
