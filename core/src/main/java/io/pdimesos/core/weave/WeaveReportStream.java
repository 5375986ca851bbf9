package io.pdimesos.core.weave;

import com.fasterxml.jackson.core.JsonParser;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
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

  /** What a failure to read the body means: a stop, or an answer that is not a report. */
  public ClusterException unreadable(IOException e, CancellationToken token) {
    return unreadable(response, e, token);
  }

  static ClusterException unreadable(StreamingResponse response, IOException e,
      CancellationToken token) {
    if (token != null && token.isCancelled()) {
      return new CancelledException("Cancelled while reading GET " + response.url(), "GET",
          response.url(), e);
    }
    return new BadResponseException("GET " + response.url() + " answered HTTP "
        + response.status() + " with a body that is not a Weave report ("
        + WeaveClient.firstLine(e.getMessage()) + ")", response.status(), "GET", response.url(),
        e);
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
