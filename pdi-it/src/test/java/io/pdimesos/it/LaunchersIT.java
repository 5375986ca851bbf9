package io.pdimesos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.sim.ClusterSim;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The suite's own machinery, on the real launchers: Kitchen and Pan run our entry and step from
 * the installed zip against the emulator with the connection from kettle.properties, their exit
 * codes arrive, and a run past its timeout is killed with its JVM.
 */
@RealPdi.Suite
class LaunchersIT {
  private static PdiWorkspace workspace;
  private static ClusterSim sim;

  @BeforeAll
  static void setUp(PdiHome home) {
    sim = Emulator.start();
    workspace = PdiWorkspace.create(home, "launchers");
    workspace.kettleProperties(Emulator.kettleProperties(sim));
    workspace.copyResource("launchers/check-cluster.kjb");
    workspace.copyResource("launchers/agents.ktr");
  }

  @AfterAll
  static void tearDown() {
    if (sim != null) {
      sim.close();
    }
  }

  @Test
  void kitchenRunsOurEntryAgainstTheEmulator() {
    PdiRun run = workspace.kitchen(Duration.ofMinutes(2), "-file=launchers/check-cluster.kjb", "-level=Basic")
        .assertExit(0);
    assertThat(run.log()).contains("Check Mesos").contains("Finished job entry [Check Mesos] (result=[true])");
  }

  @Test
  void kitchenExitsOneWhenOurEntryFails() {
    sim.faults().loseAgent(1);
    try {
      PdiRun run = workspace.kitchen(Duration.ofMinutes(2), "-file=launchers/check-cluster.kjb", "-level=Basic")
          .assertExit(1);
      assertThat(run.log()).contains("Finished job entry [Check Mesos] (result=[false])");
    } finally {
      sim.faults().restoreAgent(1);
    }
  }

  @Test
  void panRunsOurStepAgainstTheEmulator() {
    PdiRun run = workspace.pan(Duration.ofMinutes(2), "-file=launchers/agents.ktr", "-level=Basic").assertExit(0);
    assertThat(run.log()).containsPattern("Mesos agents\\.0 - Finished processing \\(I=0, O=0, R=0, W=2, U=0, E=0\\)");
  }

  @Test
  void aRunPastItsTimeoutIsKilledWithItsJvm() throws Exception {
    Path pidFile = workspace.dir().resolve("sleeper.pid");
    assertThatThrownBy(() -> workspace.harness(Duration.ofSeconds(10), "io.pdimesos.it.harness.Sleeper",
        pidFile.toString())).isInstanceOf(AssertionError.class).hasMessageContaining("was killed");
    long pid = Long.parseLong(Files.readString(pidFile).trim());
    assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("the harness JVM " + pid + " is gone")
        .isEmpty();
  }
}
