package io.pdimesos.core.marathon;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.RejectedException;
import io.pdimesos.core.http.ApiRequest;
import io.pdimesos.core.http.FailoverRouter;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.ServiceHttp;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.StreamingResponse;
import io.pdimesos.core.http.Urls;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Marathon's server-sent event stream {@code /v2/events}. Jetty's servlet wants the header
 * {@code Accept: text/event-stream} exactly (anything else is a 405 page), frames end in CRLF,
 * and a bare line every 10 s is the heartbeat. Since 1.7 a standby answers 302 to the leader; the
 * redirect is followed here, with the configured credentials, rather than by OkHttp (which would
 * drop them). Events carry no ids and a dropped stream loses what happened meanwhile, so after a
 * reconnect the listener is told to re-read state.
 */
public final class MarathonEventStream {
  /** Receives events on the reading thread. */
  public interface Listener {
    void onEvent(MarathonEvent event);

    /**
     * The stream is open. {@code reconnected} is true after a drop: events may have been lost,
     * so re-read whatever state the caller follows.
     */
    default void onConnected(boolean reconnected) {}

    /** The stream dropped; a reconnect follows after a backoff. */
    default void onDisconnected(String reason) {}

    /** The stream gave up for good (rejected, or too many failures); only from the background. */
    default void onFailed(RuntimeException error) {}
  }

  private static final int MAX_REDIRECTS = 3;

  private final ServiceHttp http;
  private final List<String> eventTypes;
  private long readTimeoutMillis = 60_000;
  private long firstBackoffMillis = 500;
  private long maxBackoffMillis = 15_000;
  private int maxConsecutiveFailures;

  MarathonEventStream(ServiceHttp http, Collection<String> eventTypes) {
    this.http = http;
    this.eventTypes = eventTypes == null ? Collections.<String>emptyList()
        : Collections.unmodifiableList(new ArrayList<String>(eventTypes));
  }

  /** Idle limit per read; must stay well above Marathon's 10 s heartbeat. Default 60 s. */
  public MarathonEventStream readTimeoutMillis(long millis) {
    this.readTimeoutMillis = millis;
    return this;
  }

  /** Pause before reconnecting: starts at {@code first}, doubles up to {@code max}. */
  public MarathonEventStream reconnectBackoff(long firstMillis, long maxMillis) {
    this.firstBackoffMillis = Math.max(1, firstMillis);
    this.maxBackoffMillis = Math.max(this.firstBackoffMillis, maxMillis);
    return this;
  }

  /** Give up after this many failed connects in a row; 0 (default) retries until cancelled. */
  public MarathonEventStream maxConsecutiveFailures(int n) {
    this.maxConsecutiveFailures = n;
    return this;
  }

  /**
   * Reads events until {@code token} is cancelled, reconnecting after drops. Returns normally
   * on cancel.
   *
   * @throws RejectedException when Marathon refuses the stream (401/403/405): retrying is no use
   */
  public void run(Listener listener, CancellationToken token) {
    CancellationToken t = token == null ? CancellationToken.none() : token;
    boolean connectedBefore = false;
    long backoff = firstBackoffMillis;
    int failures = 0;
    while (!t.isCancelled()) {
      String reason;
      try {
        StreamingResponse s = connect(t);
        try {
          listener.onConnected(connectedBefore);
          connectedBefore = true;
          failures = 0;
          if (read(s, listener, t)) {
            backoff = firstBackoffMillis; // it worked for a while: start the backoff afresh
          }
          reason = "the stream ended";
        } finally {
          s.close();
        }
      } catch (CancelledException e) {
        return;
      } catch (RejectedException e) {
        if (e.status() < 500) {
          throw e;
        }
        reason = e.getMessage();
        failures++;
        checkFailures(failures, e);
      } catch (ClusterException e) {
        reason = e.getMessage();
        failures++;
        checkFailures(failures, e);
      } catch (IOException e) {
        if (t.isCancelled()) {
          return;
        }
        reason = "read failed: " + e.getMessage();
      }
      if (t.isCancelled()) {
        return;
      }
      http.log().detailed("Marathon event stream: " + Json.snippet(reason) + "; reconnecting in "
          + backoff + " ms");
      listener.onDisconnected(reason);
      try {
        t.sleep(backoff);
      } catch (CancelledException e) {
        return;
      }
      backoff = Math.min(maxBackoffMillis, backoff * 2);
    }
  }

  /** Runs {@link #run} on a daemon thread; a fatal error goes to {@link Listener#onFailed}. */
  public Thread start(final Listener listener, final CancellationToken token) {
    Thread th = new Thread(new Runnable() {
      @Override
      public void run() {
        try {
          MarathonEventStream.this.run(listener, token);
        } catch (RuntimeException e) {
          listener.onFailed(e);
        }
      }
    }, "marathon-events");
    th.setDaemon(true);
    th.start();
    return th;
  }

  private void checkFailures(int failures, ClusterException e) {
    if (maxConsecutiveFailures > 0 && failures >= maxConsecutiveFailures) {
      throw e;
    }
  }

  /** Opens the stream, following a standby's redirect to the leader by hand. */
  StreamingResponse connect(CancellationToken token) {
    ServiceHttp h = http;
    String path = "/v2/events";
    List<String[]> query = new ArrayList<String[]>();
    for (String type : eventTypes) {
      query.add(new String[] {"event_type", type});
    }
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      ApiRequest.Builder b = ApiRequest.get(path).header("Accept", "text/event-stream")
          .accept(301, 302, 303, 307, 308).readTimeoutMillis(readTimeoutMillis)
          .deadlineMillis(0); // open for as long as it is wanted; heartbeats keep it alive
      for (String[] q : query) {
        b.query(q[0], q[1]);
      }
      StreamingResponse s = h.open(b.build(), token);
      if (s.buffered() == null) {
        return s;
      }
      String location = s.header("Location");
      String from = s.url();
      s.close();
      HttpUrl requested = HttpUrl.parse(from);
      HttpUrl target = location == null || requested == null ? null : requested.resolve(location);
      if (target == null) {
        throw new BadResponseException("GET " + from + " redirected (HTTP " + s.status()
            + ") without a usable Location", s.status(), "GET", from, null);
      }
      http.log().detailed("Marathon event stream: " + Urls.redact(from) + " redirects to the"
          + " leader " + Urls.redact(target));
      h = leaderHttp(target);
      path = target.encodedPath();
      query.clear();
      for (int i = 0; i < target.querySize(); i++) {
        query.add(new String[] {target.queryParameterName(i), target.queryParameterValue(i)});
      }
    }
    throw new BadResponseException("Marathon event stream: more than " + MAX_REDIRECTS
        + " redirects", 0, "GET", null, null);
  }

  /** The same settings and credentials aimed at the leader's base URL, without context path. */
  private ServiceHttp leaderHttp(HttpUrl target) {
    String base = target.newBuilder().encodedPath("/").query(null).fragment(null).build()
        .toString();
    ServiceSettings s = http.settings().toBuilder().urls(base).contextPath("").build();
    return new ServiceHttp(s, http.client(), FailoverRouter.of(s.urls(), "Marathon leader URL"),
        http.dialect(), http.log());
  }

  /**
   * Dispatches frames until the stream ends. Returns true when anything (an event or a
   * heartbeat) arrived.
   */
  private boolean read(StreamingResponse s, Listener listener, CancellationToken token)
      throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(s.body(),
        StandardCharsets.UTF_8));
    SseFrames frames = new SseFrames();
    boolean any = false;
    String line;
    while ((line = in.readLine()) != null) { // readLine ends lines at CRLF, LF or CR alike
      any = true;
      MarathonEvent e = frames.line(line, http);
      if (e != null) {
        listener.onEvent(e);
      }
      if (token.isCancelled()) {
        break;
      }
    }
    return any;
  }

  /** SSE framing: {@code event:} and {@code data:} lines up to an empty line. */
  static final class SseFrames {
    private String event;
    private StringBuilder data;

    /** Feeds one line (without its end); returns the event an empty line completes, or null. */
    MarathonEvent line(String line, ServiceHttp http) {
      if (line.isEmpty()) {
        if (data == null) {
          return null; // heartbeat
        }
        String name = event;
        String json = data.toString();
        event = null;
        data = null;
        try {
          JsonNode n = Json.MAPPER.readTree(json);
          return n == null || !n.isObject() ? null : MarathonEvent.of(name, n);
        } catch (IOException ex) {
          http.log().debug("Marathon event stream: skipping unreadable " + name + " data: "
              + Json.snippet(json));
          return null;
        }
      }
      if (line.startsWith(":")) {
        return null; // comment
      }
      int colon = line.indexOf(':');
      String field = colon < 0 ? line : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(colon + 1);
      if (value.startsWith(" ")) {
        value = value.substring(1);
      }
      if (field.equals("event")) {
        event = value;
      } else if (field.equals("data")) {
        if (data == null) {
          data = new StringBuilder(value);
        } else {
          data.append('\n').append(value);
        }
      }
      return null;
    }
  }
}
