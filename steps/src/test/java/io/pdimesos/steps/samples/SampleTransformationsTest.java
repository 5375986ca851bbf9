package io.pdimesos.steps.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.marathon.App;
import io.pdimesos.core.marathon.AppDefinition;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.testing.ClusterParameters;
import io.pdimesos.pdiapi.StepChain;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.model.Agent;
import io.pdimesos.steps.ClusterStepMeta;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pentaho.di.core.row.RowMeta;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.variables.Variables;
import org.w3c.dom.Element;

/**
 * The sample transformations in sample-ktr/ run as Pan would, against the emulator: only the
 * cluster URLs are overridden (the emulator runs on free ports here, not on the defaults of
 * {@code pdi-mesos sim}), every other parameter keeps its default. What reaches PDI's own output
 * steps (stand-ins, see {@link PanLikeRunner}) is compared with the emulator's model.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SampleTransformationsTest {
  private static final Path SAMPLES = Path.of("..", "sample-ktr");
  private static final Path CLUSTER_INVENTORY = SAMPLES.resolve("cluster-inventory.ktr");
  private static final Path BULK_SCALE = SAMPLES.resolve("bulk-scale.ktr");
  /** The tags StepMeta writes around a step's own getXML, in Spoon's order. */
  private static final List<String> BEFORE_STEP_XML = List.of("name", "type", "description",
      "distribute", "custom_distribution", "copies", "partitioning");
  private static final List<String> AFTER_STEP_XML = List.of("attributes", "cluster_schema",
      "remotesteps", "GUI");
  private ClusterSim sim;

  @BeforeEach
  void start() {
    sim = ClusterSim.builder().agents(3).freePorts().speed(20).build().start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  /** Deploys an app and waits (bounded) until all its instances run. */
  private void deploy(String id, int instances) throws InterruptedException {
    MarathonClient marathon = ClusterParameters.marathon(sim);
    marathon.upsert(AppDefinition.builder().id(id).cmd("sleep 3600").instances(instances)
        .cpus(0.1).mem(32).build(), false, false, CancellationToken.none());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    App app = marathon.app(id, CancellationToken.none());
    while ((app.tasksRunning() < instances || !app.deploymentIds().isEmpty())
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
      app = marathon.app(id, CancellationToken.none());
    }
    assertThat(app.tasksRunning()).as(id + " running instances").isEqualTo(instances);
  }

  @Test
  void clusterInventoryWritesEveryAgentTaskAndAppOfTheEmulator() throws Exception {
    deploy("/etl/carte", 3);
    deploy("/etl/datamart", 1);
    PanLikeRunner runner = new PanLikeRunner(CLUSTER_INVENTORY);
    StepChain chain = runner.chain(ClusterParameters.urls(sim));

    assertThat(chain.run(PanLikeRunner.MAX_CALLS)).as("the transformation ends without errors")
        .isTrue();

    List<String> agentHosts = sim.model().agents().stream().map(Agent::hostname).toList();
    assertThat(chain.rows("Write agents")).as("one row per agent of the emulator")
        .hasSize(agentHosts.size());
    int hostname = chain.rowMeta("Write agents").indexOfValue("hostname");
    assertThat(chain.rows("Write agents")).extracting(row -> (String) row[hostname])
        .containsExactlyInAnyOrderElementsOf(agentHosts);

    int taskCount = sim.model().allTasks().size();
    assertThat(taskCount).as("the emulator runs the four instances (and Chronos tasks, if any): not the agents count")
        .isGreaterThanOrEqualTo(4);
    assertThat(chain.rows("Write tasks")).as("one row per task, active and completed")
        .hasSize(taskCount);
    int state = chain.rowMeta("Write tasks").indexOfValue("state");
    assertThat(chain.rows("Write tasks")).extracting(row -> (String) row[state])
        .filteredOn("TASK_RUNNING"::equals).hasSizeGreaterThanOrEqualTo(4);

    List<App> apps = ClusterParameters.marathon(sim).apps(null, null, null, List.of(),
        CancellationToken.none());
    assertThat(chain.rows("Write apps")).as("one row per Marathon app").hasSize(apps.size());
    int id = chain.rowMeta("Write apps").indexOfValue("id");
    int instances = chain.rowMeta("Write apps").indexOfValue("instances");
    assertThat(chain.rows("Write apps")).extracting(row -> row[id] + "=" + row[instances])
        .contains("/etl/carte=3", "/etl/datamart=1");

    // what reaches the text file outputs is what the steps declare to Spoon
    for (String[] pair : new String[][] {{"Mesos agents", "Write agents"},
        {"Mesos tasks", "Write tasks"}, {"Marathon apps", "Write apps"}}) {
      ClusterStepMeta meta = PanLikeRunner.load(runner.steps().get(pair[0]));
      RowMeta declared = new RowMeta();
      meta.getFields(declared, pair[0], null, null, new Variables(), null, null);
      assertThat(chain.rowMeta(pair[1]).getFieldNames()).as(pair[1])
          .containsExactly(declared.getFieldNames());
    }
  }

  @Test
  void bulkScaleScalesTheListedAppsAndSendsTheMissingOneToTheErrorHop() throws Exception {
    // the stack deploy-etl-stack.kjb leaves behind, at other counts than the CSV's targets
    deploy("/etl/carte", 1);
    deploy("/etl/datamart", 2);
    PanLikeRunner runner = new PanLikeRunner(BULK_SCALE);
    StepChain chain = runner.chain(ClusterParameters.urls(sim));

    assertThat(chain.run(PanLikeRunner.MAX_CALLS))
        .as("a failed row on the error hop does not fail the transformation").isTrue();

    RowMetaInterface scaledMeta = chain.rowMeta("Write scaled");
    assertThat(scaledMeta.getFieldNames()).containsExactly("app_id", "instances", "status",
        "http_code", "deployment_id", "version", "message", "duration_ms");
    assertThat(chain.rows("Write scaled")).extracting(row -> row[0] + "=" + row[1])
        .as("the CSV's order, kept under concurrency").containsExactly("/etl/carte=2",
            "/etl/datamart=1");
    int http = scaledMeta.indexOfValue("http_code");
    assertThat(chain.rows("Write scaled")).extracting(row -> ((Number) row[http]).intValue())
        .containsOnly(200);
    int status = scaledMeta.indexOfValue("status");
    int deployment = scaledMeta.indexOfValue("deployment_id");
    assertThat(chain.rows("Write scaled")).extracting(row -> row[status])
        .containsOnly("SUCCEEDED");
    assertThat(chain.rows("Write scaled")).extracting(row -> (String) row[deployment])
        .allSatisfy(id -> assertThat(id).isNotBlank());
    MarathonClient marathon = ClusterParameters.marathon(sim);
    for (String[] target : new String[][] {{"/etl/carte", "2"}, {"/etl/datamart", "1"}}) {
      App app = marathon.app(target[0], CancellationToken.none());
      int instances = Integer.parseInt(target[1]);
      assertThat(app.instances()).as(target[0] + " in the emulator").isEqualTo(instances);
      assertThat(app.tasksRunning()).as(target[0] + " running (the step waited)")
          .isEqualTo(instances);
      assertThat(app.deploymentIds()).as(target[0] + " deployments left").isEmpty();
    }

    RowMetaInterface failedMeta = chain.rowMeta("Write failures");
    assertThat(failedMeta.getFieldNames()).as("the input fields plus the error fields")
        .containsExactly("app_id", "instances", "error_count", "error_description",
            "error_fields", "error_code");
    assertThat(chain.rows("Write failures")).hasSize(1);
    Object[] failed = chain.rows("Write failures").get(0);
    assertThat(failed[0]).isEqualTo("/etl/reports");
    assertThat(failed[1]).isEqualTo(2L);
    assertThat(failed[2]).isEqualTo(1L);
    assertThat((String) failed[3]).as("Marathon's own message").contains("/etl/reports");
    assertThat((String) failed[5]).as("error code").isEqualTo("MARATHON_404");
    assertThat(chain.stepCopy("Scale apps").getLinesRejected()).isEqualTo(1);
    assertThat(marathon.apps(null, null, null, List.of(), CancellationToken.none()))
        .extracting(App::id).as("nothing created for the missing app")
        .containsExactlyInAnyOrder("/etl/carte", "/etl/datamart");
  }

  /**
   * Every sample is as Spoon would save it: each of our steps holds exactly what its getXML
   * writes (so a setting added later shows up here), wrapped in StepMeta's tags in Spoon's order;
   * every other step is a PDI step the samples may use; hops join existing steps; every variable
   * is a parameter, a cluster variable (PDI_*) or one PDI sets (Internal.*); the cluster URLs
   * default to {@code pdi-mesos sim}, as in the sample jobs.
   */
  @ParameterizedTest
  @ValueSource(strings = {"cluster-inventory.ktr", "bulk-scale.ktr"})
  void everySampleIsWrittenAsSpoonWouldSaveIt(String file) throws Exception {
    PanLikeRunner runner = new PanLikeRunner(SAMPLES.resolve(file));
    String text = Files.readString(runner.file());
    Map<String, ClusterStepMeta> ours = PanLikeRunner.stepTypes();
    int ourSteps = 0;
    for (Element step : runner.steps().values()) {
      String name = PanLikeRunner.text(step, "name");
      String type = PanLikeRunner.text(step, "type");
      List<String> tags = childTags(step);
      assertThat(tags.subList(0, BEFORE_STEP_XML.size())).as(file + ": " + name)
          .containsExactlyElementsOf(BEFORE_STEP_XML);
      assertThat(tags.subList(tags.size() - AFTER_STEP_XML.size(), tags.size()))
          .as(file + ": " + name).containsExactlyElementsOf(AFTER_STEP_XML);
      if (!ours.containsKey(type)) {
        assertThat(type).as(file + ": " + name)
            .isIn(PanLikeRunner.CSV_INPUT, PanLikeRunner.TEXT_FILE_OUTPUT);
        continue;
      }
      ourSteps++;
      ClusterStepMeta meta = PanLikeRunner.load(step);
      Matcher own = Pattern.compile("<name>" + Pattern.quote(name) + "</name>.*?</partitioning>\n"
          + "(.*?)    <attributes/>", Pattern.DOTALL).matcher(text);
      assertThat(own.find()).as(file + ": " + name).isTrue();
      assertThat(own.group(1)).as(file + ": " + name + " holds exactly what getXML writes")
          .isEqualTo(meta.getXML());
    }
    assertThat(ourSteps).as(file + ": steps of this project").isPositive();
    for (PanLikeRunner.Hop h : runner.hops()) {
      assertThat(runner.steps()).as(file + ": hop " + h).containsKeys(h.from(), h.to());
    }
    for (PanLikeRunner.ErrorHandling e : runner.errorHandling().values()) {
      assertThat(runner.hops()).as(file + ": error hop " + e)
          .contains(new PanLikeRunner.Hop(e.source(), e.target()));
    }
    Map<String, String> defaults = Map.of("PDI_MESOS_MASTERS", "http://127.0.0.1:5050",
        "PDI_MARATHON_URL", "http://127.0.0.1:8080");
    defaults.forEach((k, v) -> {
      if (runner.parameters().containsKey(k)) {
        assertThat(runner.parameters().get(k)).as(file + ": " + k).isEqualTo(v);
      }
    });
    Matcher vars = Pattern.compile("\\$\\{([^}]+)\\}").matcher(text);
    while (vars.find()) {
      String var = vars.group(1);
      assertThat(runner.parameters().containsKey(var) || var.startsWith("PDI_")
          || var.startsWith("Internal.")).as(file + ": undeclared ${" + var + "}").isTrue();
    }
  }

  private static List<String> childTags(Element parent) {
    List<String> tags = new java.util.ArrayList<>();
    for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element el) {
        tags.add(el.getTagName());
      }
    }
    return tags;
  }
}
