package io.pdimesos.core.mesos;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.http.ApiRequest;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.ServiceHttp;
import io.pdimesos.core.http.StreamingResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The leading master's v1 event stream ({@code POST /api/v1} {@code SUBSCRIBE}, Mesos 1.1+),
 * read for task state changes: RecordIO frames ({@code <length>\n<JSON>}) of {@code SUBSCRIBED},
 * {@code TASK_ADDED}, {@code TASK_UPDATED} and {@code HEARTBEAT} events (reference mesos.md §9).
 * A wait listens to it to react the moment a task it follows ends, instead of at its next poll.
 */
final class TaskStates {
  /** Three heartbeats (15 s each upstream): a stream silent longer than this is dead. */
  private static final long READ_TIMEOUT_MILLIS = 45_000;
  /** A frame longer than this is not an event: the answer is not RecordIO. */
  private static final int MAX_FRAME = 64 * 1024 * 1024;

  private final ServiceHttp http;

  TaskStates(ServiceHttp http) {
    this.http = http;
  }

  /**
   * Reads the stream until {@code token} is cancelled (then returns) or the stream ends or fails
   * (then throws).
   *
   * @throws io.pdimesos.core.error.ClusterException when the master cannot be subscribed to, or
   *     the stream ends or breaks
   */
  void stream(TaskLookup.TaskStateListener listener, CancellationToken token) {
    ApiRequest request = ApiRequest.post("/api/v1").jsonBody("{\"type\":\"SUBSCRIBE\"}")
        .header("Accept", "application/json").readTimeoutMillis(READ_TIMEOUT_MILLIS).build();
    StreamingResponse response = http.open(request, token);
    try {
      InputStream in = response.body();
      listener.subscribed();
      while (true) {
        byte[] frame = frame(in);
        if (frame == null) {
          throw new BadResponseException("POST " + response.url() + " (SUBSCRIBE): the master"
              + " ended the event stream", response.status(), "POST", response.url(), null);
        }
        event(Json.MAPPER.readTree(frame), listener);
      }
    } catch (IOException e) {
      if (token != null && token.isCancelled()) {
        throw new CancelledException("Cancelled while reading " + response.url(), "POST",
            response.url(), e);
      }
      throw new BadResponseException("POST " + response.url() + " (SUBSCRIBE): the event stream"
          + " broke: " + e.getMessage(), response.status(), "POST", response.url(), e);
    } finally {
      response.close();
    }
  }

  private static void event(JsonNode e, TaskLookup.TaskStateListener listener) {
    String type = e.path("type").asText();
    if ("TASK_UPDATED".equals(type)) {
      JsonNode u = e.path("task_updated");
      String state = u.path("state").asText(u.path("status").path("state").asText(""));
      listener.taskState(u.path("status").path("task_id").path("value").asText(""), state);
    } else if ("TASK_ADDED".equals(type)) {
      JsonNode task = e.path("task_added").path("task");
      listener.taskState(task.path("task_id").path("value").asText(""),
          task.path("state").asText(""));
    }
  }

  /** The next frame's bytes, or null at the end of the stream. */
  static byte[] frame(InputStream in) throws IOException {
    long length = 0;
    int digits = 0;
    while (true) {
      int c = in.read();
      if (c < 0) {
        if (digits == 0) {
          return null;
        }
        throw new IOException("the stream ended inside a frame's length");
      }
      if (c == '\n') {
        break;
      }
      if (c < '0' || c > '9' || ++digits > 10) {
        throw new IOException("not a RecordIO frame length (byte " + c + ")");
      }
      length = length * 10 + (c - '0');
    }
    if (digits == 0 || length > MAX_FRAME) {
      throw new IOException("not a RecordIO frame length: " + length);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) length);
    byte[] buf = new byte[8192];
    long left = length;
    while (left > 0) {
      int n = in.read(buf, 0, (int) Math.min(buf.length, left));
      if (n < 0) {
        throw new IOException("the stream ended inside a frame (" + left + " of " + length
            + " bytes missing)");
      }
      out.write(buf, 0, n);
      left -= n;
    }
    return out.toByteArray();
  }
}
