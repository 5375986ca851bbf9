package io.pdimesos.core.marathon;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.RejectedException;
import io.pdimesos.core.error.RejectedException.FieldError;
import io.pdimesos.core.http.ApiRequest;
import io.pdimesos.core.http.ApiResponse;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.ServiceDialect;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How Marathon says no: {@code {message, details:[{path, errors}]}} for 400 and 422 alike (older
 * servers used 400 for what is 422 now), 409 with the blocking deployments, 404 for unknown
 * apps, and 500 "URI not found" for an unknown route. 401 is Jetty's HTML page.
 */
public class MarathonDialect extends ServiceDialect {
  public MarathonDialect() {
    super("Marathon");
  }

  @Override
  public ClusterException decode(ApiResponse r) {
    int s = r.status();
    JsonNode body = jsonObject(r);
    String message = body != null && body.hasNonNull("message")
        ? io.pdimesos.core.error.Printable.quote(body.get("message").asText(),
            io.pdimesos.core.error.Printable.QUOTE_CHARS)
        : serverMessage(r);
    if (s == 409 && isLocked(body)) {
      return new DeploymentLockedException(s, r.method(), r.url(), message, deploymentIds(body));
    }
    if (s == 403 && message.startsWith("Max number")) {
      // Too many running deployments: not a permission problem, although it is a 403.
      return new RejectedException(s, r.method(), r.url(), message,
          Collections.<FieldError>emptyList());
    }
    if (s == 405 && r.url() != null && r.url().contains("/v2/events")) {
      return new RejectedException(s, r.method(), r.url(), "the event stream needs the header"
          + " 'Accept: text/event-stream' exactly (Jetty answered: " + serverMessage(r) + ")",
          Collections.<FieldError>emptyList());
    }
    if (s == 500 && "URI not found".equals(message)) {
      return new RejectedException(s, r.method(), r.url(), message + " (Marathon answers an"
          + " unknown route with 500: check the Marathon URL and context path, e.g."
          + " /service/marathon behind DC/OS, and the server version)",
          Collections.<FieldError>emptyList());
    }
    if ((s == 400 || s == 422) && body != null && body.has("details")) {
      JsonNode details = body.get("details");
      if (details.isArray()) {
        return new RejectedException(s, r.method(), r.url(), message, fieldErrors(details));
      }
      if (details.isTextual()) {
        // "Invalid JSON" carries the parser's message as a plain string.
        return new RejectedException(s, r.method(), r.url(),
            message + ": " + Json.snippet(details.asText()), Collections.<FieldError>emptyList());
      }
    }
    // 401 from Jetty basic auth is an HTML page: the base class reduces it to its text.
    return super.decode(r);
  }

  /** 409 "locked" is worth waiting out, but only when the caller did not ask to force. */
  @Override
  public boolean isRetryable(ApiResponse r, ApiRequest request) {
    if (r.status() == 409) {
      return request.retryWhenLocked() && isLocked(jsonObject(r));
    }
    if (r.status() == 500 && isUnknownRoute(jsonObject(r))) {
      return false; // the URL is wrong: asking again cannot help
    }
    return super.isRetryable(r, request);
  }

  /**
   * A standby that cannot reach its leader answers 502 ("Could not determine the current
   * leader", "Connection to leader refused", marathon.md §2): another instance may well reach
   * it, so move on rather than ask the same standby again.
   */
  @Override
  public boolean isFailover(ApiResponse r) {
    return super.isFailover(r) || r.status() == 502;
  }

  private static boolean isUnknownRoute(JsonNode body) {
    return body != null && "URI not found".equals(body.path("message").asText());
  }

  static boolean isLocked(JsonNode body) {
    if (body == null) {
      return false;
    }
    if (body.has("deployments")) {
      return true;
    }
    return body.path("message").asText("").contains("locked by");
  }

  private static List<String> deploymentIds(JsonNode body) {
    List<String> ids = new ArrayList<String>();
    for (JsonNode d : body.path("deployments")) {
      String id = d.isTextual() ? d.asText() : d.path("id").asText("");
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    return ids;
  }
}
