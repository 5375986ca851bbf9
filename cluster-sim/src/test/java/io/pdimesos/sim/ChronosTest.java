package io.pdimesos.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.sim.model.SimTask;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChronosTest {
  ClusterSim sim;
  String c;

  private void start(int version, int instances) {
    sim = ClusterSim.builder().agents(2).chronosVersion(version).chronosInstances(instances)
        .chronosFailureRetry(Duration.ofSeconds(5)).freePorts().steppedClock().build().start();
    c = sim.chronosUrls().get(0) + (version == 3 ? "/v1/scheduler" : "/scheduler");
  }

  @AfterEach
  void stop() {
    if (sim != null) {
      sim.close();
    }
  }

  private void advance(double seconds) {
    sim.clock().advance(Duration.ofMillis((long) (seconds * 1000)));
  }

  private int post(String endpoint, String json) {
    return SimHttp.send("POST", c + endpoint, json).code();
  }

  private JsonNode job(String name) {
    for (JsonNode j : SimHttp.get(c + "/jobs").json()) {
      if (j.get("name").asText().equals(name)) {
        return j;
      }
    }
    return null;
  }

  private String csvLine(String name) {
    return Arrays.stream(SimHttp.get(c + "/graph/csv").body().split("\n"))
        .filter(l -> l.startsWith("node," + name + ",")).findFirst().orElse(null);
  }

  @Test
  void runNowQueuesThenRunsAndCountsSuccess() {
    start(3, 1);
    String future = "R1/2099-01-01T00:00:00Z/P1D";
    assertThat(post("/iso8601", "{\"name\":\"hello\",\"command\":\"echo 'hi there'; sleep 3\",\"schedule\":\"" + future + "\"}"))
        .isEqualTo(204);
    assertThat(csvLine("hello")).isEqualTo("node,hello,fresh,idle");
    assertThat(SimHttp.send("PUT", c + "/job/hello", null).code()).isEqualTo(204);
    assertThat(csvLine("hello")).isEqualTo("node,hello,fresh,queued");
    advance(1); // next offer round
    assertThat(csvLine("hello")).isEqualTo("node,hello,fresh,1 running");
    JsonNode summary = SimHttp.get(c + "/jobs/summary").json().get("jobs").get(0);
    assertThat(summary.get("status").asText()).isEqualTo("fresh");
    assertThat(summary.get("state").asText()).isEqualTo("1 running");

    // the run is a Mesos task named ct:<millis>:<attempt>:<name>:<args>
    JsonNode tasks = SimHttp.get(sim.mesosUrls().get(0) + "/master/tasks").json().get("tasks");
    String taskId = tasks.get(0).get("id").asText();
    assertThat(taskId).matches("ct:\\d+:0:hello:");
    assertThat(tasks.get(0).get("name").asText()).isEqualTo("ChronosTask:hello");

    advance(3);
    JsonNode j = job("hello");
    assertThat(j.get("successCount").asLong()).isEqualTo(1);
    assertThat(j.get("lastSuccess").asText()).isNotEmpty();
    assertThat(csvLine("hello")).isEqualTo("node,hello,success,idle");
    // the manual run used up the only repetition: Chronos disables the job (chronos.md §3.1)
    assertThat(j.get("disabled").asBoolean()).isTrue();
    assertThat(j.get("schedule").asText()).startsWith("R0/");
    SimTask t = sim.model().task(taskId);
    assertThat(new String(t.file("stdout"))).isEqualTo("hi there\n");
    assertThat(new String(t.file("stderr"))).contains("Command exited with status 0");
    JsonNode stat = SimHttp.get(c + "/job/stat/hello").json();
    assertThat(stat.get("histogram").get("count").asInt()).isEqualTo(1);
    assertThat(stat.get("histogram").get("median").asDouble()).isEqualTo(3000.0);
    assertThat(stat.get("taskStatHistory")).isEmpty();
  }

  @Test
  void scheduledJobsRunWhenDueAndRewriteTheirSchedule() {
    start(3, 1);
    JsonNode sample = Shape.fixture("chronos/docs-api.scheduled-job.SAMPLE_JOB1.json");
    assertThat(post("/iso8601", sample.toString())).isEqualTo(204);
    advance(2); // offer round after 1 s, then a 1 s run
    JsonNode j = job("SAMPLE_JOB1");
    assertThat(j.get("successCount").asLong()).isEqualTo(1);
    assertThat(j.get("schedule").asText()).startsWith("R9/").endsWith("/PT2S");
    advance(4);
    assertThat(job("SAMPLE_JOB1").get("successCount").asLong()).isGreaterThanOrEqualTo(2);
    // every key of a real (2013) job listing is in ours, with the same types
    JsonNode legacy = Shape.fixture("chronos/legacy-2013-ui-stub.jobs.json");
    assertThat(Shape.diff(legacy.get(0), j,
        Set.of("epsilon", "async"), // 2.x only; 3.x drops them
        Set.of("shell", "taskInfoData", "ownerName", "description", "cpus", "disk", "mem", "disabled",
            "softError", "dataProcessingJobType", "errorsSinceLastSuccess", "fetch", "uris",
            "environmentVariables", "arguments", "highPriority", "runAsUser", "concurrent", "constraints",
            "scheduleTimeZone"))).isEmpty();
    assertThat(post("/iso8601", Shape.fixture("chronos/docs-api.docker-job.dockerjob.json").toString())).isEqualTo(204);
    JsonNode docker = job("dockerjob");
    assertThat(docker.get("cpus").asDouble()).isEqualTo(0.5);
    assertThat(docker.get("container").get("image").asText()).isEqualTo("libmesos/ubuntu");
  }

  @Test
  void failuresAreRetriedOnlyWhileTheLastRunSucceeded() {
    start(3, 1);
    post("/iso8601", "{\"name\":\"bad\",\"command\":\"exit 3\",\"schedule\":\"R/2099-01-01T00:00:00Z/P1D\",\"retries\":2}");
    SimHttp.send("PUT", c + "/job/bad", null);
    advance(2); // attempt 0 fails
    assertThat(job("bad").get("errorCount").asLong()).isZero();
    assertThat(csvLine("bad")).isEqualTo("node,bad,fresh,idle");
    advance(7); // retry after 5 s, offer, 1 s run: attempt 1 fails
    assertThat(job("bad").get("errorCount").asLong()).isZero();
    advance(7); // attempt 2 fails: final
    JsonNode j = job("bad");
    assertThat(j.get("errorCount").asLong()).isEqualTo(1);
    assertThat(j.get("errorsSinceLastSuccess").asLong()).isEqualTo(1);
    assertThat(csvLine("bad")).isEqualTo("node,bad,failure,idle");
    assertThat(SimHttp.get(sim.mesosUrls().get(0) + "/master/tasks").json().get("tasks").toString())
        .contains("ct:").contains(":2:bad:");
    // the last run failed, so the next one gets no retries (§6.3)
    SimHttp.send("PUT", c + "/job/bad", null);
    advance(2);
    assertThat(job("bad").get("errorCount").asLong()).isEqualTo(2);
  }

  @Test
  void triggersAreDroppedForDisabledAndBusyJobs() {
    start(3, 1);
    post("/iso8601", "{\"name\":\"off\",\"command\":\"true\",\"schedule\":\"R/2099-01-01T00:00:00Z/P1D\",\"disabled\":true}");
    assertThat(SimHttp.send("PUT", c + "/job/off", null).code()).isEqualTo(204);
    advance(2);
    assertThat(job("off").get("successCount").asLong()).isZero();
    assertThat(csvLine("off")).isEqualTo("node,off,fresh,idle");

    post("/iso8601", "{\"name\":\"slow\",\"command\":\"sleep 10\",\"schedule\":\"R/2099-01-01T00:00:00Z/P1D\"}");
    SimHttp.send("PUT", c + "/job/slow", null);
    advance(1);
    assertThat(csvLine("slow")).isEqualTo("node,slow,fresh,1 running");
    assertThat(SimHttp.send("PUT", c + "/job/slow", null).code()).isEqualTo(204);
    assertThat(csvLine("slow")).isEqualTo("node,slow,fresh,1 running"); // queued never hides running
    advance(20);
    assertThat(job("slow").get("successCount").asLong()).isEqualTo(1);

    // killed: no counters, no retry
    SimHttp.send("PUT", c + "/job/slow", null);
    advance(1);
    assertThat(SimHttp.send("DELETE", c + "/task/kill/slow", null).code()).isEqualTo(204);
    advance(30);
    JsonNode j = job("slow");
    assertThat(j.get("successCount").asLong()).isEqualTo(1);
    assertThat(j.get("errorCount").asLong()).isZero();
  }

  @Test
  void dependentsRunAfterTheirParentsAndAreRewiredOnDelete() {
    start(3, 1);
    post("/iso8601", "{\"name\":\"db_export-airbed_hostings\",\"command\":\"true\",\"schedule\":\"R/2099-01-01T00:00:00Z/P1D\"}");
    post("/iso8601", "{\"name\":\"db_export-airbed_reservation2s\",\"command\":\"true\",\"schedule\":\"R/2099-01-01T00:00:00Z/P1D\"}");
    JsonNode child = Shape.fixture("chronos/docs-api.dependent-job.hostings_earnings_summary.json");
    assertThat(post("/dependency", child.toString())).isEqualTo(204);
    assertThat(SimHttp.get(c + "/graph/csv").body())
        .contains("link,db_export-airbed_hostings,hostings_earnings_summary\n");
    // the posted counters are taken as given (chronos.md §3)
    assertThat(job("hostings_earnings_summary").get("successCount").asLong()).isEqualTo(100);
    SimHttp.send("PUT", c + "/job/db_export-airbed_hostings", null);
    advance(2);
    assertThat(job("hostings_earnings_summary").get("successCount").asLong()).isEqualTo(100);
    SimHttp.send("PUT", c + "/job/db_export-airbed_reservation2s", null);
    advance(2); // parent runs
    advance(2); // then the child
    assertThat(job("hostings_earnings_summary").get("successCount").asLong()).isEqualTo(101);

    // deleting a dependent parent hands its parents down to the child
    post("/dependency", "{\"name\":\"mid\",\"command\":\"true\",\"parents\":[\"db_export-airbed_reservation2s\"]}");
    post("/dependency", "{\"name\":\"leaf\",\"command\":\"true\",\"parents\":[\"mid\"]}");
    assertThat(SimHttp.send("DELETE", c + "/job/mid", null).code()).isEqualTo(204);
    assertThat(job("leaf").get("parents").toString()).isEqualTo("[\"db_export-airbed_reservation2s\"]");
    // deleting a scheduled parent turns the child into a scheduled job with that schedule
    assertThat(SimHttp.send("DELETE", c + "/job/db_export-airbed_hostings", null).code()).isEqualTo(204);
    JsonNode converted = job("hostings_earnings_summary");
    assertThat(converted.has("parents")).isFalse();
    assertThat(converted.get("schedule").asText()).endsWith("/P1D");

    // a dependent job whose parents do not exist is accepted and silently dropped
    assertThat(post("/dependency", "{\"name\":\"orphan\",\"command\":\"true\",\"parents\":[\"nope\"]}")).isEqualTo(204);
    assertThat(job("orphan")).isNull();
    assertThat(post("/dependency", "{\"name\":\"noparents\",\"command\":\"true\",\"parents\":[]}")).isEqualTo(500);
  }

  @Test
  void errorsOf3x() {
    start(3, 2);
    var unknown = SimHttp.send("PUT", c + "/job/nope", null);
    assertThat(unknown.code()).isEqualTo(400);
    assertThat(unknown.json().get("status").asText()).isEqualTo("Bad Request");
    assertThat(unknown.json().get("message").asText())
        .startsWith("java.lang.IllegalArgumentException: requirement failed: Job 'nope' not found");
    assertThat(SimHttp.send("DELETE", c + "/job/nope", null).json().get("message").asText())
        .contains("JobSchedule 'nope' not found");
    var badSchedule = SimHttp.send("POST", c + "/iso8601", "{\"name\":\"x\",\"command\":\"true\",\"schedule\":\"every day\"}");
    assertThat(badSchedule.code()).isEqualTo(400);
    assertThat(badSchedule.json().get("message").asText()).isEqualTo("Cannot parse schedule 'every day' (wtf bro)");
    var badName = SimHttp.send("POST", c + "/iso8601", "{\"name\":\"with space\",\"command\":\"true\",\"schedule\":\"R1//PT1H\"}");
    assertThat(badName.code()).isEqualTo(400);
    assertThat(badName.json().get("message").asText()).contains("the job's name is invalid");
    assertThat(SimHttp.send("PUT", c + "/iso8601", "{\"name\":\"x\",\"command\":\"true\"}").code()).isEqualTo(405);
    assertThat(SimHttp.get(c + "/leader").json().get("leader").asText())
        .isEqualTo(sim.chronosUrls().get(0).substring("http://".length()));
    // a non-leader proxies: same answers
    String standby = sim.chronosUrls().get(1) + "/v1/scheduler";
    assertThat(SimHttp.send("POST", standby + "/iso8601", "{\"name\":\"viaproxy\",\"command\":\"true\",\"schedule\":\"R1/2099-01-01T00:00:00Z/P1D\"}").code())
        .isEqualTo(204);
    assertThat(job("viaproxy")).isNotNull();
    assertThat(SimHttp.get(sim.chronosUrls().get(0) + "/scheduler/jobs").code()).isEqualTo(404);
  }

  @Test
  void chronos2xUsesItsOwnPrefixVerbsNamesAndErrors() {
    start(2, 1);
    assertThat(SimHttp.send("PUT", c + "/iso8601",
        "{\"name\":\"old style #1\",\"command\":\"sleep 2\",\"schedule\":\"R/2099-01-01T00:00:00Z/P1D\"}").code())
        .isEqualTo(204);
    JsonNode j = job("old style #1");
    assertThat(j.has("epsilon")).isTrue();
    assertThat(j.has("concurrent")).isFalse();
    JsonNode legacy = Shape.fixture("chronos/legacy-2013-ui-stub.jobs.json");
    assertThat(Shape.diff(legacy.get(0), j, Set.of(),
        Set.of("shell", "taskInfoData", "ownerName", "description", "cpus", "disk", "mem", "disabled",
            "softError", "dataProcessingJobType", "errorsSinceLastSuccess", "fetch", "uris",
            "environmentVariables", "arguments", "highPriority", "runAsUser", "constraints",
            "scheduleTimeZone"))).isEmpty();
    SimHttp.send("PUT", c + "/job/old%20style%20%231", null);
    advance(1);
    assertThat(csvLine("old style #1")).isEqualTo("node,old style #1,fresh,running");
    var unknown = SimHttp.send("PUT", c + "/job/nope", null);
    assertThat(unknown.code()).isEqualTo(400);
    assertThat(unknown.body()).isEqualTo("requirement failed: Job 'nope' not found");
    var bad = SimHttp.send("POST", c + "/iso8601", "{\"name\":\"x\",\"command\":\"true\",\"schedule\":\"nope\"}");
    assertThat(bad.code()).isEqualTo(400);
    assertThat(bad.body()).isEmpty();
    assertThat(SimHttp.get(sim.chronosUrls().get(0) + "/v1/scheduler/jobs").code()).isEqualTo(404);
    // graph lines follow the recorded grammar: node,<name>,<fresh|success|failure>[,<state>]
    String legacyCsv = Shape.text("chronos/legacy-2013-ui-stub.graph.csv");
    for (String line : (legacyCsv + SimHttp.get(c + "/graph/csv").body()).split("\n")) {
      assertThat(line).matches("node,[^,]+,(fresh|success|failure)(,(idle|queued|running|\\d+ running))?|link,[^,]+,[^,]+");
    }
  }

  @Test
  void logsGrowWhileTheRunProgressesAndLostAgentsCountAsFailures() {
    start(3, 1);
    post("/iso8601", "{\"name\":\"etl\",\"command\":\"echo extract; sleep 5; echo load\",\"retries\":0,"
        + "\"schedule\":\"R/2099-01-01T00:00:00Z/P1D\"}");
    SimHttp.send("PUT", c + "/job/etl", null);
    advance(2);
    SimTask t = sim.model().liveTasks().get(0);
    String url = "http://" + t.agent.ip + ":" + t.agent.port() + "/files/read?offset=0&path=" + t.sandboxDirectory() + "/stdout";
    assertThat(SimHttp.get(url).json().get("data").asText()).isEqualTo("extract\n");
    advance(5);
    assertThat(SimHttp.get(url).json().get("data").asText()).isEqualTo("extract\nload\n");
    assertThat(job("etl").get("successCount").asLong()).isEqualTo(1);

    SimHttp.send("PUT", c + "/job/etl", null);
    advance(2);
    SimTask running = sim.model().liveTasks().get(0);
    sim.faults().loseAgent(running.agent.index);
    assertThat(running.state().name()).isEqualTo("TASK_LOST"); // Chronos is not partition-aware
    assertThat(job("etl").get("errorCount").asLong()).isEqualTo(1);
  }

  private List<String> searchNames(String query) {
    List<String> names = new java.util.ArrayList<>();
    SimHttp.get(c + "/jobs/search" + query).json().forEach(j -> names.add(j.get("name").asText()));
    return names;
  }

  /** JobManagementResource.search and StatsResource.getPerf of 3.0.2 (docs/emulator.md). */
  @Test
  void searchAndStatsFollowTheUpstreamRules() {
    start(3, 1);
    for (String name : List.of("foo", "foo2", "xfoo", "bar")) {
      post("/iso8601", "{\"name\":\"" + name + "\",\"command\":\"run " + name + "\",\"schedule\":\"R/2099-01-01T00:00:00Z/P1D\"}");
    }
    // "any" only brings back jobs that name/command left out: alone it lists every job
    assertThat(searchNames("?any=bar")).containsExactly("foo", "foo2", "xfoo", "bar");
    assertThat(searchNames("?name=zzz&any=bar")).containsExactly("bar");
    assertThat(searchNames("?name=")).hasSize(4);
    // slice(offset, offset + limit)
    assertThat(searchNames("?limit=7&offset=-5")).containsExactly("foo", "foo2"); // slice(0, 2)
    assertThat(searchNames("?limit=2&offset=-5")).isEmpty(); // slice(0, -3)
    assertThat(searchNames("?limit=-1")).isEmpty();
    assertThat(searchNames("?offset=3&limit=2147483647")).isEmpty(); // the Integer sum overflows
    assertThat(SimHttp.get(c + "/jobs/search?limit=ten").code()).isEqualTo(404);
    JsonNode median = SimHttp.get(c + "/stats/median").json();
    assertThat(median).hasSize(4);
    assertThat(median.get(0).has("jobNameLabel")).isTrue();
    assertThat(median.get(0).get("time").isNumber()).isTrue();
    assertThat(SimHttp.get(c + "/stats/nope").json()).isEmpty();
  }

  @Test
  void searchSummaryMarkSuccessAndSmallEndpoints() {
    start(3, 1);
    for (String name : List.of("foo", "foo2", "xfoo", "bar")) {
      post("/iso8601", "{\"name\":\"" + name + "\",\"command\":\"run " + name + "\",\"schedule\":\"R/2099-01-01T00:00:00Z/P1D\"}");
    }
    assertThat(SimHttp.get(c + "/jobs/search?name=FOO").json()).hasSize(3); // substring, case-insensitive
    assertThat(SimHttp.get(c + "/jobs/search?name=foo&limit=1&offset=1").json().get(0).get("name").asText()).isEqualTo("foo2");
    assertThat(SimHttp.get(c + "/job/foo").json().get("name").asText()).isEqualTo("foo");
    assertThat(SimHttp.get(c + "/job/none").code()).isEqualTo(400);
    var marked = SimHttp.send("PUT", c + "/job/success/foo", null);
    assertThat(marked.body()).isEqualTo("marked job foo as successful: true");
    assertThat(SimHttp.send("PUT", c + "/job/success/none", null).body()).isEqualTo("marked job none as successful: false");
    assertThat(job("foo").get("successCount").asLong()).isEqualTo(1);
    assertThat(SimHttp.get(c + "/graph/dot").body()).startsWith("digraph G {");
    assertThat(SimHttp.get(sim.chronosUrls().get(0) + "/ping").body()).isEqualTo("pong");
    assertThat(SimHttp.get(sim.chronosUrls().get(0) + "/metrics").json().get("counters")
        .get("jobs.run.success.foo").get("count").asLong()).isEqualTo(1);
    assertThat(SimHttp.call(new okhttp3.Request.Builder().url(c + "/iso8601")
        .post(okhttp3.RequestBody.create("{}", okhttp3.MediaType.get("text/plain"))).build()).code()).isEqualTo(415);
    assertThat(SimHttp.get(c + "/jobs").header("Access-Control-Allow-Origin")).isEqualTo("*");
  }
}
