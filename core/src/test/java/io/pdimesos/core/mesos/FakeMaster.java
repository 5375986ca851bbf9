package io.pdimesos.core.mesos;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer on 127.0.0.1 that answers like a Mesos master: {@code /master/redirect} with
 * 307 to whichever master it calls the leader (itself by default), and other paths from a route
 * table. Records every request.
 */
public final class FakeMaster implements AutoCloseable {
  public final MockWebServer server = new MockWebServer();
  public final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Function<RecordedRequest, MockResponse>> routes =
      new ConcurrentHashMap<>();
  private volatile String leaderLocation;
  private volatile boolean noLeader;
  private volatile boolean standby;

  public FakeMaster() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        requests.add(r);
        String path = r.getUrl().encodedPath();
        if (path.equals("/master/redirect")) {
          if (noLeader) {
            return status(503, "No leader elected");
          }
          return new MockResponse.Builder().code(307).setHeader("Location", leaderLocation)
              .build();
        }
        if (standby && !path.equals("/master/health") && !path.startsWith("/metrics")) {
          return new MockResponse.Builder().code(307)
              .setHeader("Location", leaderLocation + r.getTarget()).build();
        }
        Function<RecordedRequest, MockResponse> route = routes.get(path);
        return route == null ? status(404, "") : route.apply(r);
      }
    });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    leaderLocation = "//127.0.0.1:" + server.getPort();
  }

  public static MockResponse status(int code, String body) {
    return new MockResponse.Builder().code(code).body(body).build();
  }

  public static MockResponse json(String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(body).build();
  }

  public FakeMaster route(String path, String body) {
    routes.put(path, r -> json(body));
    return this;
  }

  public FakeMaster route(String path, Function<RecordedRequest, MockResponse> answer) {
    routes.put(path, answer);
    return this;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getPort();
  }

  /** A client of this master that does not retry, reading with the given timeout. */
  public MesosClient client(int readMillis) {
    return new MesosClient(ServiceSettings.builder().urls(url()).retry(RetryPolicy.none())
        .timeouts(Timeouts.of(1_000, readMillis, 10_000)).build(), ProgressListener.NONE);
  }

  /** This master now names {@code other} as the leader and redirects v0 endpoints there. */
  public void followLeader(FakeMaster other) {
    leaderLocation = "//127.0.0.1:" + other.server.getPort();
    standby = other != this;
    noLeader = false;
  }

  public void noLeader() {
    noLeader = true;
  }

  public long count(String path) {
    return requests.stream().filter(r -> r.getUrl().encodedPath().equals(path)).count();
  }

  public List<String> paths() {
    return requests.stream().map(r -> r.getMethod() + " " + r.getTarget()).toList();
  }

  @Override
  public void close() {
    server.close();
  }
}
