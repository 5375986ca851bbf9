package io.pdimesos.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdimesos.sim.ClusterSim;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the emulator holds after a PDI run, read over its own REST API as an operator would check
 * it (never through the plugin under test): Marathon apps, Chronos and Metronome jobs, Mesos tasks.
 */
public final class ClusterState {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final ClusterSim sim;
  private final String authorization;

  public ClusterState(ClusterSim sim) {
    this(sim, null);
  }

  /** For an emulator with auth: {@code authorization} is the header's value, e.g. {@code Bearer <token>}. */
  public ClusterState(ClusterSim sim, String authorization) {
    this.sim = sim;
    this.authorization = authorization;
  }

  /** Marathon's apps by id ({@code /etl/carte}). */
  public Map<String, JsonNode> apps() {
    Map<String, JsonNode> apps = new TreeMap<>();
    get(sim.marathonUrls().get(0) + "/v2/apps").path("apps").forEach(a -> apps.put(a.path("id").asText(), a));
    return apps;
  }

  /** Chronos's jobs by name. */
  public Map<String, JsonNode> chronosJobs() {
    Map<String, JsonNode> jobs = new TreeMap<>();
    get(sim.chronosUrls().get(0) + "/v1/scheduler/jobs").forEach(j -> jobs.put(j.path("name").asText(), j));
    return jobs;
  }

  /** Metronome's jobs by id, each with its history summary (counters, last success and failure). */
  public Map<String, JsonNode> metronomeJobs() {
    Map<String, JsonNode> jobs = new TreeMap<>();
    get(sim.metronomeUrls().get(0) + "/v1/jobs?embed=historySummary")
        .forEach(j -> jobs.put(j.path("id").asText(), j));
    return jobs;
  }

  /** The ids of the deployments Marathon is still running for {@code appId}. */
  public List<String> deploymentIds(String appId) {
    List<String> ids = new ArrayList<>();
    get(sim.marathonUrls().get(0) + "/v2/deployments").forEach(d -> {
      if (texts(d.path("affectedApps")).contains(appId)) {
        ids.add(d.path("id").asText());
      }
    });
    return ids;
  }

  /** Chronos's own word for what a job is doing: {@code idle}, {@code queued}, {@code 1 running}. */
  public String chronosJobState(String name) {
    for (JsonNode job : get(sim.chronosUrls().get(0) + "/v1/scheduler/jobs/summary").path("jobs")) {
      if (job.path("name").asText().equals(name)) {
        return job.path("state").asText();
      }
    }
    throw new AssertionError("Chronos has no job " + name);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** The leading master's {@code /master/state}. */
  public JsonNode mesosState() {
    return get(sim.mesosUrls().get(0) + "/master/state");
  }

  /**
   * Waits (bounded) until {@code condition} holds on the Chronos jobs: Chronos runs a chain's
   * dependents by itself, after the PDI run that triggered the first one has ended.
   */
  public Map<String, JsonNode> awaitChronosJobs(Predicate<Map<String, JsonNode>> condition, Duration timeout)
      throws InterruptedException {
    return await(this::chronosJobs, condition, timeout);
  }

  /** As {@link #awaitChronosJobs}, for Metronome, which runs a job's dependants by itself too. */
  public Map<String, JsonNode> awaitMetronomeJobs(Predicate<Map<String, JsonNode>> condition, Duration timeout)
      throws InterruptedException {
    return await(this::metronomeJobs, condition, timeout);
  }

  private static Map<String, JsonNode> await(Supplier<Map<String, JsonNode>> read,
      Predicate<Map<String, JsonNode>> condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, JsonNode> jobs = read.get();
    while (!condition.test(jobs) && System.nanoTime() < deadline) {
      Thread.sleep(100);
      jobs = read.get();
    }
    return jobs;
  }

  private JsonNode get(String url) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new AssertionError("GET " + url + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("GET " + url + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted reading " + url, e);
    }
  }
}
