package io.pdimesos.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A path-based Metronome stand-in for one job (the RAML example {@code prod.example.app}), which
 * also answers {@code /info} and {@code /leader} (this server). Every
 * body is an upstream fixture with its ids and status set (run, run list, queue, schedule), or
 * the error shapes of {@link MetronomeFixtures}; the history, which no fixture captures, is
 * written as JobHistoryWrites writes it (models/package.scala). After a start, each read of the
 * run takes the next scripted status; {@link #GONE} makes it leave the active runs, and the
 * history then lists it after {@link #historyLag} more reads.
 */
public final class FakeMetronome extends Dispatcher {
  public static final String JOB = "prod.example.app";
  public static final String RUN = "20300101000000AbCdE";
  public static final String GONE = "GONE";

  public final List<String> calls = new CopyOnWriteArrayList<>();
  public ObjectNode job = (ObjectNode) MetronomeFixtures.json("v1.examples.job.json");
  public boolean jobExists = true;
  public final Map<String, ObjectNode> schedules = new LinkedHashMap<>();
  private final Deque<String> script = new ArrayDeque<>();
  public volatile String status;
  /** How the run ends in the history: true = successfulFinishedRuns. */
  public volatile boolean succeeds = true;
  /** History reads, after the run left, that do not list it yet. */
  public volatile int historyLag;
  /** The run never shows up in the history. */
  public volatile boolean neverInHistory;
  /** Other jobs' ids that depend on this job (DELETE answers 409). */
  public final List<String> dependants = new ArrayList<>();
  /** Delay of the start's answer (to lose it to the read timeout). */
  public volatile long startAnswerDelayMillis;
  /** Delay of the create's answer. */
  public volatile long createAnswerDelayMillis;
  public volatile boolean deletedDuringRun;
  public volatile int stops;

  public synchronized FakeMetronome afterStart(String... statuses) {
    script.addAll(List.of(statuses));
    return this;
  }

  public long count(String methodAndPathStart) {
    return calls.stream().filter(c -> c.startsWith(methodAndPathStart)).count();
  }

  @Override
  public synchronized MockResponse dispatch(RecordedRequest r) {
    String target = r.getTarget();
    String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
    String m = r.getMethod();
    calls.add(m + " " + target);
    String jobPath = "/v1/jobs/" + JOB;
    if (m.equals("POST") && path.equals("/v1/jobs")) {
      if (jobExists) {
        return answer(409, MetronomeFixtures.detail("Job with this id already exists"));
      }
      jobExists = true;
      job = (ObjectNode) json(r.getBody().utf8());
      return delayed(answer(201, Fixtures.write(job)), createAnswerDelayMillis);
    }
    if (m.equals("GET") && path.equals("/info")) {
      return answer(200, MetronomeFixtures.text("general.examples.info.json"));
    }
    if (m.equals("GET") && path.equals("/leader")) {
      return answer(200, MetronomeFixtures.leader(r.getUrl().host() + ":"
          + r.getUrl().port()));
    }
    if (m.equals("GET") && path.equals("/v1/queue")) {
      boolean queued = "INITIAL".equals(status) || "STARTING".equals(status);
      return answer(200, queued ? Fixtures.write(queue()) : "[]");
    }
    if (!path.startsWith(jobPath)) {
      return answer(404, MetronomeFixtures.clientError("Unknown route.", path));
    }
    if (!jobExists || (deletedDuringRun && status != null && GONE.equals(status))) {
      return answer(404, path.startsWith(jobPath + "/runs/")
          ? MetronomeFixtures.runNotFound(JOB, RUN) : MetronomeFixtures.jobNotFound(JOB));
    }
    String rest = path.substring(jobPath.length());
    switch (m + " " + rest) {
      case "GET ":
        return answer(200, Fixtures.write(jobWith(target)));
      case "PUT ":
        ObjectNode put = (ObjectNode) json(r.getBody().utf8());
        put.put("id", JOB);
        job = put;
        return answer(200, Fixtures.write(job));
      case "DELETE ":
        if (!dependants.isEmpty()) {
          return answer(409, MetronomeFixtures.detail("There are jobs with a dependency on "
              + JOB + ". children=[" + String.join(", ", dependants) + "]"));
        }
        if (active() && !target.contains("stopCurrentJobRuns=true")) {
          return answer(409, MetronomeFixtures.detail(
              "There are active job runs. Override with stopCurrentJobRuns=true"));
        }
        jobExists = false;
        return answer(200, Fixtures.write(job));
      case "GET /schedules":
        ArrayNode list = Fixtures.MAPPER.createArrayNode();
        schedules.values().forEach(list::add);
        return answer(200, Fixtures.write(list));
      case "POST /schedules":
        ObjectNode s = (ObjectNode) json(r.getBody().utf8());
        if (!schedules.isEmpty()) {
          return answer(409, MetronomeFixtures.detail(
              "requirement failed: Only one schedule supported at the moment"));
        }
        schedules.put(s.get("id").asText(), s);
        return answer(201, Fixtures.write(s));
      case "POST /runs":
        status = "INITIAL";
        return delayed(answer(201, Fixtures.write(run(status))), startAnswerDelayMillis);
      case "GET /runs":
        ArrayNode runs = Fixtures.MAPPER.createArrayNode();
        if (active()) {
          runs.add(run(status));
        }
        return answer(200, Fixtures.write(runs));
      default:
        break;
    }
    if (rest.startsWith("/schedules/")) {
      String id = rest.substring("/schedules/".length());
      if (m.equals("PUT")) {
        schedules.put(id, (ObjectNode) json(r.getBody().utf8()));
        return answer(200, Fixtures.write(schedules.get(id)));
      }
      if (m.equals("DELETE")) {
        schedules.remove(id);
        return new MockResponse.Builder().code(200).build();
      }
    }
    if (rest.equals("/runs/" + RUN) && m.equals("GET")) {
      if (active() && !script.isEmpty()) {
        status = script.poll();
      }
      return active() ? answer(200, Fixtures.write(run(status)))
          : answer(404, MetronomeFixtures.runNotFound(JOB, RUN));
    }
    if (rest.equals("/runs/" + RUN + "/actions/stop") && m.equals("POST")) {
      stops++;
      if (!active()) {
        return answer(404, MetronomeFixtures.runNotFound(JOB, RUN));
      }
      status = GONE;
      succeeds = false;
      return answer(200, Fixtures.write(run("FAILED")));
    }
    return answer(404, MetronomeFixtures.clientError("Unknown route.", path));
  }

  public boolean active() {
    return status != null && !GONE.equals(status);
  }

  private JsonNode jobWith(String target) {
    ObjectNode out = job.deepCopy();
    ArrayNode ss = out.putArray("schedules");
    schedules.values().forEach(ss::add);
    if (target.contains("embed=history")) {
      out.set("history", history());
    }
    if (target.contains("embed=activeRuns")) {
      ArrayNode runs = out.putArray("activeRuns");
      if (active()) {
        runs.add(run(status));
      }
    }
    return out;
  }

  /** JobHistoryWrites: counters, last times, finished runs newest first. */
  private ObjectNode history() {
    ObjectNode h = Fixtures.MAPPER.createObjectNode();
    boolean listed = GONE.equals(status) && !neverInHistory && historyLag-- <= 0;
    h.put("successCount", listed && succeeds ? 1 : 0).put("failureCount", listed && !succeeds
        ? 1 : 0);
    h.set("lastSuccessAt", listed && succeeds ? h.textNode("2030-01-01T00:01:00.000+0000")
        : h.nullNode());
    h.set("lastFailureAt", listed && !succeeds ? h.textNode("2030-01-01T00:01:00.000+0000")
        : h.nullNode());
    ArrayNode ok = h.putArray("successfulFinishedRuns");
    ArrayNode failed = h.putArray("failedFinishedRuns");
    ArrayNode older = succeeds ? failed : ok;
    // an earlier run (ids and time from the run list fixture)
    older.addObject().put("id", "20160712081159ORxez")
        .put("createdAt", "2016-07-12T08:11:59.966+0000")
        .put("finishedAt", "2016-07-12T08:13:00.000+0000").putArray("tasks");
    if (listed) {
      ObjectNode run = (succeeds ? ok : failed).insertObject(0).put("id", RUN)
          .put("createdAt", "2030-01-01T00:00:00.000+0000")
          .put("finishedAt", "2030-01-01T00:01:00.000+0000");
      run.putArray("tasks").add(JOB.replace('.', '_') + "_" + RUN + ".0f5b4a1c-0000-0000");
    }
    return h;
  }

  /** The run fixture with this run's ids and {@code status}. */
  public static ObjectNode run(String status) {
    ObjectNode run = (ObjectNode) MetronomeFixtures.json("v1.examples.run.json");
    run.put("id", RUN).put("jobId", JOB).put("status", status)
        .put("createdAt", java.time.format.DateTimeFormatter.ofPattern(
            "yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(java.time.ZoneOffset.UTC)
            .format(java.time.Instant.now()));
    return run;
  }

  /** The queue fixture holding only this run. */
  public static JsonNode queue() {
    ArrayNode q = (ArrayNode) MetronomeFixtures.json("v1.examples.queue_job_list.json");
    ObjectNode entry = (ObjectNode) q.get(0);
    entry.put("jobId", JOB);
    ArrayNode runs = (ArrayNode) entry.get("runs");
    runs.remove(1);
    ((ObjectNode) runs.get(0)).put("runId", RUN);
    return q;
  }

  private static JsonNode json(String text) {
    try {
      return Fixtures.MAPPER.readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MockResponse answer(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
        .body(body).build();
  }

  private static MockResponse delayed(MockResponse r, long millis) {
    return millis <= 0 ? r : r.newBuilder().headersDelay(millis, TimeUnit.MILLISECONDS).build();
  }
}
