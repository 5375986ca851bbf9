package io.pdimesos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sim}'s own mistakes are the user's to fix: one {@code error:} line, exit 2. */
class SimCommandErrorsTest {

  static void assertOneLineUsageError(Cli c, String... fragments) {
    assertThat(c.exit()).as(c.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(c.err().strip().lines()).as(c.toString()).hasSize(1);
    assertThat(c.err()).startsWith("error: ").contains(fragments).doesNotContain("\tat ");
  }

  @Test
  void aSecondEmulatorOnATakenPortSaysWhichPortInOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      Cli c = Cli.run("sim", "--mesos-port", String.valueOf(port), "--marathon-port", "0",
          "--chronos-port", "0", "--metronome-port", "0", "--weave-port", "0", "--agent-port", "0",
          "--agents", "1");
      assertOneLineUsageError(c, "127.0.0.1:" + port, "already in use", "0 picks a free one");
    }
  }

  @Test
  void aStateFileInAMissingFolderIsRefusedBeforeStarting(@TempDir Path dir) {
    Path state = dir.resolve("no/such/folder/sim.json");
    Cli c = Cli.run("sim", "--mesos-port", "0", "--marathon-port", "0", "--chronos-port", "0",
        "--metronome-port", "0", "--weave-port", "0", "--state", state.toString());
    assertOneLineUsageError(c, "--state", "does not exist");
  }
}
