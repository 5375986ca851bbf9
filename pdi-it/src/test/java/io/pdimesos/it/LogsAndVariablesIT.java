package io.pdimesos.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.http.SimAuth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where the connection comes from, and what the log shows, on the real Kitchen and Pan. One job
 * and one transformation ({@code connection/two-clusters.*}) talk to two clusters at once:
 * <ul>
 *   <li>the cluster of {@code kettle.properties} (the README's way), with basic auth;</li>
 *   <li>a second one with a bearer token, given as job or transformation parameters: their
 *       defaults in the file, or {@code -param:} on the command line.</li>
 * </ul>
 * Every run is at {@code -level=Debug} or {@code -level=Rowlevel}, the levels that log the most:
 * the log holds neither secret (nor the Basic header made of one), and every line names the
 * entry or step it comes from, except the engine's own lines about the whole run.
 */
@RealPdi.Suite
class LogsAndVariablesIT {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(2);
  private static final String USER = "etl-user";
  private static final String PASSWORD = "basic-Secret-7f3a";
  private static final String TOKEN = "bearer-Token-91c2";
  private static final String OTHER_TOKEN = "bearer-Token-5d08";

  private static PdiWorkspace workspace;
  /** kettle.properties' cluster (basic auth), the parameters' defaults (token), -param:'s (other token). */
  private static ClusterSim properties;
  private static ClusterSim defaults;
  private static ClusterSim commandLine;

  @BeforeAll
  static void setUp(PdiHome home) throws IOException {
    properties = Emulator.builder().speed(10).auth(SimAuth.basic(USER, PASSWORD)).build().start();
    defaults = Emulator.builder().speed(10).auth(SimAuth.token(TOKEN)).build().start();
    commandLine = Emulator.builder().speed(10).auth(SimAuth.token(OTHER_TOKEN)).build().start();
    workspace = PdiWorkspace.create(home, "logs-and-variables");
    Map<String, String> kettle = new LinkedHashMap<>(Emulator.kettleProperties(properties));
    kettle.put("PDI_MESOS_AUTH", "basic");
    kettle.put("PDI_MESOS_USER", USER);
    kettle.put("PDI_MESOS_PASSWORD", PASSWORD);
    workspace.kettleProperties(kettle);
    for (String file : List.of("connection/two-clusters.kjb", "connection/two-clusters.ktr")) {
      String text = Files.readString(workspace.copyResource(file));
      workspace.write(file, text.replace("@CHRONOS_URL@", String.join(",", defaults.chronosUrls()))
          .replace("@MESOS_MASTERS@", String.join(",", defaults.mesosUrls())).replace("@TOKEN@", TOKEN));
    }
  }

  @AfterAll
  static void tearDown() {
    for (ClusterSim sim : new ClusterSim[] {properties, defaults, commandLine}) {
      if (sim != null) {
        sim.close();
      }
    }
  }

  @Test
  void kitchenAtDebugTakesOneClusterFromKettlePropertiesAndOneFromJobParameterDefaults() {
    PdiRun run = workspace.kitchen(RUN_TIMEOUT, "-file=connection/two-clusters.kjb", "-level=Debug").assertExit(0);

    assertThat(run.log()).contains("Check Mesos - Mesos cluster ready: leader " + properties.mesosUrls().get(0));
    // PDI_CHRONOS_URL is in kettle.properties too: the job parameter's default wins over it
    assertRanOnce(defaults, "two-clusters-job");
    assertThat(state(properties).chronosJobs()).isEmpty();
    assertThat(run.log()).contains("first line of the job").contains("second line of the job");
    assertLogIsClean(run, ENTRIES, KITCHEN);
  }

  @Test
  void kitchenAtRowlevelTakesTheSecondClusterFromParamArguments() {
    PdiRun run = workspace.kitchen(RUN_TIMEOUT, "-file=connection/two-clusters.kjb", "-level=Rowlevel",
        "-param:PDI_CHRONOS_URL=" + String.join(",", commandLine.chronosUrls()),
        "-param:TOKEN_MESOS_MASTERS=" + String.join(",", commandLine.mesosUrls()),
        "-param:CHRONOS_TOKEN=" + OTHER_TOKEN).assertExit(0);

    assertThat(run.log()).contains("Check Mesos - Mesos cluster ready: leader " + properties.mesosUrls().get(0));
    assertRanOnce(commandLine, "two-clusters-job");
    assertThat(state(properties).chronosJobs()).isEmpty();
    assertLogIsClean(run, ENTRIES, KITCHEN);
  }

  @Test
  void panAtDebugTakesOneClusterFromKettlePropertiesAndOneFromTransformationParameterDefaults() {
    PdiRun run = workspace.pan(RUN_TIMEOUT, "-file=connection/two-clusters.ktr", "-level=Debug").assertExit(0);

    assertThat(run.log()).contains("Mesos agents.0 - Read 2 agents from " + properties.mesosUrls().get(0));
    assertThat(state(defaults).chronosJobs()).containsKey("two-clusters-rows");
    assertThat(state(properties).chronosJobs()).isEmpty();
    assertLogIsClean(run, STEPS, PAN);
  }

  @Test
  void panAtRowlevelTakesTheSecondClusterFromParamArguments() {
    PdiRun run = workspace.pan(RUN_TIMEOUT, "-file=connection/two-clusters.ktr", "-level=Rowlevel",
        "-param:PDI_CHRONOS_URL=" + String.join(",", commandLine.chronosUrls()),
        "-param:CHRONOS_TOKEN=" + OTHER_TOKEN).assertExit(0);

    assertThat(run.log()).contains("Mesos agents.0 - Read 2 agents from " + properties.mesosUrls().get(0));
    assertThat(state(commandLine).chronosJobs()).containsKey("two-clusters-rows");
    assertThat(state(properties).chronosJobs()).isEmpty();
    assertLogIsClean(run, STEPS, PAN);
  }

  /** What PDI prints before logging starts: SLF4J finds no binding on PDI's class path ("SLF4J(W):" on 11.x). */
  private static final Pattern LAUNCHER_NOISE = Pattern.compile("^SLF4J(\\(\\w\\))?: ");

  private static final Set<String> ENTRIES = Set.of("Check Mesos", "Submit job", "Run job");
  /** Kitchen's own subjects: Kitchen, the job, and PDI's START entry (it logs that it starts). */
  private static final Set<String> KITCHEN = Set.of("Kitchen", "two-clusters", "START");

  /**
   * Pan's own subjects: Pan, the transformation, and Carte: PDI 11's Pan logs at Debug that it
   * installs Carte's timer to purge stale objects, under that name.
   */
  private static final Set<String> PAN = Set.of("Pan", "two-clusters", "Carte");

  private static final Set<String> STEPS = Set.of("Mesos agents.0", "Agents.0", "Job row.0", "Submit job.0",
      "Submitted.0");

  private static ClusterState state(ClusterSim sim) {
    String authorization = sim == properties ? Emulator.basic(USER, PASSWORD) : "Bearer " + (sim == defaults ? TOKEN
        : OTHER_TOKEN);
    return new ClusterState(sim, authorization);
  }

  private static void assertRanOnce(ClusterSim sim, String job) {
    assertThat(state(sim).chronosJobs()).containsKey(job);
    assertThat(state(sim).chronosJobs().get(job).path("successCount").asInt()).isEqualTo(1);
  }

  /**
   * No secret in any form a client sends it, and every line either one of {@code ours} (an
   * entry's or step's) or one of the engine's subjects; nothing else (no continuation line, no
   * stack trace) apart from the launcher's start-up noise.
   */
  private static void assertLogIsClean(PdiRun run, Set<String> ours, Set<String> engine) {
    String log = run.log();
    // the Basic header's value too: base64 of user:password is as good as the password
    String basicHeader = Emulator.basic(USER, PASSWORD).substring("Basic ".length());
    for (String secret : List.of(PASSWORD, TOKEN, OTHER_TOKEN, basicHeader)) {
      assertThat(log).as("log " + run.logFile()).doesNotContain(secret);
    }
    PdiLog lines = new PdiLog(log);
    List<PdiLog.Line> strays = new ArrayList<>();
    for (PdiLog.Line line : lines.lines()) {
      boolean named = line.subject() != null && (ours.contains(line.subject()) || engine.contains(line.subject()));
      // The engine's own output of several lines (Pan prints its arguments at Debug) is PDI's;
      // a line following one of ours would be a message of ours that lost its name.
      boolean engineOutput = line.subject() == null && line.follows() != null && engine.contains(line.follows());
      boolean launcher = line.subject() == null && line.follows() == null
          && LAUNCHER_NOISE.matcher(line.text()).find();
      if (!named && !engineOutput && !launcher) {
        strays.add(line);
      }
    }
    assertThat(strays).as("lines naming no entry or step in " + run.logFile()).isEmpty();
    for (String subject : ours) {
      assertThat(lines.of(subject)).as(subject + " logged in " + run.logFile()).isNotEmpty();
    }
  }
}
