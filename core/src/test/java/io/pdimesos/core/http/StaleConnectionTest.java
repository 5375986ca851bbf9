package io.pdimesos.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server closes a keep-alive connection it has answered on (the emulator after about 30 s of
 * idleness; real servers and proxies after their own idle time) while OkHttp keeps it in its pool
 * for 5 minutes. The next GET on it failed with "unexpected end of stream", and only the retry
 * loop's pause (about 250 ms, or a failure with retries off) got it through.
 */
class StaleConnectionTest {
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aSafeReadOnAConnectionTheServerClosedIsSentAgainAtOnce() throws Exception {
    // Answered, then closed without "Connection: close": the client pools a dead connection.
    server.enqueue(new MockResponse.Builder().code(200).body("{\"n\":1}")
        .onResponseEnd(new SocketEffect.CloseSocket()).build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"n\":2}").build());
    ServiceHttp http = ServiceHttp.create(ServiceSettings.builder()
        .urls(server.url("/").toString()).retry(RetryPolicy.none())
        .timeouts(Timeouts.of(1_000, 2_000, 5_000)).build(), new ServiceDialect("marathon"),
        ProgressListener.NONE, "Marathon URL");

    assertThat(http.send(ApiRequest.get("/v2/info").build(), CancellationToken.none()).body())
        .isEqualTo("{\"n\":1}");
    server.takeRequest(1, TimeUnit.SECONDS);
    Thread.sleep(100); // the close has reached the client's socket

    long t0 = System.nanoTime();
    ApiResponse second = http.send(ApiRequest.get("/v2/info").build(), CancellationToken.none());

    assertThat(second.body()).isEqualTo("{\"n\":2}");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(200);
    assertThat(server.takeRequest(1, TimeUnit.SECONDS).getConnectionIndex()).isEqualTo(1);
  }
}
