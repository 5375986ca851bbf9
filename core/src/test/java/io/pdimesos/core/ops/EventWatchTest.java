package io.pdimesos.core.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.marathon.MarathonFixtures;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventWatchTest {
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private MarathonClient client() {
    return new MarathonClient(ServiceSettings.builder().urls(server.url("/").toString())
        .retry(RetryPolicy.none()).build(), ProgressListener.NONE);
  }

  /**
   * The write follows start(): a stream still connecting then misses the deployment's own
   * events, and a fast deployment is only noticed after the 10 s pending grace (seen against
   * the emulator: a suspend took 10 s instead of 0.1 s).
   */
  @Test
  void startReturnsOnceTheStreamIsOpen() {
    String first = MarathonFixtures.text("examples/events.txt").split("\n\n")[0] + "\r\n\r\n";
    // The JVM's first HTTP call loads OkHttp and its TLS platform: not what is measured here
    // (when this class runs first in its fork, that alone took about a second on a busy machine).
    MarathonClient client = client();
    server.enqueue(new MockResponse.Builder().code(200).body("pong").build());
    assertThat(client.ping(CancellationToken.none())).isTrue();
    server.enqueue(new MockResponse.Builder().code(200)
        .setHeader("Content-Type", "text/event-stream").headersDelay(300, TimeUnit.MILLISECONDS)
        .body(first).throttleBody(first.length(), 5, TimeUnit.SECONDS).build());

    long t0 = System.nanoTime();
    try (EventWatch w = EventWatch.start(client, CancellationToken.none(), ProgressListener.NONE)) {
      assertThat(w.connected()).isTrue();
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0))
          .isGreaterThanOrEqualTo(300).isLessThan(EventWatch.OPEN_WAIT_MILLIS);
    }
  }

  @Test
  void aStreamThatIsRefusedDoesNotHoldTheStartUp() {
    server.enqueue(new MockResponse.Builder().code(405)
        .body(MarathonFixtures.text("errors/raml-events.405-missing-accept-header.html")).build());

    long t0 = System.nanoTime();
    try (EventWatch w = EventWatch.start(client(), CancellationToken.none(), ProgressListener.NONE)) {
      assertThat(w.connected()).isFalse();
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(1_000);
    }
  }
}
