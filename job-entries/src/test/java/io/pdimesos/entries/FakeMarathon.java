package io.pdimesos.entries;

import static io.pdimesos.entries.EntryTesting.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.http.Json;
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
 * Marathon on MockWebServer, answering by "METHOD /path" with a function of how often that route
 * was called. Bodies come from the fixtures: the app is marathon-lb's nginx-green (Marathon 1.5,
 * three healthy tasks), the deployment the RAML example's. No event bus (405), so waits poll.
 */
public final class FakeMarathon implements AutoCloseable {
  public static final String DEPLOYMENT = "5ed4c0c5-9ff8-4a6f-a0cd-f57f59a34b43";
  public static final String APP = "/nginx-green";

  private final MockWebServer server = new MockWebServer();
  private final Map<String, IntFunction<MockResponse>> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  public final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

  public FakeMarathon() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        requests.add(r);
        String key = r.getMethod() + " " + r.getUrl().encodedPath();
        int n = calls.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        IntFunction<MockResponse> route = routes.get(key);
        return route == null ? json(404, "{\"message\":\"not routed: " + key + "\"}") : route.apply(n);
      }
    });
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    on("GET /v2/events", n -> new MockResponse.Builder().code(405).setHeader("Content-Type", "text/html")
        .body(resource("fixtures/marathon/errors/raml-events.405-missing-accept-header.html")).build());
  }

  public FakeMarathon on(String methodAndPath, IntFunction<MockResponse> answer) {
    routes.put(methodAndPath, answer);
    return this;
  }

  public int calls(String methodAndPath) {
    AtomicInteger c = calls.get(methodAndPath);
    return c == null ? 0 : c.get();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getPort();
  }

  public RecordedRequest first(String method) {
    return requests.stream().filter(r -> r.getMethod().equals(method)).findFirst().orElseThrow();
  }

  /** The write answers with the deployment; it is listed for {@code pollsListed} polls, then done. */
  public FakeMarathon deploymentFinishingAfter(String write, int pollsListed) {
    String listing = deploymentsListing();
    String app = appBody();
    return on(write, n -> deploymentResult())
        .on("GET /v2/deployments", n -> json(200, n <= pollsListed ? listing : "[]"))
        .on("GET /v2/apps" + APP, n -> json(200, app));
  }

  public static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
  }

  public static MockResponse deploymentResult() {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .setHeader("Marathon-Deployment-Id", DEPLOYMENT)
        .body(resource("fixtures/marathon/examples/deployments_result.json")).build();
  }

  public static JsonNode healthyApp() {
    return tree("fixtures/marathon/responses/marathon-lb.GET-apps-embed-tasks.marathon-1.5.health.json")
        .get("apps").get(0);
  }

  public static String appBody() {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.set("app", healthyApp());
    return Json.write(root);
  }

  /** deployments.json with its deployment renamed to ours and aimed at the app. */
  public static String deploymentsListing() {
    ArrayNode list = (ArrayNode) tree("fixtures/marathon/examples/deployments.json");
    ObjectNode d = (ObjectNode) list.get(0);
    d.put("id", DEPLOYMENT);
    ((ArrayNode) d.get("affectedApps")).removeAll().add(APP);
    ((ObjectNode) d.get("currentActions").get(0)).put("app", APP);
    return Json.write(list);
  }

  private static JsonNode tree(String path) {
    try {
      return Json.MAPPER.readTree(resource(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
