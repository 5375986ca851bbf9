package io.pdimesos.testsupport;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The upstream Metronome fixtures ({@code fixtures/metronome/}: the few {@link FakeMetronome}
 * answers with are in this artifact, the others in the modules' own test resources, each folder
 * with its SOURCES.md), and the error bodies
 * the fixtures lack, built the way Metronome's Scala code writes them, each citing its source
 * (dcos/metronome @ de4174db; reference metronome.md §2). The RAML's own 404 examples are wrong
 * and are not used.
 */
public final class MetronomeFixtures {
  private MetronomeFixtures() {}

  public static String text(String file) {
    return Fixtures.text("metronome/" + file);
  }

  public static JsonNode json(String file) {
    return Fixtures.json("metronome/" + file);
  }

  /** {@code GET /leader}'s answer, {@code {"leader":"host:port"}} (reference metronome.md §1). */
  public static String leader(String hostPort) {
    return "{\"leader\":\"" + hostPort + "\"}";
  }

  /** {@code UnknownJob(id)} as {@code Json.format} writes it (api/ErrorDetail.scala). */
  public static String jobNotFound(String id) {
    return "{\"id\":\"" + id + "\",\"message\":\"Job not found\"}";
  }

  /** {@code UnknownJobRun(jobSpec, id)} (api/ErrorDetail.scala). */
  public static String runNotFound(String jobId, String runId) {
    return "{\"jobSpec\":\"" + jobId + "\",\"id\":\"" + runId
        + "\",\"message\":\"Job Run not found\"}";
  }

  /** {@code ErrorDetail(message)}, the body of every 409 (JobSpecController.scala). */
  public static String detail(String message) {
    return "{\"message\":\"" + message + "\"}";
  }

  /** Play's client error: {@code {message, requestPath}}, HTML-escaped (api/ErrorHandler.scala). */
  public static String clientError(String message, String requestPath) {
    return "{\"message\":\"" + message + "\",\"requestPath\":\"" + requestPath + "\"}";
  }
}
