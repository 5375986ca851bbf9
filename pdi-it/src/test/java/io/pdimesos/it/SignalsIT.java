package io.pdimesos.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.sim.ClusterSim;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What PDI itself does when {@code kitchen.sh} gets SIGINT (Ctrl+C) or SIGTERM ({@code kill}, a
 * service manager) while one of our entries waits for a Marathon deployment. The signal goes to
 * the launcher and every process under it, as a terminal's Ctrl+C reaches its whole foreground
 * process group. Measured here and written down in docs/testing.md: the JVM exits at once with
 * 128 + the signal's number; Kitchen has no handler, so no job stop runs, the entry logs nothing
 * more and the deployment it started is left running on Marathon, unreported.
 */
@RealPdi.Suite
class SignalsIT {
  private static PdiWorkspace workspace;

  @BeforeAll
  static void setUp(PdiHome home) {
    workspace = PdiWorkspace.create(home, "signals");
    workspace.copyResource("stop/marathon-wait.kjb");
  }

  @ParameterizedTest
  @CsvSource({"INT, 2", "TERM, 15"})
  void kitchenDiesAtOnceWithTheSignalAndLeavesTheWaitUnreported(String signal, int number) throws Exception {
    try (ClusterSim sim = Emulator.builder().speed(10).build().start()) {
      workspace.kettleProperties(Emulator.kettleProperties(sim));
      PdiProcess.Running kitchen = workspace.startKitchen("-file=stop/marathon-wait.kjb", "-level=Basic");
      awaitLog(kitchen, "submitted as", Duration.ofMinutes(1));
      int linesBefore = kitchen.sofar().log().lines().toList().size();

      long start = System.nanoTime();
      send(signal, kitchen.process().toHandle());
      PdiRun run = kitchen.await(Duration.ofSeconds(30));
      long millis = (System.nanoTime() - start) / 1_000_000;

      List<String> after = run.log().lines().skip(linesBefore).toList();
      System.out.println("SignalsIT " + workspace.home().line() + ": SIG" + signal + " -> exit " + run.exitCode()
          + " after " + millis + " ms; lines logged after the signal: " + after);
      assertThat(run.exitCode()).as("exit code").isEqualTo(128 + number);
      assertThat(millis).as("ms from the signal to the end").isLessThan(5_000);
      assertThat(after).as("what Kitchen logged after the signal").isEmpty();
      assertThat(new ClusterState(sim).deploymentIds("/stop/too-big")).as("the deployment is left running")
          .hasSize(1);
    }
  }

  private static void awaitLog(PdiProcess.Running kitchen, String text, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!kitchen.sofar().log().contains(text)) {
      if (System.nanoTime() > deadline || !kitchen.process().isAlive()) {
        kitchen.process().descendants().forEach(ProcessHandle::destroyForcibly);
        kitchen.process().destroyForcibly();
        throw new AssertionError("Kitchen never logged '" + text + "'\n" + kitchen.sofar().tail(40));
      }
      Thread.sleep(50);
    }
  }

  /** {@code kill -SIG} to the launcher and every process under it, as Ctrl+C reaches a process group. */
  private static void send(String signal, ProcessHandle launcher) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("kill", "-" + signal, String.valueOf(launcher.pid())));
    launcher.descendants().forEach(p -> command.add(String.valueOf(p.pid())));
    Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!kill.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) || kill.exitValue() != 0) {
      throw new AssertionError(command + " failed: " + new String(kill.getInputStream().readAllBytes()));
    }
  }
}
