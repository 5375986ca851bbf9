package io.pdimesos.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.sim.model.Agent;
import io.pdimesos.sim.model.ClusterModel;
import io.pdimesos.sim.model.Framework;
import io.pdimesos.sim.model.SimTask;
import io.pdimesos.sim.model.TaskState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MesosMasterTest {
  ClusterSim sim;
  String leader;
  String standby;

  @BeforeEach
  void start() {
    sim = ClusterSim.builder().agents(2).masters(2).freePorts().steppedClock().build().start();
    leader = sim.mesosUrls().get(0);
    standby = sim.mesosUrls().get(1);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private SimTask launch(String name) {
    ClusterModel m = sim.model();
    Framework f = m.frameworks().isEmpty()
        ? m.registerFramework("marathon", "*", "marathon", "127.0.0.1", "http://127.0.0.1:8080", 604800,
            "TASK_KILLING_STATE", "PARTITION_AWARE")
        : m.frameworks().get(0);
    Agent a = m.findAgent(0.1, 128, 0, null);
    SimTask t = m.launch(f.id, name + ".instance-1", name, a, 0.1, 128, 0, 1, Map.of());
    m.update(t, TaskState.TASK_RUNNING, "");
    return t;
  }

  @Test
  void stateHasTheShapeOfAReal18Master() {
    launch("test");
    JsonNode actual = SimHttp.get(leader + "/master/state").json();
    JsonNode fixture = Shape.fixture("mesos/dcos-net.master-state.mesos-1.8.0.json");
    assertThat(Shape.diff(fixture, actual,
        // optional upstream keys the emulator does not model: fault domains, DC/OS log file,
        // service discovery and container infos of tasks
        Set.of("domain", "external_log_file", "discovery", "container", "labels"),
        // present in other upstream versions/captures (mesos.md §6, §10)
        Set.of("log_dir", "deactivated", "flags"))).isEmpty();
  }

  @Test
  void stateSummaryHasTheShapeOfARealMaster() {
    launch("test");
    JsonNode actual = SimHttp.get(leader + "/master/state-summary").json();
    JsonNode fixture = Shape.fixture("mesos/dcos-ui.master-state-summary.mesos-1.2.0.json");
    assertThat(Shape.diff(fixture, actual, Set.of(),
        Set.of("capabilities", "deactivated", "port", "attributes", "TASK_UNREACHABLE"))).isEmpty();
  }

  @Test
  void numbersAgreeAcrossEndpoints() {
    launch("a");
    launch("b");
    JsonNode metrics = SimHttp.get(leader + "/metrics/snapshot").json();
    JsonNode state = SimHttp.get(leader + "/master/state").json();
    assertThat(metrics.get("master/tasks_running").asDouble()).isEqualTo(2.0);
    assertThat(metrics.get("master/mem_used").asDouble()).isEqualTo(256.0);
    assertThat(metrics.get("master/elected").asDouble()).isEqualTo(1.0);
    double used = 0;
    for (JsonNode s : state.get("slaves")) {
      used += s.get("used_resources").get("mem").asDouble();
    }
    assertThat(used).isEqualTo(256.0);
    assertThat(state.get("frameworks").get(0).get("tasks")).hasSize(2);
    assertThat(SimHttp.get(standby + "/metrics/snapshot").json().get("master/elected").asDouble()).isZero();
  }

  @Test
  void redirectsFollowTheLeader() {
    String leaderAuthority = leader.substring("http:".length());
    var r = SimHttp.get(standby + "/master/redirect");
    assertThat(r.code()).isEqualTo(307);
    assertThat(r.header("Location")).isEqualTo(leaderAuthority);
    // the leader redirects to itself
    assertThat(SimHttp.get(leader + "/master/redirect").header("Location")).isEqualTo(leaderAuthority);
    var s = SimHttp.get(standby + "/master/state?jsonp=x");
    assertThat(s.code()).isEqualTo(307);
    assertThat(s.header("Location")).isEqualTo(leaderAuthority + "/master/state?jsonp=x");
    assertThat(SimHttp.get(standby + "/master/health").code()).isEqualTo(200);
    assertThat(SimHttp.get(standby + "/version").json().get("version").asText()).isEqualTo("1.8.0");
    assertThat(SimHttp.get(leader + "/master/redirect/x").code()).isEqualTo(404);

    sim.faults().electMaster(2);
    assertThat(SimHttp.get(leader + "/master/redirect").header("Location"))
        .isEqualTo(standby.substring("http:".length()));
    assertThat(SimHttp.get(standby + "/master/state").code()).isEqualTo(200);

    sim.faults().electMaster(0);
    var none = SimHttp.get(leader + "/master/redirect");
    assertThat(none.code()).isEqualTo(503);
    assertThat(none.body()).isEqualTo("No leader elected");
  }

  @Test
  void legacyJsonEndpointsAreGone() {
    assertThat(SimHttp.get(leader + "/master/state.json").code()).isEqualTo(404);
    assertThat(SimHttp.get(leader + "/state.json").code()).isEqualTo(404);
    assertThat(SimHttp.get(leader + "/state").code()).isEqualTo(200);
  }

  @Test
  void tasksPageByFirstStatusTime() {
    launch("first");
    sim.clock().advance(Duration.ofSeconds(1));
    launch("second");
    sim.clock().advance(Duration.ofSeconds(1));
    launch("third");
    JsonNode des = SimHttp.get(leader + "/master/tasks?limit=2").json().get("tasks");
    assertThat(des).hasSize(2);
    assertThat(des.get(0).get("name").asText()).isEqualTo("third");
    JsonNode asc = SimHttp.get(leader + "/master/tasks?order=asc&offset=1&limit=5").json().get("tasks");
    assertThat(asc).extracting(n -> n.get("name").asText()).containsExactly("second", "third");
  }

  @Test
  void agentStateAndSandboxFiles() {
    SimTask t = launch("logs");
    t.appendStdout("hello world");
    String agentUrl = "http://" + t.agent.ip + ":" + t.agent.port();
    JsonNode agentState = SimHttp.get(agentUrl + "/state").json();
    JsonNode fixture = Shape.fixture("mesos/dcos-net.agent-state.mesos-1.4.0.ucr-bridge.json");
    assertThat(Shape.diff(fixture, agentState,
        Set.of("reserved_resources_full", "unreserved_resources_full", "external_log_file",
            "discovery", "container", "labels"),
        Set.of("log_dir", "unreachable_tasks", "queued_tasks"))).isEmpty();
    String dir = agentState.get("frameworks").get(0).get("executors").get(0).get("directory").asText();
    assertThat(dir).isEqualTo(t.sandboxDirectory());

    var size = SimHttp.get(agentUrl + "/files/read?path=" + dir + "/stdout&offset=-1").json();
    assertThat(size.get("offset").asInt()).isEqualTo(12);
    assertThat(size.get("data").asText()).isEmpty();
    var data = SimHttp.get(agentUrl + "/files/read?path=" + dir + "/stdout&offset=6&length=100").json();
    assertThat(Shape.diff(Shape.fixture("mesos/dcos-ui.files-read.json"), data, Set.of(), Set.of())).isEmpty();
    assertThat(data.get("data").asText()).isEqualTo("world\n");
    var latest = SimHttp.get(agentUrl + "/files/read?offset=0&path=/frameworks/" + t.frameworkId
        + "/executors/" + t.id + "/runs/latest/stdout").json();
    assertThat(latest.get("data").asText()).isEqualTo("hello world\n");
    assertThat(SimHttp.get(agentUrl + "/files/read?offset=0&path=/nope/stdout").code()).isEqualTo(404);
    assertThat(SimHttp.get(agentUrl + "/files/read?offset=0&path=" + dir).code()).isEqualTo(400);
    var browse = SimHttp.get(agentUrl + "/files/browse?path=" + dir).json();
    assertThat(Shape.diff(Shape.fixture("mesos/dcos-ui.files-browse.json"), browse, Set.of(), Set.of())).isEmpty();
  }

  @Test
  void readsAreCappedAt64KiB() {
    SimTask t = launch("big");
    String line = "x".repeat(1023);
    for (int i = 0; i < 100; i++) {
      t.appendStdout(line);
    }
    String url = "http://" + t.agent.ip + ":" + t.agent.port() + "/files/read?offset=0&length=-1&path="
        + t.sandboxDirectory() + "/stdout";
    assertThat(SimHttp.get(url).json().get("data").asText()).hasSize(65536);
  }

  @Test
  void operatorApiAnswersTheHealthCheckCalls() {
    for (String call : List.of("GET_HEALTH", "GET_VERSION", "GET_MASTER", "GET_METRICS")) {
      String request = Shape.text("mesos/operator-api.master." + call + ".request.json");
      var r = SimHttp.send("POST", leader + "/api/v1", request);
      assertThat(r.code()).as(call).isEqualTo(200);
      JsonNode fixture = Shape.fixture("mesos/operator-api.master." + call + ".response.json");
      // start_time/elected_time are in GET_MASTER since 1.2 (mesos.md §3); git_sha when built from git
      assertThat(Shape.diff(fixture, r.json(), Set.of(), Set.of("start_time", "elected_time", "git_sha")))
          .as(call).isEmpty();
    }
    JsonNode info = SimHttp.send("POST", leader + "/api/v1", "{\"type\":\"GET_MASTER\"}").json()
        .get("get_master").get("master_info");
    assertThat(info.get("ip").asLong()).isEqualTo(16777343L);
    assertThat(SimHttp.send("POST", standby + "/api/v1", "{\"type\":\"GET_HEALTH\"}").code()).isEqualTo(307);
    assertThat(SimHttp.send("POST", leader + "/api/v1", "{\"type\":\"NOPE\"}").code()).isEqualTo(400);
    assertThat(SimHttp.send("POST", leader + "/api/v1", "{\"type\":\"GET_QUOTA\"}").code()).isEqualTo(501);
    assertThat(SimHttp.get(leader + "/api/v1").code()).isEqualTo(405);
  }

  @Test
  void gzipForLargeBodiesAndJsonp() {
    launch("zip");
    var gz = SimHttp.call(new okhttp3.Request.Builder().url(leader + "/master/state")
        .header("Accept-Encoding", "gzip").build());
    assertThat(gz.header("Content-Encoding")).isEqualTo("gzip");
    var small = SimHttp.call(new okhttp3.Request.Builder().url(leader + "/version")
        .header("Accept-Encoding", "gzip").build());
    assertThat(small.header("Content-Encoding")).isNull();
    var plain = SimHttp.get(leader + "/master/state"); // okhttp asks for gzip and undoes it itself
    assertThat(plain.json().get("version").asText()).isEqualTo("1.8.0");
    var jsonp = SimHttp.get(leader + "/master/slaves?jsonp=cb");
    assertThat(jsonp.body()).startsWith("cb({\"slaves\":").endsWith("});");
  }

  @Test
  void operatorApiStateCallsHaveProtobufJsonShapes() {
    SimTask t = launch("v1");
    sim.model().update(t, TaskState.TASK_FINISHED, "");
    launch("v1b");
    for (String call : List.of("GET_STATE", "GET_TASKS", "GET_FRAMEWORKS")) {
      var r = SimHttp.send("POST", leader + "/api/v1", Shape.text("mesos/operator-api.master." + call + ".request.json"));
      assertThat(r.code()).as(call).isEqualTo(200);
      JsonNode fixture = Shape.fixture("mesos/operator-api.master." + call + ".response.json");
      assertThat(Shape.diff(fixture, r.json(),
          // command tasks have no executor (mesos.md §10); the doc examples run a custom one
          Set.of("executor_id", "executors"),
          // container ids, webui and capabilities are set by real frameworks/containerizers too;
          // each fixture shows one of the task lists (the other was empty there, so omitted)
          Set.of("container_id", "protocol", "webui_url", "capabilities", "recovered",
              "/get_state/get_tasks/tasks", "/get_tasks/completed_tasks"))).as(call).isEmpty();
    }
  }

  @Test
  void subscribeStreamsRecordIoFrames() throws Exception {
    sim.mesosEvents().heartbeat(Duration.ofMillis(200));
    okhttp3.Request req = new okhttp3.Request.Builder().url(leader + "/api/v1")
        .post(SimHttp.jsonBody(Shape.text("mesos/operator-api.master.SUBSCRIBE.request.json"))).build();
    try (okhttp3.Response r = SimHttp.CLIENT.newCall(req).execute()) {
      assertThat(r.code()).isEqualTo(200);
      assertThat(r.header("Content-Type")).isEqualTo("application/json");
      okio.BufferedSource src = r.body().source();
      JsonNode subscribed = readRecord(src);
      assertThat(subscribed.get("type").asText()).isEqualTo("SUBSCRIBED");
      assertThat(subscribed.get("subscribed").get("heartbeat_interval_seconds").isNumber()).isTrue();
      SimTask t = launch("sub");
      JsonNode added = readRecord(src);
      while (added.get("type").asText().equals("HEARTBEAT")) {
        added = readRecord(src);
      }
      JsonNode updated = readRecord(src);
      java.util.Map<String, JsonNode> real = new java.util.HashMap<>();
      for (String line : Shape.text("mesos/dcos-net.v1.SUBSCRIBE.operator-api.ndjson").split("\n")) {
        if (!line.isBlank()) {
          JsonNode e = Shape.MAPPER.readTree(line);
          real.putIfAbsent(e.get("type").asText(), e);
        }
      }
      Set<String> optional = Set.of("discovery", "container", "labels", "executor_id", "allocation_info",
          "status_update_state", "status_update_uuid", "statuses", "healthy");
      Set<String> extra = Set.of("role", "status_update_state", "status_update_uuid", "statuses", "container_id");
      assertThat(added.get("type").asText()).isEqualTo("TASK_ADDED");
      assertThat(Shape.diff(real.get("TASK_ADDED"), added, optional, extra)).isEmpty();
      assertThat(updated.get("type").asText()).isEqualTo("TASK_UPDATED");
      assertThat(Shape.diff(real.get("TASK_UPDATED"), updated, optional, extra)).isEmpty();
      assertThat(updated.get("task_updated").get("status").get("task_id").get("value").asText()).isEqualTo(t.id);
      sim.faults().electMaster(2); // leadership moves: the stream ends
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (!src.exhausted() && System.nanoTime() < deadline) {
        readRecord(src);
      }
      assertThat(src.exhausted()).isTrue();
    }
  }

  private static JsonNode readRecord(okio.BufferedSource src) throws java.io.IOException {
    long length = Long.parseLong(src.readUtf8LineStrict());
    return Shape.MAPPER.readTree(src.readUtf8(length));
  }
}
