package io.pdimesos.sim.metronome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.sim.http.Json;
import java.util.List;
import java.util.Map;

/**
 * A request Metronome refuses, with the body its Scala code writes (reference metronome.md §2):
 * {@code ErrorDetail}, {@code UnknownJob}, {@code UnknownJobRun}, {@code UnknownSchedule}
 * (api/ErrorDetail.scala), {@code JsErrorWrites} for 422s (api/v1/models/package.scala), and
 * Play's client errors with {@code requestPath} (api/ErrorHandler.scala).
 */
final class MetronomeError extends Exception {
  private static final long serialVersionUID = 1L;
  final int status;
  final transient JsonNode body;

  private MetronomeError(int status, JsonNode body) {
    super(body.toString(), null, false, false);
    this.status = status;
    this.body = body;
  }

  /** {@code ErrorDetail(message)}. */
  static MetronomeError detail(int status, String message) {
    return new MetronomeError(status, Json.message(message));
  }

  static MetronomeError unknownJob(String id) {
    return new MetronomeError(404, Json.obj().put("id", id).put("message", "Job not found"));
  }

  static MetronomeError unknownRun(String jobId, String runId) {
    return new MetronomeError(404, Json.obj().put("jobSpec", jobId).put("id", runId)
        .put("message", "Job Run not found"));
  }

  static MetronomeError unknownSchedule(String id) {
    return new MetronomeError(404, Json.obj().put("id", id).put("message",
        "Schedule not found"));
  }

  /** {@code {"message":"Object is not valid","details":[{path, errors}]}}, paths in order. */
  static MetronomeError invalid(Map<String, List<String>> errorsByPath) {
    ObjectNode o = Json.message("Object is not valid");
    ArrayNode details = o.putArray("details");
    errorsByPath.forEach((path, errors) -> {
      ArrayNode e = details.addObject().put("path", path).putArray("errors");
      errors.forEach(e::add);
    });
    return new MetronomeError(422, o);
  }

  /** Play's {@code onClientError}: message and path, both HTML-escaped. */
  static MetronomeError client(int status, String message, String requestPath) {
    return new MetronomeError(status, Json.obj().put("message", escape(message))
        .put("requestPath", escape(requestPath)));
  }

  /** {@code HtmlFormat.escape}, as ErrorHandler applies it. */
  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#x27;");
  }
}
