package io.pdimesos.core.weave;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.UnexpectedJsonException;
import io.pdimesos.core.http.StreamingResponse;
import java.io.Closeable;
import java.io.IOException;

/**
 * A router's {@code GET /report} while it arrives, for a reader that walks it token by token:
 * the parser stands on the report's {@code START_OBJECT}. Close it when done (the rest of the
 * body is dropped).
 */
public final class WeaveReportStream implements Closeable {
  private final StreamingResponse response;
  private final JsonParser parser;
  private final String url;

  WeaveReportStream(StreamingResponse response, JsonParser parser, String url) {
    this.response = response;
    this.parser = parser;
    this.url = url;
  }

  public JsonParser parser() {
    return parser;
  }

  /** The router's URL, without credentials. */
  public String url() {
    return url;
  }

  /** Milliseconds from sending the request to the response's headers. */
  public long responseMillis() {
    return response.elapsedMillis();
  }

  /** What a failure to read the body means: a stop, a timeout, or not a report. */
  public ClusterException unreadable(IOException e, CancellationToken token) {
    return response.failure(e, token, "a Weave report");
  }

  /**
   * The error for a report whose {@code Router} is {@code value} (null or JSON null: missing).
   * Every router reports itself: a report without it is not a router's answer, and reading it
   * as "no peers, IPAM fine" would call a broken network healthy.
   */
  public UnexpectedJsonException withoutRouter(JsonNode value) {
    UnexpectedJsonException e = value == null || value.isNull()
        ? UnexpectedJsonException.missing("Router", "the router's own status")
        : UnexpectedJsonException.wrongType("Router", value, "an object");
    return e.answeredBy("GET", response.url(), response.status());
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException ignored) {
      // the response is closed next either way
    } finally {
      response.close();
    }
  }
}
