package io.pdimesos.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every copied Metronome fixture (fixtures/metronome/SOURCES.md) against the emulator: example
 * bodies it must accept (or, where upstream's example is invalid, refuse the way Metronome
 * does), answers whose keys and JSON types must be those of upstream's examples (Shape), and
 * answers that must satisfy upstream's schemas.
 */
class MetronomeFidelityTest {
  /** Keys Metronome 0.6 writes that the (older) RAML examples lack. */
  private static final Set<String> NEWER_KEYS = Set.of("dependencies", "gpus", "secrets",
      "networks", "schedules", "nextRunAt", "config", "parameters", "forcePullImage",
      "privileged", "maxLaunchDelay", "labels", "artifacts", "volumes", "env", "placement");
  ClusterSim sim;
  String m;

  @BeforeEach
  void start() {
    sim = ClusterSim.builder().agents(1).freePorts().steppedClock().build().start();
    m = sim.metronomeUrls().get(0);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private static JsonSchema schema(String file) {
    ObjectNode s = (ObjectNode) Shape.fixture("metronome/" + file);
    s.remove("$schema");
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(s);
  }

  private SimHttp.Reply post(String path, String body) {
    return SimHttp.send("POST", m + path, body);
  }

  private static String fixture(String file) {
    return Shape.text("metronome/" + file);
  }

  /** The spec part of an answer: what a client could send back. */
  private static JsonNode spec(JsonNode answer) {
    ObjectNode s = answer.deepCopy();
    s.remove(java.util.List.of("activeRuns", "history", "historySummary"));
    s.withArray("schedules").forEach(x -> ((ObjectNode) x).remove("nextRunAt"));
    return s;
  }

  @Test
  void theFullExampleJobRoundTripsWithUpstreamsKeysAndSchema() {
    SimHttp.Reply created = post("/v1/jobs", fixture("v1.examples.job.json"));
    assertThat(created.code()).isEqualTo(201);
    JsonNode got = SimHttp.get(m + "/v1/jobs/prod.example.app").json();
    JsonNode example = Shape.fixture("metronome/v1.examples.job.json");

    assertThat(Shape.diff(example, got, Set.of(), NEWER_KEYS)).isEmpty();
    assertThat(Shape.diff(example, created.json(), Set.of(), NEWER_KEYS)).isEmpty();
    assertThat(got.get("run").get("placement").get("constraints").get(0).get("operator")
        .asText()).isEqualTo("IS"); // EQ is stored as IS (JobSpecControllerTest)
    assertThat(schema("v1.schema.jobspec.schema.json").validate(spec(got))).isEmpty();
  }

  @Test
  void theV0ExampleWithItsScheduleIsAcceptedAndItsAnswerFitsBothSchemas() {
    SimHttp.Reply created = post("/v1/jobs", fixture("v0.examples.job.json"));
    assertThat(created.code()).isEqualTo(201);
    JsonNode got = SimHttp.get(m + "/v1/jobs/prod.example.app").json();

    // a request body: the answer adds the defaults ScheduleSpecFormat writes
    Set<String> defaults = new java.util.HashSet<>(NEWER_KEYS);
    defaults.addAll(Set.of("timezone", "startingDeadlineSeconds"));
    assertThat(Shape.diff(Shape.fixture("metronome/v0.examples.job.json"), got, Set.of(),
        defaults)).isEmpty();
    assertThat(got.get("schedules").get(0).get("timezone").asText()).isEqualTo("UTC");
    assertThat(schema("v1.schema.jobspec.schema.json").validate(spec(got))).isEmpty();
    assertThat(schema("v0.schema.jobspec_v0.schema.json").validate(spec(got))).isEmpty();
  }

  @Test
  void theValidExamplesAreAcceptedTheInvalidOnesRefusedAsMetronomeDoes() {
    for (String ok : new String[] {"v1.examples.job_ucr.json", "v1.examples.job_secrets.json",
        "v1.examples.job_file_based_secrets.json"}) {
      assertThat(post("/v1/jobs", fixture(ok)).code()).as(ok).isEqualTo(201);
    }
    SimHttp.Reply noDisk = post("/v1/jobs", fixture("v1.examples.job_docker_param.json"));
    assertThat(noDisk.code()).isEqualTo(422);
    JsonNode shape = Shape.fixture("metronome/v1.jobs.raml.post-422-example.json");
    assertThat(Shape.diff(shape, noDisk.json(), Set.of(), Set.of())).isEmpty();
    assertThat(noDisk.json().get("details").get(0).get("path").asText()).isEqualTo("/run");
    assertThat(noDisk.json().get("details").get(0).get("errors").get(0).asText())
        .contains("disk");

    JsonNode cleanDb = Shape.fixture("metronome/v1.examples.job_list.json").get(1);
    SimHttp.Reply badId = post("/v1/jobs", cleanDb.toString());
    assertThat(badId.code()).isEqualTo(422);
    assertThat(badId.json().get("details").get(0).get("path").asText()).isEqualTo("/id");
  }

  @Test
  void aTooSmallJobIsRefusedInTheShapeOfTheRamlExample() {
    JsonNode small = Shape.fixture("metronome/v1.examples.job_ucr.json");
    ((ObjectNode) small.get("run")).put("mem", 16);

    SimHttp.Reply r = post("/v1/jobs", small.toString());

    assertThat(r.code()).isEqualTo(422);
    JsonNode example = Shape.fixture("metronome/v1.jobs.raml.post-422-example.json");
    assertThat(Shape.diff(example, r.json(), Set.of(), Set.of())).isEmpty();
    assertThat(r.json().get("details").get(0).get("path").asText()).isEqualTo("/run/mem");
  }

  @Test
  void theJobListHasUpstreamsKeys() {
    JsonNode first = Shape.fixture("metronome/v1.examples.job_list.json").get(0);
    assertThat(post("/v1/jobs", first.toString()).code()).isEqualTo(201);

    JsonNode list = SimHttp.get(m + "/v1/jobs").json();

    assertThat(Shape.diff(Shape.fixture("metronome/v1.examples.job_list.json"), list,
        Set.of(), NEWER_KEYS)).isEmpty();
  }

  @Test
  void runsRunListAndQueueHaveUpstreamsKeys() {
    JsonNode huge = Shape.fixture("metronome/v1.examples.job_ucr.json");
    ((ObjectNode) huge.get("run")).put("cpus", 64); // no agent fits: the runs wait in the queue
    assertThat(post("/v1/jobs", huge.toString()).code()).isEqualTo(201);

    SimHttp.Reply started = post("/v1/jobs/ucr-example/runs", null);
    post("/v1/jobs/ucr-example/runs", null);
    sim.clock().advance(Duration.ofSeconds(2));

    assertThat(Shape.diff(Shape.fixture("metronome/v1.examples.run.json"), started.json(),
        Set.of(), Set.of())).isEmpty();
    JsonNode runs = SimHttp.get(m + "/v1/jobs/ucr-example/runs").json();
    assertThat(Shape.diff(Shape.fixture("metronome/v1.examples.run_list.json"), runs, Set.of(),
        Set.of())).isEmpty();
    assertThat(runs.get(0).get("status").asText()).isEqualTo("STARTING");
    JsonNode queue = SimHttp.get(m + "/v1/queue").json();
    assertThat(Shape.diff(Shape.fixture("metronome/v1.examples.queue_job_list.json"), queue,
        Set.of(), Set.of())).isEmpty();
    assertThat(queue.get(0).get("runs")).hasSize(2);
  }

  @Test
  void schedulesHaveUpstreamsKeysAndSchema() {
    post("/v1/jobs", fixture("v1.examples.job_ucr.json"));
    SimHttp.Reply added = post("/v1/jobs/ucr-example/schedules",
        fixture("v1.examples.schedule.json"));
    assertThat(added.code()).isEqualTo(201);
    JsonNode example = Shape.fixture("metronome/v1.examples.schedule.json");
    assertThat(Shape.diff(example, added.json(), Set.of(), Set.of("nextRunAt"))).isEmpty();
    assertThat(added.json().get("timezone").asText()).isEqualTo("America/Chicago");
    assertThat(schema("v1.schema.schedulespec.schema.json").validate(added.json())).isEmpty();

    JsonNode list = SimHttp.get(m + "/v1/jobs/ucr-example/schedules").json();
    assertThat(Shape.diff(Shape.fixture("metronome/v1.examples.schedule_list.json"), list,
        Set.of(), Set.of("nextRunAt"))).isEmpty();
    // one schedule at most
    JsonNode christmas = Shape.fixture("metronome/v1.examples.schedule_list.json").get(1);
    SimHttp.Reply second = post("/v1/jobs/ucr-example/schedules", christmas.toString());
    assertThat(second.code()).isEqualTo(409);
    assertThat(second.json().get("message").asText())
        .isEqualTo("requirement failed: Only one schedule supported at the moment");
  }

  @Test
  void infoHasUpstreamsKeysAndSchema() {
    JsonNode info = SimHttp.get(m + "/info").json();

    assertThat(Shape.diff(Shape.fixture("metronome/general.examples.info.json"), info, Set.of(),
        Set.of("config"))).isEmpty();
    assertThat(schema("general.schema.info.schema.json").validate(info)).isEmpty();
  }
}
