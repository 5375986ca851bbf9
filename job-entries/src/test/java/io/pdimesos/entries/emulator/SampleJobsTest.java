package io.pdimesos.entries.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosVersion;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.metronome.JobHistory;
import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.metronome.MetronomeClient.Embed;
import io.pdimesos.core.metronome.MetronomeJob;
import io.pdimesos.core.testing.ClusterParameters;
import io.pdimesos.entries.ClusterJobEntry;
import io.pdimesos.entries.EntryTesting;
import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.sim.ClusterSim;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.job.Job;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * The sample jobs in sample-ktr/ run as Kitchen would, against the emulator: only the cluster
 * URLs are overridden (the emulator runs on free ports here, not on the defaults of
 * {@code pdi-mesos sim}), every other parameter keeps its default.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SampleJobsTest {
  private static final Path SAMPLES = Path.of("..", "sample-ktr");
  private static final Path DEPLOY_ETL_STACK = SAMPLES.resolve("deploy-etl-stack.kjb");
  private static final Path NIGHTLY_BATCH = SAMPLES.resolve("nightly-batch.kjb");
  private static final Path NIGHTLY_BATCH_METRONOME = SAMPLES.resolve("nightly-batch-metronome.kjb");
  /** The emulator's default ports, which every sample's cluster parameters default to. */
  private static final Map<String, String> SIM_DEFAULTS = Map.of(
      "PDI_MESOS_MASTERS", "http://127.0.0.1:5050",
      "PDI_MARATHON_URL", "http://127.0.0.1:8080",
      "PDI_CHRONOS_URL", "http://127.0.0.1:4400",
      "PDI_METRONOME_URL", "http://127.0.0.1:9000");
  /**
   * The emulator's clock runs 50 times faster: a daily schedule could fire during a test and run
   * the chain a second time, so the Metronome sample's tests schedule the extract in 2099.
   */
  static final String NOT_DURING_THE_TEST = "0 2 1 1 * 2099";
  private ClusterSim sim;

  @BeforeEach
  void start() {
    LogCapture.clear();
    sim = ClusterSim.builder().agents(3).freePorts().speed(50).build().start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void deployEtlStackDeploysRunsTheBatchAndScalesCarteDown() throws Exception {
    KitchenLikeRunner runner = new KitchenLikeRunner(DEPLOY_ETL_STACK);
    // Detailed, as kitchen -level=Detailed: the batch's log tail is logged at that level
    Job job = EntryTesting.job(LogLevel.DETAILED, Map.of());

    KitchenLikeRunner.Outcome out = runner.run(job, ClusterParameters.urls(sim));

    assertThat(out.endType()).as(out.path() + "\n" + LogCapture.text()).isEqualTo("SUCCESS");
    assertThat(out.path()).containsExactly("START", "Check Mesos", "Check Weave network",
        "Deploy datamart", "Deploy Carte", "Submit Kitchen batch", "Run Kitchen batch",
        "Scale Carte to 1", "Success");
    assertThat(job.getVariable("CHRONOS_RUN_STATE")).isEqualTo("SUCCEEDED");
    assertThat(LogCapture.text()).contains("Kitchen - Finished!");
    CancellationToken none = CancellationToken.none();
    MarathonClient marathon = ClusterParameters.marathon(sim);
    assertThat(marathon.app(runner.parameters().get("CARTE_APP_ID"), none).instances())
        .isEqualTo(1);
    assertThat(marathon.app(runner.parameters().get("DATAMART_APP_ID"), none).instances())
        .isEqualTo(1);
  }

  @Test
  void deployEtlStackRollsBackAndAbortsWhenMarathonIsUnreachable() throws Exception {
    KitchenLikeRunner runner = new KitchenLikeRunner(DEPLOY_ETL_STACK);
    Job job = EntryTesting.job(LogLevel.BASIC, Map.of());
    Map<String, String> urls = ClusterParameters.urls(sim);
    urls.put("PDI_MARATHON_URL", "http://127.0.0.1:" + EntryTesting.closedPort());

    KitchenLikeRunner.Outcome out = runner.run(job, urls);

    assertThat(out.endType()).as(out.path() + "\n" + LogCapture.text()).isEqualTo("ABORT");
    assertThat(out.path()).containsExactly("START", "Check Mesos", "Check Weave network",
        "Deploy datamart", "Roll back datamart", "Abort");
    assertThat(LogCapture.text()).contains("Cannot reach");
    // nothing reached the real Marathon
    Assertions.assertThatThrownBy(() -> ClusterParameters.marathon(sim).app("/etl/datamart",
        CancellationToken.none()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void nightlyBatchSubmitsTheChainAndChronosRunsItToTheReport() throws Exception {
    KitchenLikeRunner runner = new KitchenLikeRunner(NIGHTLY_BATCH);
    Job job = EntryTesting.job(LogLevel.DETAILED, Map.of());

    KitchenLikeRunner.Outcome out = runner.run(job, ClusterParameters.urls(sim));

    assertThat(out.endType()).as(out.path() + "\n" + LogCapture.text()).isEqualTo("SUCCESS");
    assertThat(out.path()).containsExactly("START", "Check Mesos", "Submit extract",
        "Submit load", "Submit report", "Run extract now", "Success");
    assertThat(job.getVariable("CHRONOS_RUN_STATE")).isEqualTo("SUCCEEDED");
    assertThat(LogCapture.text()).contains("Running /jobs/extract_sales.kjb");
    // Chronos itself runs the dependents after the extract: wait for the report, bounded
    ChronosClient chronos = chronos();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (chronos.getJob("nightly-report", CancellationToken.none()).successCount() == 0
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(chronos.getJob("nightly-load", CancellationToken.none()).successCount())
        .isEqualTo(1);
    assertThat(chronos.getJob("nightly-report", CancellationToken.none()).successCount())
        .isEqualTo(1);
    assertThat(chronos.getJob("nightly-report", CancellationToken.none()).errorCount()).isZero();
  }

  @Test
  void nightlyBatchDeletesTheChainAndAbortsWhenTheExtractFails() throws Exception {
    KitchenLikeRunner runner = new KitchenLikeRunner(NIGHTLY_BATCH);
    Job job = EntryTesting.job(LogLevel.BASIC, Map.of());
    Map<String, String> params = ClusterParameters.urls(sim);
    params.put("EXTRACT_COMMAND", "echo extract failed >&2; exit 3");

    KitchenLikeRunner.Outcome out = runner.run(job, params);

    assertThat(out.endType()).as(out.path() + "\n" + LogCapture.text()).isEqualTo("ABORT");
    assertThat(out.path()).containsExactly("START", "Check Mesos", "Submit extract",
        "Submit load", "Submit report", "Run extract now", "Delete report", "Delete load",
        "Delete extract", "Abort");
    assertThat(out.results()).containsEntry("Delete report", true)
        .containsEntry("Delete load", true).containsEntry("Delete extract", true);
    assertThat(LogCapture.text()).contains("extract failed");
    ChronosClient chronos = chronos();
    for (String name : List.of("nightly-extract", "nightly-load", "nightly-report")) {
      assertThat(chronos.findJob(name, CancellationToken.none())).as(name).isNull();
    }
  }

  @Test
  void nightlyBatchMetronomeSubmitsTheChainAndMetronomeRunsItToTheReport() throws Exception {
    KitchenLikeRunner runner = new KitchenLikeRunner(NIGHTLY_BATCH_METRONOME);
    Job job = EntryTesting.job(LogLevel.DETAILED, Map.of());
    Map<String, String> params = ClusterParameters.urls(sim);
    params.put("NIGHTLY_CRON", NOT_DURING_THE_TEST);

    KitchenLikeRunner.Outcome out = runner.run(job, params);

    assertThat(out.endType()).as(out.path() + "\n" + LogCapture.text()).isEqualTo("SUCCESS");
    assertThat(out.path()).containsExactly("START", "Check Mesos", "Submit extract",
        "Submit load", "Submit report", "Run extract now", "Success");
    assertThat(job.getVariable("METRONOME_RUN_OUTCOME")).isEqualTo("SUCCEEDED");
    assertThat(job.getVariable("METRONOME_STDOUT_TAIL")).contains("Running /jobs/extract_sales.kjb");
    MetronomeClient metronome = metronome();
    MetronomeJob extract = metronome.getJob("nightly.extract", CancellationToken.none());
    assertThat(extract.schedule().cron()).isEqualTo(NOT_DURING_THE_TEST);
    assertThat(extract.schedule().timezone()).isEqualTo("Europe/Berlin");
    assertThat(metronome.getJob("nightly.report", CancellationToken.none()).dependencies())
        .containsExactly("nightly.load");
    // Metronome itself runs the dependants after the extract: wait for the report, bounded
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (history(metronome, "nightly.report").successCount() == 0
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(history(metronome, "nightly.load").successCount()).isEqualTo(1);
    assertThat(history(metronome, "nightly.report").successCount()).isEqualTo(1);
    assertThat(history(metronome, "nightly.report").failureCount()).isZero();
  }

  @Test
  void nightlyBatchMetronomeDeletesTheChainAndAbortsWhenTheExtractFails() throws Exception {
    KitchenLikeRunner runner = new KitchenLikeRunner(NIGHTLY_BATCH_METRONOME);
    Job job = EntryTesting.job(LogLevel.BASIC, Map.of());
    Map<String, String> params = ClusterParameters.urls(sim);
    params.put("NIGHTLY_CRON", NOT_DURING_THE_TEST);
    params.put("EXTRACT_COMMAND", "echo extract failed >&2; exit 3");

    KitchenLikeRunner.Outcome out = runner.run(job, params);

    assertThat(out.endType()).as(out.path() + "\n" + LogCapture.text()).isEqualTo("ABORT");
    assertThat(out.path()).containsExactly("START", "Check Mesos", "Submit extract",
        "Submit load", "Submit report", "Run extract now", "Delete report", "Delete load",
        "Delete extract", "Abort");
    assertThat(out.results()).containsEntry("Delete report", true)
        .containsEntry("Delete load", true).containsEntry("Delete extract", true);
    assertThat(job.getVariable("METRONOME_RUN_OUTCOME")).isEqualTo("FAILED");
    assertThat(LogCapture.text()).contains("extract failed");
    MetronomeClient metronome = metronome();
    for (String id : List.of("nightly.extract", "nightly.load", "nightly.report")) {
      assertThat(metronome.findJob(id, null, CancellationToken.none())).as(id).isNull();
    }
  }

  private MetronomeClient metronome() {
    return new MetronomeClient(ServiceSettings.of(String.join(",", sim.metronomeUrls())),
        ProgressListener.NONE);
  }

  private static JobHistory history(MetronomeClient metronome, String id) {
    return metronome.getJob(id, EnumSet.of(Embed.HISTORY_SUMMARY), CancellationToken.none())
        .historySummary();
  }

  private ChronosClient chronos() {
    return new ChronosClient(ServiceSettings.of(String.join(",", sim.chronosUrls())),
        ChronosVersion.AUTO, ProgressListener.NONE);
  }

  /**
   * Every sample is as Spoon would save it: entry types ours or PDI's START/SUCCESS/ABORT, each
   * of our entries with exactly the tags and values its getXML writes (so a setting added later
   * shows up here), hops between existing entries, the cluster URLs defaulting to the emulator.
   */
  @ParameterizedTest
  @ValueSource(strings = {"deploy-etl-stack.kjb", "nightly-batch.kjb",
      "nightly-batch-metronome.kjb"})
  void everySampleIsWrittenAsSpoonWouldSaveIt(String file) throws Exception {
    KitchenLikeRunner runner = new KitchenLikeRunner(SAMPLES.resolve(file));
    for (Element e : runner.entries().values()) {
      String type = KitchenLikeRunner.text(e, "type");
      if (List.of("SPECIAL", "SUCCESS", "ABORT").contains(type)) {
        continue;
      }
      ClusterJobEntry entry = KitchenLikeRunner.newEntry(type);
      entry.loadXML(e, null, null, null, null);
      Element saved = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new InputSource(new StringReader("<entry>" + entry.getXML() + "</entry>")))
          .getDocumentElement();
      assertThat(childTexts(e)).as(file + ": " + KitchenLikeRunner.text(e, "name"))
          .containsAllEntriesOf(childTexts(saved));
    }
    for (KitchenLikeRunner.Hop h : runner.hops()) {
      assertThat(runner.entries()).as(file + ": hop " + h).containsKeys(h.from(), h.to());
    }
    Map<String, String> cluster = new HashMap<>(runner.parameters());
    cluster.keySet().retainAll(SIM_DEFAULTS.keySet());
    assertThat(cluster).as(file + ": cluster parameters default to pdi-mesos sim").isNotEmpty();
    SIM_DEFAULTS.forEach((name, url) -> {
      if (cluster.containsKey(name)) {
        assertThat(cluster.get(name)).as(file + ": " + name).isEqualTo(url);
      }
    });

    // every referenced definition exists next to the job, and every variable the job or its
    // definitions use is a parameter, a cluster variable (PDI_*) or one PDI sets (Internal.*)
    String text = Files.readString(SAMPLES.resolve(file));
    Matcher files = Pattern.compile("<definition_file>\\$\\{Internal.Entry.Current.Directory\\}/"
        + "([^<]+)</definition_file>").matcher(text);
    while (files.find()) {
      Path definition = SAMPLES.resolve(files.group(1));
      assertThat(definition).as(file).isRegularFile();
      text += Files.readString(definition);
    }
    Matcher vars = Pattern.compile("\\$\\{([^}]+)\\}").matcher(text);
    while (vars.find()) {
      String name = vars.group(1);
      assertThat(runner.parameters().containsKey(name) || name.startsWith("PDI_")
          || name.startsWith("Internal.")).as(file + ": undeclared ${" + name + "}").isTrue();
    }
  }

  private static Map<String, String> childTexts(Element parent) {
    Map<String, String> out = new HashMap<>();
    for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element el) {
        out.put(el.getTagName(), el.getTextContent().strip());
      }
    }
    return out;
  }
}
