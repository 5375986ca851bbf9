package io.pdimesos.core.marathon;

import static io.pdimesos.core.marathon.MarathonFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.RejectedException;
import io.pdimesos.core.http.Auth;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MarathonEventStreamTest {
  private final MockWebServer server = new MockWebServer();
  private final MockWebServer leader = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
    leader.start();
  }

  @AfterEach
  void stop() {
    server.close();
    leader.close();
  }

  private MarathonClient client() {
    return new MarathonClient(ServiceSettings.builder().urls(server.url("/").toString())
        .auth(Auth.dcosToken("jwt-secret")).retry(RetryPolicy.of(1, 10, 10, 1_000, 0))
        .timeouts(Timeouts.of(1_000, 2_000, 5_000)).build(), ProgressListener.NONE);
  }

  static MockResponse sse(String body) {
    return new MockResponse.Builder().code(200)
        .setHeader("Content-Type", "text/event-stream;charset=UTF-8").body(body).build();
  }

  /** Collects events and cancels the stream once {@code done} holds. */
  static final class Recorder implements MarathonEventStream.Listener {
    final List<MarathonEvent> events = new CopyOnWriteArrayList<>();
    final List<Boolean> connects = new CopyOnWriteArrayList<>();
    final CancellationToken token = CancellationToken.create();
    private final Predicate<Recorder> done;

    Recorder(Predicate<Recorder> done) {
      this.done = done;
    }

    @Override
    public void onEvent(MarathonEvent event) {
      events.add(event);
      if (done.test(this)) {
        token.cancel();
      }
    }

    @Override
    public void onConnected(boolean reconnected) {
      connects.add(reconnected);
    }
  }

  @Test
  void readsTheRamlSampleWithFiltersAndTheExactAcceptHeader() throws Exception {
    server.enqueue(sse(text("examples/events.txt")));
    Recorder rec = new Recorder(r -> r.events.size() == 3);

    client().eventStream(List.of("event_stream_attached", "status_update_event"))
        .reconnectBackoff(10, 10).run(rec, rec.token);

    RecordedRequest req = server.takeRequest();
    assertThat(req.getTarget())
        .isEqualTo("/v2/events?event_type=event_stream_attached&event_type=status_update_event");
    assertThat(req.getHeaders().values("Accept")).containsExactly("text/event-stream");
    assertThat(req.getHeaders().get("Authorization")).isEqualTo("token=jwt-secret");
    assertThat(rec.events).extracting(MarathonEvent::eventType).containsExactly(
        "event_stream_attached", "status_update_event", "status_update_event");
    MarathonEvent failed = rec.events.get(1);
    assertThat(failed.taskStatus()).isEqualTo("TASK_FAILED");
    assertThat(failed.appId()).isEqualTo("/foo");
    assertThat(failed.taskId()).isEqualTo("foo.0664256e-6771-11e5-94e1-be5b2935a987");
    assertThat(failed.version()).isEqualTo("2015-09-30T09:09:17.614Z");
    assertThat(failed.raw().get("ports").get(0).asInt()).isEqualTo(31776);
  }

  @Test
  void parsesEveryDocumentedEventInCrlfFramesBetweenHeartbeats() throws Exception {
    List<JsonNode> docs = new ArrayList<>();
    StringBuilder body = new StringBuilder("\r\n");
    for (String name : eventFixtureNames()) {
      JsonNode n = MarathonFixtures.json("events/" + name);
      docs.add(n);
      // What Jetty writes: one-line JSON, CRLF line ends, and bare CRLF heartbeats.
      body.append("event: ").append(n.get("eventType").asText()).append("\r\n")
          .append("data: ").append(Json.write(n)).append("\r\n\r\n").append("\r\n");
    }
    server.enqueue(sse(body.toString()));
    Recorder rec = new Recorder(r -> r.events.size() == docs.size());

    client().eventStream(null).run(rec, rec.token);

    assertThat(docs).hasSize(27);
    assertThat(rec.events).extracting(MarathonEvent::eventType)
        .containsExactlyElementsOf(docs.stream().map(d -> d.get("eventType").asText()).toList());
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v2/events");
    MarathonEvent success = byType(rec, "deployment_success");
    assertThat(success.deploymentId()).isEqualTo("867ed450-f6a8-4d33-9b0e-e11c5513990b");
    assertThat(byType(rec, "deployment_info").deploymentId())
        .isEqualTo("867ed450-f6a8-4d33-9b0e-e11c5513990b");
    assertThat(byType(rec, "instance_health_changed_event").healthy()).isTrue();
    assertThat(byType(rec, "instance_health_changed_event").appId()).isEqualTo("/app-id");
    assertThat(byType(rec, "health_status_changed_event").healthy()).isTrue();
    assertThat(byType(rec, "instance_changed_event").condition()).isEqualTo("Running");
    assertThat(byType(rec, "status_update_event").taskStatus()).isEqualTo("TASK_RUNNING");
    assertThat(byType(rec, "failed_health_check_event").taskId()).isEqualTo("my-app_0-1396592784349");
  }

  private static MarathonEvent byType(Recorder rec, String type) {
    return rec.events.stream().filter(e -> type.equals(e.eventType())).findFirst().orElseThrow();
  }

  static List<String> eventFixtureNames() throws IOException, URISyntaxException {
    Path dir = Path.of(MarathonEventStreamTest.class.getResource("/fixtures/marathon/events").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void wrongAcceptAnswer405IsExplainedAndNotRetried() {
    server.enqueue(new MockResponse.Builder().code(405).setHeader("Content-Type", "text/html")
        .body(text("errors/raml-events.405-missing-accept-header.html")).build());
    Recorder rec = new Recorder(r -> false);
    assertThatThrownBy(() -> client().eventStream(null).reconnectBackoff(10, 10).run(rec, rec.token))
        .isInstanceOf(RejectedException.class)
        .hasMessageContaining("Accept: text/event-stream")
        .hasMessageContaining("HTTP method GET is not supported by this URL");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void followsTheStandbysRedirectToTheLeaderKeepingAuthorization() throws Exception {
    server.enqueue(new MockResponse.Builder().code(302)
        .setHeader("Location", leader.url("/v2/events?event_type=deployment_success").toString())
        .build());
    String frame = "event: deployment_success\r\ndata: "
        + Json.write(MarathonFixtures.json("events/docs-event-bus.deployment_success.json")) + "\r\n\r\n";
    leader.enqueue(sse(frame));
    Recorder rec = new Recorder(r -> r.events.size() == 1);

    client().eventStream(List.of("deployment_success")).run(rec, rec.token);

    RecordedRequest standby = server.takeRequest();
    RecordedRequest onLeader = leader.takeRequest();
    assertThat(standby.getHeaders().get("Authorization")).isEqualTo("token=jwt-secret");
    assertThat(onLeader.getHeaders().get("Authorization")).isEqualTo("token=jwt-secret");
    assertThat(onLeader.getHeaders().values("Accept")).containsExactly("text/event-stream");
    assertThat(onLeader.getTarget()).isEqualTo("/v2/events?event_type=deployment_success");
    assertThat(rec.events.get(0).deploymentId()).isEqualTo("867ed450-f6a8-4d33-9b0e-e11c5513990b");
  }

  @Test
  void reconnectsAfterADropAndSaysEventsMayHaveBeenLost() throws Exception {
    String[] lines = text("examples/events.txt").split("\n\n");
    server.enqueue(sse(lines[0] + "\n\n"));
    server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
    server.enqueue(sse(lines[1] + "\n\n"));
    Recorder rec = new Recorder(r -> r.events.size() == 2);

    client().eventStream(null).reconnectBackoff(10, 20).run(rec, rec.token);

    assertThat(rec.events).extracting(MarathonEvent::eventType)
        .containsExactly("event_stream_attached", "status_update_event");
    assertThat(rec.connects).containsExactly(false, true);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void cancelStopsAnIdleStreamWithinOneSecond() throws Exception {
    CountDownLatch released = new CountDownLatch(1);
    MockResponseBody endless = new MockResponseBody() {
      @Override
      public long getContentLength() {
        return -1;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        sink.writeUtf8(text("examples/events.txt").split("\n\n")[0] + "\r\n\r\n");
        sink.flush();
        try {
          released.await(10, TimeUnit.SECONDS); // idle, like a quiet cluster between heartbeats
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    server.enqueue(new MockResponse.Builder().code(200)
        .setHeader("Content-Type", "text/event-stream;charset=UTF-8").body(endless).build());
    List<MarathonEvent> seen = new CopyOnWriteArrayList<>();
    CancellationToken token = CancellationToken.create();
    Thread reader = client().eventStream(null).start(seen::add, token);
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (seen.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(seen).hasSize(1);
      long cancelled = System.nanoTime();
      token.cancel();
      reader.join(1_000);
      assertThat(reader.isAlive()).isFalse();
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelled)).isLessThan(1_000);
    } finally {
      released.countDown();
    }
  }
}
