package io.pdimesos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.http.Json;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pdi-mesos sim} as a user runs it: a separate process that prints where each service
 * listens, then "ready", serves until it gets SIGINT or SIGTERM, and shuts down cleanly.
 */
class SimCommandIT {

  /** Starts the command; stderr goes to a file because destroy() closes the process's pipes. */
  private static Process start(Path stateFile, String... more) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        PdiMesos.class.getName(), "sim", "--mesos-port", "0", "--marathon-port", "0",
        "--chronos-port", "0", "--metronome-port", "0", "--weave-port", "0", "--agents", "2",
        "--state", stateFile.toString()));
    cmd.addAll(List.of(more));
    return new ProcessBuilder(cmd).redirectError(errFile(stateFile).toFile()).start();
  }

  private static Path errFile(Path stateFile) {
    return stateFile.resolveSibling("stderr.txt");
  }

  private static List<String> readUntilReady(Process p) throws Exception {
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    String line;
    while (System.nanoTime() < deadline && (line = r.readLine()) != null) {
      lines.add(line);
      if (line.equals("ready")) {
        return lines;
      }
    }
    throw new AssertionError("no 'ready' line; got " + lines);
  }

  @Test
  void printsServicesThenReadyAndStopsOnSigterm(@TempDir Path dir) throws Exception {
    Path state = dir.resolve("sim.json");
    Process p = start(state);
    try {
      List<String> lines = readUntilReady(p);
      assertThat(lines).anyMatch(l -> l.matches("mesos http://127\\.0\\.0\\.1:\\d+/?"));
      assertThat(lines).anyMatch(l -> l.startsWith("marathon http://"));
      assertThat(lines).anyMatch(l -> l.startsWith("metronome http://"));
      assertThat(lines).anyMatch(l -> l.startsWith("chronos http://"));
      assertThat(lines).filteredOn(l -> l.startsWith("weave http://")).hasSize(2);

      JsonNode described = Json.MAPPER.readTree(Files.readString(state));
      String marathon = described.get("marathon").get(0).asText();
      HttpResponse<String> ping = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(marathon.replaceAll("/$", "") + "/ping")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(ping.statusCode()).isEqualTo(200);

      p.destroy(); // SIGTERM
      assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("exited within 10 s").isTrue();
      assertThat(p.exitValue()).isEqualTo(143);
      String err = Files.readString(errFile(state));
      assertThat(err).contains("stopping");
    } finally {
      p.destroyForcibly();
    }
  }

  /**
   * With every port 0 the agents take free ports too: a second emulator (or anything else on
   * 5051) does not keep this one from starting.
   */
  @Test
  void allPortsZeroLeavesTheAgentPortFree(@TempDir Path dir) throws Exception {
    ServerSocket agentPort = null;
    try {
      agentPort = new ServerSocket(5051, 1, InetAddress.getByName("127.0.1.1"));
    } catch (java.io.IOException inUse) {
      // already taken by something else: the same situation
    }
    Process p = start(dir.resolve("sim.json"));
    try {
      readUntilReady(p);
      JsonNode described = Json.MAPPER.readTree(Files.readString(dir.resolve("sim.json")));
      assertThat(described.get("agents").toString()).doesNotContain(":5051");
    } finally {
      p.destroyForcibly();
      if (agentPort != null) {
        agentPort.close();
      }
    }
  }

  @Test
  void dcosModePrintsTheClusterUrlWhereTheDefaultUserLogsIn(@TempDir Path dir) throws Exception {
    Process p = start(dir.resolve("sim.json"), "--dcos", "--dcos-port", "0");
    try {
      String dcos = readUntilReady(p).stream().filter(l -> l.startsWith("dcos http://"))
          .findFirst().orElseThrow().substring("dcos ".length());
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(dcos
          + "/acs/api/v1/auth/login")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"uid\":\"bootstrapuser\","
              + "\"password\":\"deleteme\"}")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      String token = Json.MAPPER.readTree(login.body()).get("token").asText();
      HttpResponse<String> version = http.send(HttpRequest.newBuilder(URI.create(dcos
          + "/mesos/version")).header("Authorization", "token=" + token).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(version.statusCode()).isEqualTo(200);
      assertThat(Json.MAPPER.readTree(version.body()).has("version")).isTrue();
    } finally {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void ctrlCExitsWith130(@TempDir Path dir) throws Exception {
    Process p = start(dir.resolve("sim.json"));
    try {
      readUntilReady(p);
      long t0 = System.nanoTime();
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
      assertThat(kill.waitFor(5, TimeUnit.SECONDS)).isTrue();
      assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("exited within 10 s").isTrue();
      // It took 2 s: main's System.exit blocked while the shutdown hook waited for main.
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).as("ms to exit")
          .isLessThan(1_500);
      assertThat(p.exitValue()).isEqualTo(ExitCodes.INTERRUPTED);
    } finally {
      p.destroyForcibly();
    }
  }

  /**
   * Ctrl+C during a wait ends the command within a second, exit 130: it took about 2 s, one poll
   * interval, as the wait slept on and System.exit blocked while the hook waited for main.
   */
  @Test
  void ctrlCEndsAWaitWithinASecond(@TempDir Path dir) throws Exception {
    Path state = dir.resolve("sim.json");
    Process sim = start(state);
    Process wait = null;
    try {
      readUntilReady(sim);
      String marathon = Json.MAPPER.readTree(Files.readString(state)).get("marathon").get(0)
          .asText();
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Path err = dir.resolve("wait-stderr.txt");
      wait = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          PdiMesos.class.getName(), "marathon", "wait", "/never/there", "--timeout", "60",
          "--marathon", marathon).redirectError(err.toFile()).start();
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (System.nanoTime() < until && !(Files.exists(err)
          && Files.readString(err).contains("does not exist"))) {
        Thread.sleep(50);
      }
      assertThat(Files.readString(err)).as("waiting").contains("does not exist");
      long t0 = System.nanoTime();
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(wait.pid())).start();
      assertThat(kill.waitFor(5, TimeUnit.SECONDS)).isTrue();
      assertThat(wait.waitFor(10, TimeUnit.SECONDS)).as("exited within 10 s").isTrue();
      // Well under a second on an idle machine; the old path took a poll interval, 2 s and more.
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).as("ms to exit")
          .isLessThan(1_500);
      assertThat(wait.exitValue()).isEqualTo(ExitCodes.INTERRUPTED);
    } finally {
      if (wait != null) {
        wait.destroyForcibly();
      }
      sim.destroyForcibly();
    }
  }
}
