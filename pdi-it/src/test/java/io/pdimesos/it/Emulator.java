package io.pdimesos.it;

import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.ClusterSimBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cluster a real-PDI test talks to: the in-process emulator on ports the OS picks (its agents
 * on loopback aliases), so tests and other emulators on the machine never collide.
 */
public final class Emulator {
  private Emulator() {}

  /** Two agents, one of each service, free ports, real time. */
  public static ClusterSim start() {
    return builder().build().start();
  }

  /** {@link #start()}'s settings, for a test that needs more (credentials, faults, a stepped clock). */
  public static ClusterSimBuilder builder() {
    return ClusterSim.builder().agents(2).freePorts();
  }

  /**
   * What the steps and entries act on: the shipped sample Carte app (sample-ktr/definitions) as
   * {@code /it/carte} on Marathon and the sample Kitchen batch as {@code it-batch} on Chronos.
   */
  public static void deploySamples(ClusterSim sim, String authorization) {
    try {
      String app = Files.readString(BuiltPlugin.repoFile("sample-ktr/definitions/carte-server.marathon.json"))
          .replace("${CARTE_APP_ID}", "/it/carte").replace("${CARTE_INSTANCES}", "1")
          .replace("${PDI_IMAGE}", "pentaho/pdi-ce:9.4").replace("${DATAMART_HOST}", "datamart");
      String marathon = sim.marathonUrls().get(0);
      send("PUT", marathon + "/v2/apps/it/carte", app, authorization);
      // Marathon refuses to change an app while its deployment runs (409): act on a settled one.
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!send("GET", marathon + "/v2/deployments", null, authorization).trim().equals("[]")) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("the sample app's deployment did not finish within 30 s");
        }
        Thread.sleep(100);
      }
      String job = Files.readString(BuiltPlugin.repoFile("sample-ktr/definitions/kitchen-batch.chronos.json"))
          .replace("${BATCH_JOB_NAME}", "it-batch").replace("${PDI_IMAGE}", "pentaho/pdi-ce:9.4")
          .replace("${DATAMART_HOST}", "datamart");
      send("POST", sim.chronosUrls().get(0) + "/v1/scheduler/iso8601", job, authorization);
      String metronomeJob = Files.readString(BuiltPlugin.repoFile(
          "sample-ktr/definitions/kitchen-batch.metronome.json")).replace("${BATCH_JOB_ID}", "it.batch")
          .replace("${PDI_IMAGE}", "pentaho/pdi-ce:9.4").replace("${DATAMART_HOST}", "datamart");
      send("POST", sim.metronomeUrls().get(0) + "/v1/jobs", metronomeJob, authorization);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The Authorization header of HTTP Basic. */
  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Sends one request to the emulator, as a test's set-up (an app or a job that must already
   * exist), and returns the answer's body; anything but a 2xx answer fails the test with it.
   */
  public static String send(String method, String url, String json, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new AssertionError(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The README's way to describe the cluster to PDI: the variables every entry's and step's connection uses. */
  public static Map<String, String> kettleProperties(ClusterSim sim) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("PDI_MESOS_MASTERS", String.join(",", sim.mesosUrls()));
    values.put("PDI_MARATHON_URL", String.join(",", sim.marathonUrls()));
    values.put("PDI_CHRONOS_URL", String.join(",", sim.chronosUrls()));
    values.put("PDI_METRONOME_URL", String.join(",", sim.metronomeUrls()));
    values.put("PDI_WEAVE_URL", String.join(",", sim.weaveUrls()));
    return values;
  }
}
