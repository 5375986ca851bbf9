package io.pdimesos.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.sim.model.Framework;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Client software nobody on this project wrote, run against the emulator as its users run it,
 * with assertions on what it prints against a real Mesos 1.8 / Marathon 1.10 / Chronos 3 cluster
 * (versions and sources in src/test/clients/SOURCES.md). A test whose tool (node with the
 * installed npm packages, python3 with the Debian packages) is missing is skipped with one line;
 * CI sets PDI_MESOS_THIRD_PARTY_CLIENTS=required so that it fails instead.
 */
class ThirdPartyClientsIT {
  private static final Path CLIENTS = Path.of("src/test/clients");
  private static final Path MESOS_CLI = CLIENTS.resolve("mesos-cli/src/python");
  private static final Duration RUN_LIMIT = Duration.ofSeconds(60);

  ClusterSim sim;
  String mesos;
  String marathon;

  @BeforeEach
  void start() {
    sim = ClusterSim.builder().agents(2).masters(1).freePorts().steppedClock().build().start();
    mesos = sim.mesosUrls().get(0);
    marathon = sim.marathonUrls().get(0);
    var created = SimHttp.send("POST", marathon + "/v2/apps",
        "{\"id\":\"/web\",\"cmd\":\"sleep 100000\",\"instances\":2,\"cpus\":0.1,\"mem\":32}");
    assertThat(created.code()).isEqualTo(201);
    sim.clock().advance(Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  // ---- tools -------------------------------------------------------------------------------

  private static void missing(String what) {
    String line = "third-party client test skipped: " + what;
    if ("required".equals(System.getenv("PDI_MESOS_THIRD_PARTY_CLIENTS"))) {
      throw new AssertionError(line + " (PDI_MESOS_THIRD_PARTY_CLIENTS=required)");
    }
    System.err.println(line);
    Assumptions.abort(line);
  }

  /** node, when it exists and the pinned npm packages are installed (npm ci in src/test/clients/node). */
  private static List<String> node(String script) {
    if (!Files.isDirectory(CLIENTS.resolve("node/node_modules/@dcos/mesos-client"))) {
      missing("no npm packages: run 'npm ci --prefix cluster-sim/src/test/clients/node'");
    }
    if (!works(List.of("node", "--version"))) {
      missing("no node on PATH");
    }
    return new ArrayList<>(List.of("node", CLIENTS.resolve("node/" + script).toString()));
  }

  /** The first python3 that imports {@code modules} (Debian's python3-* packages live in /usr/bin/python3's path). */
  private static String python(String modules, String debianPackages) {
    for (String candidate : List.of("/usr/bin/python3", "python3")) {
      if (works(List.of(candidate, "-c", "import " + modules))) {
        return candidate;
      }
    }
    missing("no python3 that imports " + modules + " (Debian: apt-get install " + debianPackages + ")");
    return null;
  }

  private static boolean works(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A running client: its stdout lines as they come, stderr kept for failure messages. */
  private static final class Client implements AutoCloseable {
    final Process process;
    final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    final Path stderr;

    Client(List<String> command, Map<String, String> env, Path dir) throws IOException {
      stderr = Files.createTempFile(dir, "stderr", ".txt");
      ProcessBuilder b = new ProcessBuilder(command).redirectError(stderr.toFile());
      b.environment().putAll(env);
      process = b.start();
      Thread reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
            StandardCharsets.UTF_8))) {
          for (String l = r.readLine(); l != null; l = r.readLine()) {
            lines.add(l);
          }
        } catch (IOException e) {
          // the process ended
        }
      }, "client-stdout");
      reader.setDaemon(true);
      reader.start();
    }

    String nextLine() throws Exception {
      String l = lines.poll(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS);
      if (l == null) {
        throw new AssertionError("no output from " + process.info().commandLine().orElse("client")
            + " within " + RUN_LIMIT + "; stderr: " + Files.readString(stderr));
      }
      return l;
    }

    /** Waits for the end; all remaining stdout lines. */
    List<String> finish(int expectedExit) throws Exception {
      assertThat(process.waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("client ended").isTrue();
      Thread.sleep(50); // let the reader drain the pipe
      List<String> out = new ArrayList<>();
      lines.drainTo(out);
      assertThat(process.exitValue()).as("exit code; stdout %s; stderr %s", out,
          Files.readString(stderr)).isEqualTo(expectedExit);
      return out;
    }

    @Override
    public void close() {
      process.destroyForcibly();
    }
  }

  private static List<String> run(List<String> command, Map<String, String> env, Path dir, int exit)
      throws Exception {
    try (Client c = new Client(command, env, dir)) {
      return c.finish(exit);
    }
  }

  private static JsonNode json(String line) {
    try {
      return Shape.MAPPER.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + line, e);
    }
  }

  private List<String> runningTaskIds() {
    return sim.model().liveTasks().stream().map(t -> t.id).sorted().collect(Collectors.toList());
  }

  // ---- Apache Mesos CLI (src/python/cli_new) ------------------------------------------------

  private List<String> mesosCli(Path dir, String... args) throws Exception {
    String py = python("docopt, kazoo, requests, urllib3, toml, ujson, tenacity",
        "python3-docopt python3-kazoo python3-requests python3-urllib3 python3-toml python3-ujson"
            + " python3-tenacity");
    Path config = dir.resolve("config.toml");
    Files.writeString(config, "[master]\naddress = \"" + mesos.replace("http://", "") + "\"\n");
    List<String> command = new ArrayList<>(List.of(py,
        MESOS_CLI.resolve("cli_new/bin/main.py").toString()));
    command.addAll(List.of(args));
    return run(command, Map.of("MESOS_CLI_CONFIG", config.toString(), "PYTHONPATH",
        MESOS_CLI.resolve("cli_new/lib") + ":" + MESOS_CLI.resolve("lib")), dir, 0);
  }

  /** The CLI's Table: columns padded to the widest entry plus two spaces. */
  private static List<List<String>> rows(List<String> table) {
    return table.stream().skip(1).map(l -> List.of(l.trim().split("\\s{2,}"))).toList();
  }

  @Test
  void mesosCliListsAgentsFrameworksAndTasks(@TempDir Path dir) throws Exception {
    List<String> agents = mesosCli(dir, "agent", "list");
    assertThat(agents.get(0).split("\\s{2,}")).containsExactly("Agent ID", "Hostname", "Active");
    assertThat(rows(agents)).containsExactlyInAnyOrderElementsOf(sim.model().agents().stream()
        .map(a -> List.of(a.id, a.hostname(), "True")).toList());

    // /master/frameworks/ with a trailing slash: a real master routes it to /master/frameworks
    List<String> frameworks = mesosCli(dir, "framework", "list");
    assertThat(frameworks.get(0).split("\\s{2,}")).containsExactly("ID", "Active", "Hostname", "Name");
    assertThat(rows(frameworks)).extracting(r -> r.get(3))
        .containsExactlyInAnyOrderElementsOf(sim.model().frameworks().stream().map(f -> f.name).toList());
    Framework marathonFw = sim.model().frameworks().stream().filter(f -> f.name.equals("marathon"))
        .findFirst().orElseThrow();
    JsonNode inspected = json(String.join("\n", mesosCli(dir, "framework", "inspect", marathonFw.id)));
    assertThat(inspected.get("id").asText()).isEqualTo(marathonFw.id);
    assertThat(inspected.has("tasks")).as("the CLI drops the task lists").isFalse();

    // /tasks?order=asc&limit=-1: every task (limit is a size_t upstream), not "no tasks"
    List<String> tasks = mesosCli(dir, "task", "list");
    assertThat(tasks.get(0).split("\\s{2,}")).containsExactly("ID", "State", "Framework ID", "Executor ID");
    assertThat(rows(tasks)).extracting(r -> r.get(0)).containsExactlyInAnyOrderElementsOf(runningTaskIds());
    assertThat(rows(tasks)).allSatisfy(r -> assertThat(r.get(1)).isEqualTo("TASK_RUNNING"));

    String taskId = runningTaskIds().get(0);
    JsonNode task = json(String.join("\n", mesosCli(dir, "task", "inspect", taskId)));
    assertThat(task.get("id").asText()).isEqualTo(taskId);
    assertThat(task.get("state").asText()).isEqualTo("TASK_RUNNING");
    assertThat(task.get("executor_id").asText()).isEmpty(); // command tasks
  }

  // ---- @dcos/mesos-client (v1 operator API) --------------------------------------------------

  @Test
  void dcosMesosClientReadsTheV1CallsAndTheEventStream(@TempDir Path dir) throws Exception {
    List<String> command = node("mesos-v1.js");
    command.add(mesos);
    command.addAll(List.of("GET_HEALTH", "GET_VERSION", "GET_FLAGS", "GET_STATE", "GET_AGENTS",
        "GET_FRAMEWORKS", "GET_TASKS", "GET_EXECUTORS", "GET_METRICS", "GET_MASTER", "GET_ROLES",
        "DRAIN_AGENT", "SUBSCRIBE:1"));
    Map<String, JsonNode> out = run(command, Map.of(), dir, 0).stream().map(ThirdPartyClientsIT::json)
        .collect(Collectors.toMap(n -> n.get("call").asText(), n -> n));

    assertThat(out.get("GET_HEALTH").at("/body/get_health/healthy").asBoolean()).isTrue();
    assertThat(out.get("GET_VERSION").at("/body/get_version/version_info/version").asText())
        .isEqualTo("1.8.0");
    List<String> flags = new ArrayList<>();
    out.get("GET_FLAGS").at("/body/get_flags/flags").forEach(f -> flags.add(f.get("name").asText()));
    assertThat(flags).contains("cluster", "work_dir");
    List<String> v1Tasks = new ArrayList<>();
    out.get("GET_TASKS").at("/body/get_tasks/tasks").forEach(t -> v1Tasks.add(t.at("/task_id/value").asText()));
    assertThat(v1Tasks).containsExactlyInAnyOrderElementsOf(runningTaskIds());
    assertThat(out.get("GET_STATE").at("/body/get_state/get_tasks/tasks")).hasSize(2);
    assertThat(out.get("GET_AGENTS").at("/body/get_agents/agents")).hasSize(sim.model().agents().size());
    assertThat(out.get("GET_FRAMEWORKS").at("/body/get_frameworks/frameworks"))
        .hasSize(sim.model().frameworks().size());
    // command tasks only: no executor the master knows, the empty list omitted
    assertThat(out.get("GET_EXECUTORS").at("/body/get_executors").size()).isZero();
    assertThat(out.get("GET_MASTER").at("/body/get_master/master_info/version").asText()).isEqualTo("1.8.0");
    // the client sends {"type":"GET_METRICS"} alone, which 1.8 refuses
    assertThat(out.get("GET_METRICS").get("status").asInt()).isEqualTo(400);
    assertThat(out.get("GET_METRICS").get("body").asText())
        .isEqualTo("Failed to validate master::Call: Expecting 'get_metrics' to be present");
    // a 1.9 call on a 1.8 master: the name is dropped, the call has no type
    assertThat(out.get("DRAIN_AGENT").get("status").asInt()).isEqualTo(400);
    assertThat(out.get("GET_ROLES").get("status").asInt()).isEqualTo(501);
    assertThat(out.get("GET_ROLES").get("body").asText()).contains("GET_ROLES");
    JsonNode subscribed = out.get("SUBSCRIBE").get("events").get(0);
    assertThat(subscribed.get("type").asText()).isEqualTo("SUBSCRIBED");
    assertThat(subscribed.at("/subscribed/get_state/get_tasks/tasks")).hasSize(2);
    assertThat(subscribed.at("/subscribed/heartbeat_interval_seconds").asDouble()).isEqualTo(15.0);
  }

  // ---- Marathon: marathon-python (Debian) and marathon-event-bus-client (npm) ----------------

  private int attachedStreams() {
    return (int) sim.marathon().service().events().history().stream()
        .filter(e -> e.path("eventType").asText().equals("event_stream_attached")).count();
  }

  /** Posts an app once a new event stream is attached, then lets its deployment finish. */
  private void deployAfterAttach(int attachedBefore, String id) throws InterruptedException {
    long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
    while (attachedStreams() == attachedBefore && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(attachedStreams()).as("the client attached").isGreaterThan(attachedBefore);
    assertThat(SimHttp.send("POST", marathon + "/v2/apps", "{\"id\":\"" + id
        + "\",\"cmd\":\"sleep 100000\",\"instances\":1,\"cpus\":0.1,\"mem\":16}").code()).isEqualTo(201);
    sim.clock().advance(Duration.ofSeconds(5));
  }

  @Test
  void marathonPythonReadsAppsTasksAndEvents(@TempDir Path dir) throws Exception {
    String py = python("marathon", "python3-marathon");
    List<String> command = new ArrayList<>(List.of(py, CLIENTS.resolve("python/marathon-read.py").toString(),
        marathon, "ping", "get_info", "get_leader", "list_apps", "get_app:/web", "list_tasks",
        "list_tasks:/web", "list_versions:/web", "list_deployments", "list_queue", "get_app:/nope"));
    Map<String, JsonNode> out = run(command, Map.of(), dir, 0).stream().map(ThirdPartyClientsIT::json)
        .collect(Collectors.toMap(n -> n.get("call").asText(), n -> n));
    // Marathon 1.10 answers Accept: application/json with the JSON string "pong"
    assertThat(out.get("ping").get("result").asText()).isEqualTo("\"pong\"");
    assertThat(out.get("get_info").at("/result/frameworkId").asText())
        .isEqualTo(sim.model().frameworks().stream().filter(f -> f.name.equals("marathon"))
            .findFirst().orElseThrow().id);
    assertThat(out.get("get_leader").at("/result/leader").asText()).isEqualTo(marathon.replace("http://", ""));
    assertThat(out.get("list_apps").get("result")).extracting(a -> a.get("id").asText()).containsExactly("/web");
    assertThat(out.get("get_app:/web").at("/result/tasksRunning").asInt()).isEqualTo(2);
    List<String> ids = new ArrayList<>();
    out.get("list_tasks").get("result").forEach(t -> ids.add(t.get("id").asText()));
    assertThat(ids).containsExactlyInAnyOrderElementsOf(runningTaskIds());
    assertThat(out.get("list_tasks:/web").get("result")).hasSize(2);
    assertThat(out.get("list_versions:/web").get("result")).hasSize(1);
    assertThat(out.get("list_deployments").get("result")).isEmpty();
    assertThat(out.get("list_queue").get("result")).isEmpty();
    assertThat(out.get("get_app:/nope").get("status").asInt()).isEqualTo(404);

    int attached = attachedStreams();
    try (Client events = new Client(List.of(py, CLIENTS.resolve("python/marathon-read.py").toString(),
        marathon, "event_stream:2:deployment_info,deployment_success"), Map.of(), dir)) {
      deployAfterAttach(attached, "/py");
      JsonNode line = json(events.nextLine());
      assertThat(line.get("result")).extracting(e -> e.get("eventType").asText())
          .containsExactly("deployment_info", "deployment_success");
      assertThat(line.get("result").get(1).at("/plan/steps/0/actions/0/app").asText()).isEqualTo("/py");
    }
  }

  @Test
  void marathonEventBusClientGetsDeploymentEvents(@TempDir Path dir) throws Exception {
    List<String> command = node("marathon-events.js");
    command.addAll(List.of(marathon, "2", "deployment_info", "deployment_success"));
    int attached = attachedStreams();
    try (Client events = new Client(command, Map.of(), dir)) {
      assertThat(json(events.nextLine()).get("subscribed").asBoolean()).isTrue();
      deployAfterAttach(attached, "/sse");
      JsonNode info = json(events.nextLine());
      JsonNode success = json(events.nextLine());
      assertThat(info.get("event").asText()).isEqualTo("deployment_info");
      assertThat(success.get("event").asText()).isEqualTo("deployment_success");
      assertThat(success.at("/data/id").asText()).isEqualTo(info.at("/data/plan/id").asText());
      events.finish(0);
    }
  }

  // ---- Chronos: the npm package "mesos" (silas/node-mesos) -----------------------------------

  @Test
  void nodeChronosClientListsSearchesAndReadsStats(@TempDir Path dir) throws Exception {
    String chronos = sim.chronosUrls().get(0) + "/v1/scheduler";
    for (String name : List.of("etl", "etl-daily", "report")) {
      assertThat(SimHttp.send("POST", chronos + "/iso8601", "{\"name\":\"" + name
          + "\",\"command\":\"echo " + name + "\",\"schedule\":\"R/2099-01-01T00:00:00Z/P1D\"}").code())
          .isEqualTo(204);
    }
    List<String> command = node("chronos.js");
    command.addAll(List.of(chronos, "job.list", "job.search={\"name\":\"etl\"}",
        "job.search={\"any\":\"report\"}", "job.search={\"name\":\"etl\",\"limit\":1,\"offset\":1}",
        "job.stats={\"name\":\"etl\"}", "job.stats={\"percentile\":\"median\"}",
        "job.stats={\"name\":\"nope\"}"));
    List<JsonNode> out = run(command, Map.of(), dir, 0).stream().map(ThirdPartyClientsIT::json).toList();
    assertThat(out.get(0).get("result")).extracting(j -> j.get("name").asText())
        .containsExactlyInAnyOrder("etl", "etl-daily", "report");
    assertThat(out.get(1).get("result")).extracting(j -> j.get("name").asText())
        .containsExactlyInAnyOrder("etl", "etl-daily");
    // "any" alone filters nothing in Chronos 3.0.2
    assertThat(out.get(2).get("result")).hasSize(3);
    assertThat(out.get(3).get("result")).hasSize(1);
    assertThat(out.get(4).at("/result/histogram/count").asInt()).isZero();
    assertThat(out.get(5).get("result")).extracting(j -> j.get("jobNameLabel").asText())
        .containsExactlyInAnyOrder("etl", "etl-daily", "report");
    assertThat(out.get(6).get("error").asText()).isEqualTo("chronos: job.stats: bad request"); // 400
  }
}
