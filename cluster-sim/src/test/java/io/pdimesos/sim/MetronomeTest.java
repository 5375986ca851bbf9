package io.pdimesos.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.sim.model.SimTask;
import io.pdimesos.sim.model.TaskState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Metronome's behaviour over simulated time (reference metronome.md §3-§4): runs as Mesos tasks,
 * runs leaving the active list for the history, restarts, stop, cron schedules, FORBID,
 * starting deadlines, dependencies and deletes.
 */
class MetronomeTest {
  /** A Thursday, 30 s past a full minute. */
  private static final Instant START = Instant.parse("2030-01-03T10:00:30Z");
  ClusterSim sim;
  String m;

  private void start(int instances) {
    sim = ClusterSim.builder().agents(2).metronomeInstances(instances).freePorts()
        .clock(SimClock.stepped(START)).build().start();
    m = sim.metronomeUrls().get(0);
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

  private static String job(String id, String cmd, String extra) {
    return "{\"id\":\"" + id + "\",\"run\":{\"cpus\":0.1,\"mem\":32,\"disk\":0,\"cmd\":\"" + cmd
        + "\"" + extra + "}}";
  }

  private SimHttp.Reply post(String path, String json) {
    return SimHttp.send("POST", m + path, json);
  }

  private JsonNode history(String id) {
    return SimHttp.get(m + "/v1/jobs/" + id + "?embed=history").json().get("history");
  }

  @Test
  void aRunBecomesAMesosTaskThenLeavesTheActiveRunsForTheHistory() {
    start(1);
    assertThat(post("/v1/jobs", job("etl.load", "echo loaded; sleep 3", "")).code())
        .isEqualTo(201);
    SimHttp.Reply started = post("/v1/jobs/etl.load/runs", null);
    assertThat(started.code()).isEqualTo(201);
    String runId = started.json().get("id").asText();
    assertThat(runId).matches("20300103100030[A-Za-z0-9]{5}");
    assertThat(started.json().get("status").asText()).isEqualTo("INITIAL");
    assertThat(started.json().get("createdAt").asText()).isEqualTo("2030-01-03T10:00:30.000+0000");

    advance(0);
    assertThat(SimHttp.get(m + "/v1/jobs/etl.load/runs/" + runId).json().get("status").asText())
        .isEqualTo("STARTING");
    assertThat(SimHttp.get(m + "/v1/queue").json().get(0).get("runs").get(0).get("runId")
        .asText()).isEqualTo(runId);
    advance(1); // the next offer round
    JsonNode active = SimHttp.get(m + "/v1/jobs/etl.load/runs/" + runId).json();
    assertThat(active.get("status").asText()).isEqualTo("ACTIVE");
    String taskId = active.get("tasks").get(0).get("id").asText();
    assertThat(taskId).startsWith("etl_load_" + runId + ".");
    assertThat(active.get("tasks").get(0).get("status").asText()).isEqualTo("TASK_RUNNING");
    assertThat(SimHttp.get(m + "/v1/queue").json()).isEmpty();
    JsonNode frameworks = SimHttp.get(sim.mesosUrls().get(0) + "/master/frameworks").json();
    assertThat(frameworks.get("frameworks").toString()).contains("\"name\":\"metronome\"");
    SimTask task = sim.model().task(taskId);
    assertThat(task.name).isEqualTo(runId + ".load.etl");

    advance(3);
    SimHttp.Reply gone = SimHttp.get(m + "/v1/jobs/etl.load/runs/" + runId);
    assertThat(gone.code()).isEqualTo(404);
    assertThat(gone.json().toString()).isEqualTo("{\"jobSpec\":\"etl.load\",\"id\":\"" + runId
        + "\",\"message\":\"Job Run not found\"}");
    // the history lags the run's end (an event bus upstream): not yet ...
    assertThat(history("etl.load").get("successfulFinishedRuns")).isEmpty();
    advance(0.2); // ... but soon
    JsonNode h = history("etl.load");
    assertThat(h.get("successCount").asLong()).isEqualTo(1);
    assertThat(h.get("lastSuccessAt").asText()).isEqualTo("2030-01-03T10:00:34.200+0000");
    JsonNode done = h.get("successfulFinishedRuns").get(0);
    assertThat(done.get("id").asText()).isEqualTo(runId);
    assertThat(done.get("tasks").get(0).asText()).isEqualTo(taskId);
    assertThat(new String(task.file("stdout"))).isEqualTo("loaded\n");
    assertThat(SimHttp.get(m + "/v1/jobs?embed=historySummary").json().get(0)
        .get("historySummary").get("successCount").asLong()).isEqualTo(1);
  }

  @Test
  void onFailureRelaunchesUntilTheActiveDeadlineThenTheRunFails() {
    start(1);
    post("/v1/jobs", job("flaky", "exit 3", ",\"restart\":{\"policy\":\"ON_FAILURE\","
        + "\"activeDeadlineSeconds\":5}"));
    String runId = post("/v1/jobs/flaky/runs", null).json().get("id").asText();
    advance(2.5); // start, offer, 1 s run: the first task fails and a second one is queued
    JsonNode run = SimHttp.get(m + "/v1/jobs/flaky/runs/" + runId).json();
    assertThat(run.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(run.get("tasks").get(0).get("status").asText()).isEqualTo("TASK_FAILED");
    advance(10);
    assertThat(SimHttp.get(m + "/v1/jobs/flaky/runs/" + runId).code()).isEqualTo(404);
    advance(0.2);
    JsonNode failed = history("flaky").get("failedFinishedRuns").get(0);
    assertThat(failed.get("id").asText()).isEqualTo(runId);
    assertThat(failed.get("tasks").size()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aStoppedRunIsKilledAndRecordedAsFailed() {
    start(1);
    post("/v1/jobs", job("long", "sleep 600", ""));
    String runId = post("/v1/jobs/long/runs", null).json().get("id").asText();
    advance(1);
    String taskId = SimHttp.get(m + "/v1/jobs/long/runs").json().get(0).get("tasks").get(0)
        .get("id").asText();

    SimHttp.Reply stopped = post("/v1/jobs/long/runs/" + runId + "/actions/stop", null);

    assertThat(stopped.code()).isEqualTo(200);
    assertThat(stopped.json().get("status").asText()).isEqualTo("FAILED");
    assertThat(stopped.json().get("completedAt").asText()).isNotEmpty();
    assertThat(sim.model().task(taskId).state()).isEqualTo(TaskState.TASK_KILLED);
    assertThat(SimHttp.get(m + "/v1/jobs/long/runs").json()).isEmpty();
    assertThat(post("/v1/jobs/long/runs/" + runId + "/actions/stop", null).code())
        .isEqualTo(404);
    advance(0.2);
    assertThat(history("long").get("failureCount").asLong()).isEqualTo(1);
  }

  @Test
  void aScheduleRunsTheJobAtItsCronTimesInItsZone() {
    start(1);
    post("/v1/jobs", job("every5", "echo tick", ""));
    SimHttp.Reply s = post("/v1/jobs/every5/schedules", "{\"id\":\"every-five\","
        + "\"cron\":\"*/5 * * * *\",\"timezone\":\"Europe/Berlin\"}");
    assertThat(s.code()).isEqualTo(201);
    assertThat(s.json().get("nextRunAt").asText()).isEqualTo("2030-01-03T10:05:00.000+0000");
    assertThat(s.json().get("startingDeadlineSeconds").asLong()).isEqualTo(900);
    assertThat(s.json().get("concurrencyPolicy").asText()).isEqualTo("ALLOW");

    advance(4 * 60 + 29); // 10:04:59
    assertThat(history("every5").get("successCount").asLong()).isZero();
    assertThat(SimHttp.get(m + "/v1/jobs/every5/runs").json()).isEmpty();
    advance(1); // 10:05:00: the scheduled run starts
    assertThat(SimHttp.get(m + "/v1/jobs/every5/runs").json().get(0).get("id").asText())
        .startsWith("20300103100500");
    advance(15 * 60 + 5);
    assertThat(history("every5").get("successCount").asLong()).isEqualTo(4); // :05 :10 :15 :20
  }

  @Test
  void forbidSkipsAScheduledRunWhileAnotherIsActiveAndAllowDoesNot() {
    start(1);
    post("/v1/jobs", job("forbid", "sleep 150", "").replace("}}", "},\"schedules\":[{\"id\":\"each-minute\",\"cron\":\"* * * * *\","
            + "\"concurrencyPolicy\":\"FORBID\"}]}"));
    post("/v1/jobs", job("allow", "sleep 150", "")
        .replace("}}", "},\"schedules\":[{\"id\":\"each-minute\",\"cron\":\"* * * * *\"}]}"));

    advance(60 * 5 + 30); // due at 10:02, 10:03, ... (at least 60 s after the schedule was set)
    long forbid = history("forbid").get("successCount").asLong()
        + SimHttp.get(m + "/v1/jobs/forbid/runs").json().size();
    long allow = history("allow").get("successCount").asLong()
        + SimHttp.get(m + "/v1/jobs/allow/runs").json().size();
    assertThat(SimHttp.get(m + "/v1/jobs/forbid/runs").json().size()).isEqualTo(1);
    assertThat(SimHttp.get(m + "/v1/jobs/allow/runs").json().size()).isGreaterThan(1);
    assertThat(forbid).isLessThan(allow);
  }

  @Test
  void aScheduledRunWithoutOffersFailsAtItsStartingDeadlineAManualOneWaits() {
    start(1);
    String huge = "{\"id\":\"huge\",\"run\":{\"cpus\":64,\"mem\":32,\"disk\":0,\"cmd\":\"true\"},"
        + "\"schedules\":[{\"id\":\"nightly\",\"cron\":\"0 0 * * *\","
        + "\"startingDeadlineSeconds\":60}]}";
    assertThat(post("/v1/jobs", huge).code()).isEqualTo(201);
    String manual = post("/v1/jobs/huge/runs", null).json().get("id").asText();

    advance(14 * 3600); // past midnight: the scheduled run starts, waits 60 s, fails
    advance(120);
    JsonNode runs = SimHttp.get(m + "/v1/jobs/huge/runs").json();
    assertThat(runs).hasSize(1);
    assertThat(runs.get(0).get("id").asText()).isEqualTo(manual);
    assertThat(runs.get(0).get("status").asText()).isEqualTo("STARTING");
    JsonNode failed = history("huge").get("failedFinishedRuns");
    assertThat(failed).hasSize(1);
    assertThat(failed.get(0).get("id").asText()).startsWith("20300104000000");
    assertThat(failed.get(0).get("tasks")).isEmpty();
  }

  @Test
  void aDependentJobRunsAfterItsParentSucceededAndKeepsItsParentFromBeingDeleted() {
    start(1);
    post("/v1/jobs", job("nightly.load", "echo load", ""));
    SimHttp.Reply unknown = post("/v1/jobs", job("nightly.report", "echo report", "")
        .replace("}}", "},\"dependencies\":[{\"id\":\"nightly.lode\"}]}"));
    assertThat(unknown.code()).isEqualTo(422);
    assertThat(unknown.body()).isEqualTo(
        "{\"message\":\"Dependencies contain unknown jobs. unknown=[nightly.lode]\"}");
    assertThat(post("/v1/jobs", job("nightly.report", "echo report", "")
        .replace("}}", "},\"dependencies\":[{\"id\":\"nightly.load\"}]}")).code()).isEqualTo(201);

    post("/v1/jobs/nightly.load/runs", null);
    advance(3); // the parent's run: started, offered, 1 s
    assertThat(SimHttp.get(m + "/v1/jobs/nightly.report/runs").json()).hasSize(1);
    advance(3);
    assertThat(history("nightly.report").get("successCount").asLong()).isEqualTo(1);

    SimHttp.Reply refused = SimHttp.send("DELETE", m + "/v1/jobs/nightly.load", null);
    assertThat(refused.code()).isEqualTo(409);
    assertThat(refused.body()).isEqualTo("{\"message\":\"There are jobs with a dependency on"
        + " nightly.load. children=[nightly.report]\"}");
  }

  @Test
  void aJobWithActiveRunsIsDeletedOnlyWithThem() {
    start(1);
    post("/v1/jobs", job("busy", "sleep 600", ""));
    post("/v1/jobs/busy/runs", null);
    advance(1);
    SimHttp.Reply refused = SimHttp.send("DELETE", m + "/v1/jobs/busy", null);
    assertThat(refused.code()).isEqualTo(409);
    assertThat(refused.json().get("message").asText())
        .isEqualTo("There are active job runs. Override with stopCurrentJobRuns=true");

    SimHttp.Reply deleted = SimHttp.send("DELETE", m + "/v1/jobs/busy?stopCurrentJobRuns=true",
        null);
    assertThat(deleted.code()).isEqualTo(200);
    assertThat(deleted.json().get("id").asText()).isEqualTo("busy");
    assertThat(SimHttp.get(m + "/v1/jobs/busy").code()).isEqualTo(404);
    assertThat(SimHttp.get(m + "/v1/jobs/busy").body())
        .isEqualTo("{\"id\":\"busy\",\"message\":\"Job not found\"}");
  }

  @Test
  void putReplacesTheSpecButKeepsTheSchedules() {
    start(1);
    post("/v1/jobs", job("kept", "echo one", "").replace("}}",
        "},\"schedules\":[{\"id\":\"nightly\",\"cron\":\"0 2 * * *\"}]}"));
    SimHttp.Reply put = SimHttp.send("PUT", m + "/v1/jobs/kept", job("ignored", "echo two", ""));
    assertThat(put.code()).isEqualTo(200);
    assertThat(put.json().get("id").asText()).isEqualTo("kept"); // the path's id wins
    assertThat(put.json().get("run").get("cmd").asText()).isEqualTo("echo two");
    assertThat(put.json().get("schedules").get(0).get("cron").asText()).isEqualTo("0 2 * * *");
  }

  @Test
  void errorsAreShapedAsMetronomeWritesThem() {
    start(1);
    assertThat(post("/v1/jobs", job("dup", "true", "")).code()).isEqualTo(201);
    SimHttp.Reply dup = post("/v1/jobs", job("dup", "true", ""));
    assertThat(dup.code()).isEqualTo(409);
    assertThat(dup.body()).isEqualTo("{\"message\":\"Job with this id already exists\"}");

    SimHttp.Reply badId = SimHttp.get(m + "/v1/jobs/Dup");
    assertThat(badId.code()).isEqualTo(400);
    assertThat(badId.body()).isEqualTo("{\"message\":\"Not a valid id: Dup\","
        + "\"requestPath\":\"/v1/jobs/Dup\"}");
    SimHttp.Reply embed = SimHttp.get(m + "/v1/jobs?embed=tasks");
    assertThat(embed.code()).isEqualTo(400);
    assertThat(embed.json().get("message").asText()).isEqualTo("Unknown embed options. Valid"
        + " options are: activeRuns, schedules, history, historySummary");
    SimHttp.Reply route = SimHttp.get(m + "/v2/apps");
    assertThat(route.code()).isEqualTo(404);
    assertThat(route.body()).isEqualTo("{\"message\":\"Unknown route.\","
        + "\"requestPath\":\"/v2/apps\"}");
    SimHttp.Reply cron = post("/v1/jobs", job("c", "true", "").replace("}}",
        "},\"schedules\":[{\"id\":\"feb\",\"cron\":\"0 0 31 2 *\"}]}"));
    assertThat(cron.code()).isEqualTo(422);
    assertThat(cron.body()).isEqualTo("{\"message\":\"Object is not valid\",\"details\":[{"
        + "\"path\":\"/schedules(0)/cron\",\"errors\":[\"Can not read cron expression"
        + " \\\"0 0 31 2 *\\\"\"]}]}");
    SimHttp.Reply nothing = post("/v1/jobs", "{\"id\":\"n\",\"run\":{\"cpus\":1,\"mem\":32,"
        + "\"disk\":0}}");
    assertThat(nothing.code()).isEqualTo(422);
    assertThat(nothing.json().get("details").get(0).get("errors").get(0).asText())
        .isEqualTo("Cmd, Docker or UCR image must be specified");
    SimHttp.Reply json = post("/v1/jobs", "{\"id\":");
    assertThat(json.code()).isEqualTo(400);
    assertThat(json.json().get("message").asText()).startsWith("Invalid Json: ");
    assertThat(SimHttp.get(m + "/v1/jobs/dup/schedules/nope").body())
        .isEqualTo("{\"id\":\"nope\",\"message\":\"Schedule not found\"}");
    assertThat(SimHttp.get(m + "/ping").body()).isEqualTo("pong");
  }

  @Test
  void aNonLeaderServesTheLeadersAnswerAndLeadershipMoves() {
    start(2);
    String second = sim.metronomeUrls().get(1);
    post("/v1/jobs", job("ha", "true", ""));
    SimHttp.Reply via = SimHttp.get(second + "/v1/jobs/ha");
    assertThat(via.code()).isEqualTo(200);
    assertThat(via.header("X-LEADER")).isEqualTo(m.substring("http://".length()));
    assertThat(SimHttp.get(second + "/leader").json().get("leader").asText())
        .isEqualTo(m.substring("http://".length()));

    sim.faults().metronomeDown(1, true);
    assertThat(SimHttp.get(second + "/v1/jobs/ha").code()).isEqualTo(200); // state survived
    assertThat(SimHttp.get(second + "/leader").json().get("leader").asText())
        .isEqualTo(second.substring("http://".length()));
  }

  @Test
  void faultsLookLikeMetronomesOwnAndInstancesStopAndStart() {
    start(2);
    String master = sim.mesosUrls().get(0);
    String second = sim.metronomeUrls().get(1);
    assertThat(SimHttp.send("POST", master + "/__sim/fail?service=metronome&count=2&status=503",
        null).code()).isEqualTo(200);
    SimHttp.Reply busy = SimHttp.get(m + "/v1/jobs");
    assertThat(busy.code()).isEqualTo(503);
    assertThat(busy.body()).isEqualTo("No consistent leadership");
    sim.faults().failNext("metronome", 1, 500);
    SimHttp.Reply error = SimHttp.get(m + "/v1/jobs");
    assertThat(error.code()).isEqualTo(500);
    assertThat(error.body()).isEqualTo("{\"requestPath\":\"/v1/jobs\"}");
    assertThat(SimHttp.get(m + "/v1/jobs").code()).isEqualTo(200);

    SimHttp.send("POST", master + "/__sim/drop?service=metronome&count=1", null);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SimHttp.get(m + "/v1/jobs"))
        .isInstanceOf(java.io.UncheckedIOException.class);

    assertThat(SimHttp.send("POST", master + "/__sim/stop?service=metronome&instance=1", null)
        .code()).isEqualTo(200);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SimHttp.get(m + "/ping"))
        .isInstanceOf(java.io.UncheckedIOException.class);
    assertThat(SimHttp.get(second + "/v1/jobs").code()).isEqualTo(200);
    SimHttp.send("POST", master + "/__sim/stop?service=metronome&instance=2", null);
    SimHttp.send("POST", master + "/__sim/start?service=metronome&instance=1", null);
    assertThat(SimHttp.get(m + "/leader").code()).isEqualTo(200);
    assertThat(sim.describe().get("metronome")).hasSize(2);
  }

  @Test
  void withCredentialsRequiredItAnswersLikeItsAuthPlugin() {
    sim = ClusterSim.builder().agents(1).freePorts().steppedClock()
        .auth(io.pdimesos.sim.http.SimAuth.token("t0k3n")).build().start();
    SimHttp.Reply r = SimHttp.get(sim.metronomeUrls().get(0) + "/v1/jobs");
    assertThat(r.code()).isEqualTo(401);
    assertThat(r.body()).isEqualTo("{\"message\":\"Invalid username or password.\"}");
  }
}
