package io.pdimesos.core.metronome;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The upstream Metronome fixtures (copied with SOURCES.md into this module), and the error bodies
 * the fixtures lack, built the way Metronome's Scala code writes them, each citing its source
 * (dcos/metronome @ de4174db; reference metronome.md §2). The RAML's own 404 examples are wrong
 * and are not used.
 */
public final class MetronomeFixtures {
  private MetronomeFixtures() {}

  public static String text(String file) {
    try (InputStream in = MetronomeFixtures.class.getResourceAsStream("/fixtures/metronome/"
        + file)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode json(String file) {
    try {
      return Json.MAPPER.readTree(text(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
