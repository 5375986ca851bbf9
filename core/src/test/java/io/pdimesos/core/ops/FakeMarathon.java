package io.pdimesos.core.ops;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A dispatcher that answers by "METHOD /path" (query ignored) with a function of how many times
 * that route was called, so a test can move Marathon's state over time.
 */
final class FakeMarathon extends Dispatcher {
  private final Map<String, Function<Integer, MockResponse>> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

  FakeMarathon on(String methodAndPath, Function<Integer, MockResponse> answer) {
    routes.put(methodAndPath, answer);
    return this;
  }

  int calls(String methodAndPath) {
    AtomicInteger c = calls.get(methodAndPath);
    return c == null ? 0 : c.get();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    requests.add(request);
    String key = request.getMethod() + " " + request.getUrl().encodedPath();
    int n = calls.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    Function<Integer, MockResponse> f = routes.get(key);
    if (f == null) {
      return new MockResponse.Builder().code(500).body("{\"message\":\"URI not found\"}").build();
    }
    return f.apply(n);
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
        .body(body).build();
  }
}
