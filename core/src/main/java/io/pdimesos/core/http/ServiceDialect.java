package io.pdimesos.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.error.AuthException;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.error.RejectedException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What differs between services in reading failures: how an error body is decoded into the
 * server's own message, and which statuses are transient. Each client passes its own dialect;
 * this base class handles what they share (401/403, 404, JSON {@code message}, HTML pages).
 */
public class ServiceDialect {
  /** A dialect for services without special error bodies (Weave, Mesos). */
  public static final ServiceDialect GENERIC = new ServiceDialect("service");

  private final String serviceName;

  public ServiceDialect(String serviceName) {
    this.serviceName = serviceName;
  }

  public String serviceName() {
    return serviceName;
  }

  /** Turns a non-2xx response into the matching exception, quoting the server. */
  public ClusterException decode(ApiResponse r) {
    int s = r.status();
    String message = serverMessage(r);
    if (s == 401 || s == 403) {
      return new AuthException(s, r.method(), r.url(), message);
    }
    if (s == 404) {
      return new NotFoundException(s, r.method(), r.url(), message);
    }
    if (s >= 300 && s < 400) {
      return new BadResponseException(r.describe() + " answered an unexpected redirect HTTP " + s
          + (r.header("Location") == null ? "" : " to " + Urls.redact(r.header("Location"))),
          s, r.method(), r.url(), null);
    }
    return new RejectedException(s, r.method(), r.url(), message,
        Collections.<RejectedException.FieldError>emptyList());
  }

  /**
   * Transient failures worth retrying for idempotent requests: 502, 503 and 504, and a 500 to a
   * GET (a read changes nothing, and one internal error is often a leader election in progress).
   */
  public boolean isRetryable(ApiResponse r, ApiRequest request) {
    int s = r.status();
    return s == 502 || s == 503 || s == 504 || s == 500 && "GET".equals(request.method());
  }

  /** Statuses that mean "this instance cannot serve; try the next URL". */
  public boolean isFailover(ApiResponse r) {
    return r.status() == 503;
  }

  /**
   * The server's message: JSON {@code message} when the body is JSON with one, else the body text
   * without HTML, on one line and shortened.
   */
  protected String serverMessage(ApiResponse r) {
    String body = r.body();
    if (body == null || body.trim().isEmpty()) {
      return "";
    }
    String t = body.trim();
    if (t.startsWith("{")) {
      try {
        JsonNode n = Json.MAPPER.readTree(t);
        if (n != null && n.hasNonNull("message")) {
          return io.pdimesos.core.error.Printable.quote(n.get("message").asText(),
              io.pdimesos.core.error.Printable.QUOTE_CHARS);
        }
      } catch (IOException ignored) {
        // not JSON after all: fall through to the text form
      }
    }
    return Json.snippet(t);
  }

  /** The body as a JSON object, or null when it is not one (an HTML page, plain text). */
  protected static JsonNode jsonObject(ApiResponse r) {
    String b = r.body();
    if (b == null || !b.trim().startsWith("{")) {
      return null;
    }
    try {
      return Json.MAPPER.readTree(b);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The {@code details:[{path, errors}]} of a Play/Marathon-style validation error (Marathon and
   * Metronome write the same shape); a single string in {@code errors} counts as one error.
   */
  protected static List<RejectedException.FieldError> fieldErrors(JsonNode details) {
    List<RejectedException.FieldError> out = new ArrayList<RejectedException.FieldError>();
    for (JsonNode d : details) {
      List<String> errors = new ArrayList<String>();
      JsonNode e = d.path("errors");
      if (e.isArray()) {
        for (JsonNode x : e) {
          errors.add(x.asText());
        }
      } else if (!e.isMissingNode() && !e.isNull()) {
        errors.add(e.asText());
      }
      out.add(new RejectedException.FieldError(d.path("path").asText(""), errors));
    }
    return out;
  }
}
