package io.pdimesos.core.chronos;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.error.RejectedException;
import io.pdimesos.core.http.ApiRequest;
import io.pdimesos.core.http.ApiResponse;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.ServiceDialect;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How Chronos reports failures (reference chronos.md §7): 3.x wraps a whole Java stack trace in
 * {@code {"message": …, "status": …}}, 2.x sends the bare exception text or nothing at all; an
 * unknown job is a 400 saying "not found", never a 404; a non-leader whose proxy call failed
 * answers 500 "Error proxying request to leader", which passes once the new leader is known.
 */
public final class ChronosDialect extends ServiceDialect {
  static final String PROXY_ERROR = "Error proxying request to leader";

  /** {@code java.lang.IllegalArgumentException: } in front of the message a user should read. */
  private static final Pattern EXCEPTION_PREFIX =
      Pattern.compile("^(?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ");

  public ChronosDialect() {
    super("Chronos");
  }

  @Override
  public ClusterException decode(ApiResponse r) {
    String message = serverMessage(r);
    if (r.status() == 400 && message.toLowerCase(Locale.ROOT).contains("not found")) {
      return new NotFoundException(r.status(), r.method(), r.url(), message);
    }
    if (r.status() == 400 && message.isEmpty() && isJobPost(r)) {
      // Chronos 2.x answers a schedule it cannot parse with an empty 400 (issue #500).
      return new RejectedException(400, r.method(), r.url(), "Chronos rejected the schedule"
          + " (no reason given; check the schedule's R<n>/<start>/<period> form)",
          Collections.<RejectedException.FieldError>emptyList());
    }
    return super.decode(r);
  }

  @Override
  public boolean isRetryable(ApiResponse r, ApiRequest request) {
    return super.isRetryable(r, request) || isLeaderProxyFailure(r);
  }

  /** Another configured Chronos may be the leader itself, so try it before waiting. */
  @Override
  public boolean isFailover(ApiResponse r) {
    return super.isFailover(r) || isLeaderProxyFailure(r);
  }

  /** True for the 500 a non-leader gives while the leadership changes. */
  public static boolean isLeaderProxyFailure(ApiResponse r) {
    return r.status() == 500 && r.body() != null && r.body().contains(PROXY_ERROR);
  }

  /**
   * The first line of the server's message, without the Java exception class in front: the rest
   * of a 3.x message is the stack trace, which helps nobody in a PDI log.
   */
  @Override
  protected String serverMessage(ApiResponse r) {
    String body = r.body();
    if (body == null || body.trim().isEmpty()) {
      return "";
    }
    String t = body.trim();
    String message = t;
    if (t.startsWith("{")) {
      try {
        JsonNode n = Json.MAPPER.readTree(t);
        if (n != null && n.hasNonNull("message")) {
          message = n.get("message").asText();
        }
      } catch (IOException ignored) {
        // not JSON after all: read it as text
      }
    }
    if (message.trim().startsWith("<")) {
      return Json.snippet(message); // a Jersey or proxy HTML page
    }
    String line = firstLine(message.trim());
    return EXCEPTION_PREFIX.matcher(line).replaceFirst("").trim();
  }

  private static boolean isJobPost(ApiResponse r) {
    String url = r.url();
    int q = url.indexOf('?');
    String path = q < 0 ? url : url.substring(0, q);
    return "POST".equals(r.method()) || "PUT".equals(r.method())
        ? path.endsWith("/iso8601") || path.endsWith("/dependency") : false;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
