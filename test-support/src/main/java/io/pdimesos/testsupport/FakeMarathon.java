package io.pdimesos.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Marathon on MockWebServer (127.0.0.1, a free port), answering by "METHOD /path" (query
 * ignored) with a function of how often that route was called, so a test can move Marathon's
 * state over time. Bodies come from the fixtures: the app is marathon-lb's nginx-green (Marathon
 * 1.5, three healthy tasks), the deployment the RAML example's. The event bus answers 405 until
 * a test routes it, so waits poll; a route nobody set answers 404.
 */
public final class FakeMarathon implements AutoCloseable {
  public static final String DEPLOYMENT = "5ed4c0c5-9ff8-4a6f-a0cd-f57f59a34b43";
  public static final String APP = "/nginx-green";
  public static final String HEALTHY_APPS =
      "marathon/responses/marathon-lb.GET-apps-embed-tasks.marathon-1.5.health.json";

  private final MockWebServer server = new MockWebServer();
  private final Map<String, IntFunction<MockResponse>> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  /** Every request, in the order received. */
  public final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

  public FakeMarathon() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        requests.add(r);
        String key = r.getMethod() + " " + r.getUrl().encodedPath();
        int n = calls.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        IntFunction<MockResponse> route = routes.get(key);
        return route == null ? json(404, "{\"message\":\"not routed: " + key + "\"}")
            : route.apply(n);
      }
    });
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    on("GET /v2/events", n -> eventsRefused());
  }

  /** Answers {@code methodAndPath} ("PUT /v2/apps/x") with {@code answer(n)} on the n-th call. */
  public FakeMarathon on(String methodAndPath, IntFunction<MockResponse> answer) {
    routes.put(methodAndPath, answer);
    return this;
  }

  public int calls(String methodAndPath) {
    AtomicInteger c = calls.get(methodAndPath);
    return c == null ? 0 : c.get();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:41234}. */
  public String url() {
    return "http://127.0.0.1:" + server.getPort();
  }

  /** The first request with {@code method}. */
  public RecordedRequest first(String method) {
    return requests.stream().filter(r -> r.getMethod().equals(method)).findFirst().orElseThrow();
  }

  /** The write answers with the deployment; it is listed for {@code pollsListed} polls, then done. */
  public FakeMarathon deploymentFinishingAfter(String write, int pollsListed) {
    String listing = deploymentsListing(DEPLOYMENT, APP);
    String app = appBody();
    return on(write, n -> deploymentResult())
        .on("GET /v2/deployments", n -> json(200, n <= pollsListed ? listing : "[]"))
        .on("GET /v2/apps" + APP, n -> json(200, app));
  }

  public static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
        .body(body).build();
  }

  /** What every write answers: the RAML example's body, with its deployment id as a header. */
  public static MockResponse deploymentResult() {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .setHeader("Marathon-Deployment-Id", DEPLOYMENT)
        .body(Fixtures.text("marathon/examples/deployments_result.json")).build();
  }

  /** Jetty's 405 for {@code /v2/events} without {@code Accept: text/event-stream}. */
  public static MockResponse eventsRefused() {
    return new MockResponse.Builder().code(405).setHeader("Content-Type", "text/html")
        .body(Fixtures.text("marathon/errors/raml-events.405-missing-accept-header.html")).build();
  }

  /** nginx-green as {@code GET /v2/apps?embed=apps.tasks} lists it. */
  public static JsonNode healthyApp() {
    return Fixtures.json(HEALTHY_APPS).get("apps").get(0);
  }

  /** A {@code GET /v2/apps/nginx-green} body: the listed app wrapped as {@code {"app": ...}}. */
  public static String appBody() {
    ObjectNode root = Fixtures.MAPPER.createObjectNode();
    root.set("app", healthyApp());
    return Fixtures.write(root);
  }

  /** deployments.json with its deployment renamed to {@code id} and aimed at {@code appId}. */
  public static String deploymentsListing(String id, String appId) {
    ArrayNode list = (ArrayNode) Fixtures.json("marathon/examples/deployments.json");
    ObjectNode d = (ObjectNode) list.get(0);
    d.put("id", id);
    ((ArrayNode) d.get("affectedApps")).removeAll().add(appId);
    ((ObjectNode) d.get("currentActions").get(0)).put("app", appId);
    return Fixtures.write(list);
  }

  @Override
  public void close() {
    server.close();
  }
}
