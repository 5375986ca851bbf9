package io.pdimesos.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.AuthException;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.error.RejectedException;
import io.pdimesos.core.error.TimedOutException;
import io.pdimesos.core.error.UnreachableException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceHttpTest {
  private final MockWebServer server = new MockWebServer();
  private final List<String> log = new ArrayList<>();
  private final ProgressListener listener = new ProgressListener() {
    @Override
    public void basic(String line) {
      log.add(line);
    }

    @Override
    public void detailed(String line) {
      log.add(line);
    }

    @Override
    public void debug(String line) {
      log.add(line);
    }
  };

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ServiceSettings.Builder settings(String urls) {
    return ServiceSettings.builder().urls(urls)
        .retry(RetryPolicy.of(3, 10, 50, 5_000, 0))
        .timeouts(Timeouts.of(1_000, 2_000, 5_000));
  }

  private ServiceHttp http(ServiceSettings s) {
    return ServiceHttp.create(s, new ServiceDialect("marathon"), listener, "Marathon URL");
  }

  private static MockResponse status(int code, String body) {
    return new MockResponse.Builder().code(code).body(body).build();
  }

  @Test
  void sendsMethodPathQueryHeadersAndBodyBelowTheContextPath() throws Exception {
    server.enqueue(status(200, "{\"ok\":true}"));
    ServiceHttp http = http(settings(server.url("/").toString()).contextPath("marathon/")
        .auth(Auth.dcosToken("s3cret-token")).build());

    ApiResponse r = http.send(ApiRequest.put("/v2/apps/prod/web").query("force", true)
        .jsonBody("{\"id\":\"/prod/web\"}").build(), CancellationToken.none());

    assertThat(r.json().get("ok").asBoolean()).isTrue();
    RecordedRequest req = server.takeRequest();
    assertThat(req.getMethod()).isEqualTo("PUT");
    assertThat(req.getTarget()).isEqualTo("/marathon/v2/apps/prod/web?force=true");
    assertThat(req.getHeaders().get("Authorization")).isEqualTo("token=s3cret-token");
    assertThat(req.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(req.getBody().utf8()).isEqualTo("{\"id\":\"/prod/web\"}");
    assertThat(String.join("\n", log)).doesNotContain("s3cret-token");
  }

  @Test
  void retriesIdempotentCallsOn503ThenSucceeds() throws Exception {
    server.enqueue(status(503, "busy"));
    server.enqueue(status(502, "<html><body>Bad gateway</body></html>"));
    server.enqueue(status(200, "{}"));
    ApiResponse r = http(settings(server.url("/").toString()).build())
        .send(ApiRequest.get("/v2/info").build(), CancellationToken.none());
    assertThat(r.status()).isEqualTo(200);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void givesUpAfterMaxAttemptsWithTheServersMessage() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(status(504, "{\"message\":\"gateway timeout upstream\"}"));
    }
    assertThatThrownBy(() -> http(settings(server.url("/").toString()).build())
        .send(ApiRequest.get("/v2/apps").build(), CancellationToken.none()))
        .isInstanceOf(RejectedException.class)
        .hasMessageContaining("HTTP 504").hasMessageContaining("gateway timeout upstream");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  /**
   * One HTTP 500 on a safe read (a Chronos version probe) failed the read: it is asked again.
   * A write's 500 is the server's answer to it and is not sent again.
   */
  @Test
  void aSingle500OnAReadIsAskedAgainButNotOnAWrite() {
    server.enqueue(status(500, "{\"message\":\"restarting\"}"));
    server.enqueue(status(200, "{\"version\":\"3.0.2\"}"));
    ServiceHttp http = http(settings(server.url("/").toString()).build());

    assertThat(http.send(ApiRequest.get("/v1/scheduler/jobs").build(), CancellationToken.none())
        .body()).contains("3.0.2");
    assertThat(server.getRequestCount()).isEqualTo(2);

    server.enqueue(status(500, "{\"message\":\"failed to store\"}"));
    assertThatThrownBy(() -> http.send(ApiRequest.put("/v2/apps/x").jsonBody("{}").build(),
        CancellationToken.none())).isInstanceOf(RejectedException.class)
        .hasMessageContaining("HTTP 500").hasMessageContaining("failed to store");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void neverRetriesValidationErrors() {
    server.enqueue(status(422, "{\"message\":\"Object is not valid\"}"));
    assertThatThrownBy(() -> http(settings(server.url("/").toString()).build())
        .send(ApiRequest.put("/v2/apps/x").jsonBody("{}").build(), CancellationToken.none()))
        .isInstanceOf(RejectedException.class).hasMessageContaining("Object is not valid");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void neverResendsANonIdempotentPostThatReachedTheServer() {
    server.enqueue(status(503, "busy"));
    server.enqueue(status(200, "{}"));
    assertThatThrownBy(() -> http(settings(server.url("/").toString()).build())
        .send(ApiRequest.post("/v2/tasks/delete").jsonBody("{}").build(), CancellationToken.none()))
        .isInstanceOf(RejectedException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void honoursRetryAfter() {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "1").build());
    server.enqueue(status(200, "{}"));
    long t0 = System.nanoTime();
    http(settings(server.url("/").toString()).build())
        .send(ApiRequest.get("/ping").build(), CancellationToken.none());
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isGreaterThanOrEqualTo(900);
  }

  @Test
  void failsOverToTheNextUrlWhenOneIsDownAndSticksToIt() throws Exception {
    int dead = freePort();
    server.enqueue(status(200, "{\"n\":1}"));
    server.enqueue(status(200, "{\"n\":2}"));
    ServiceHttp http = http(settings("http://user:pw@127.0.0.1:" + dead + ", "
        + server.url("/")).build());
    assertThat(http.send(ApiRequest.get("/a").build(), null).json().get("n").asInt()).isEqualTo(1);
    assertThat(http.send(ApiRequest.get("/b").build(), null).json().get("n").asInt()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(String.join("\n", log)).doesNotContain("user:pw");
  }

  @Test
  void unreachableNamesEveryUrlTriedWithoutUserInfo() throws Exception {
    int a = freePort();
    int b = freePort();
    assertThatThrownBy(() -> http(settings("http://alice:secret@127.0.0.1:" + a
        + ",http://127.0.0.1:" + b).build()).send(ApiRequest.get("/v2/info").build(), null))
        .isInstanceOf(UnreachableException.class)
        .hasMessageContaining("127.0.0.1:" + a).hasMessageContaining("127.0.0.1:" + b)
        .hasMessageContaining("3 attempts")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret").doesNotContain("alice"));
  }

  @Test
  void mapsStatusesToTypedErrors() {
    server.enqueue(status(404, "{\"message\":\"App '/x' does not exist\"}"));
    server.enqueue(status(401, "<html><body><h2>HTTP ERROR 401</h2></body></html>"));
    server.enqueue(status(403, "{\"message\":\"Not Authorized to perform this action!\"}"));
    ServiceHttp http = http(settings(server.url("/").toString()).build());
    assertThatThrownBy(() -> http.send(ApiRequest.get("/v2/apps/x").build(), null))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("App '/x' does not exist");
    assertThatThrownBy(() -> http.send(ApiRequest.get("/v2/apps").build(), null))
        .isInstanceOf(AuthException.class).hasMessageContaining("unauthorized")
        .hasMessageContaining("HTTP ERROR 401")
        .satisfies(e -> assertThat(((ClusterException) e).kind())
            .isEqualTo(ClusterException.Kind.UNAUTHORIZED));
    assertThatThrownBy(() -> http.send(ApiRequest.get("/v2/apps").build(), null))
        .isInstanceOf(AuthException.class).hasMessageContaining("Not Authorized")
        .satisfies(e -> assertThat(((ClusterException) e).kind())
            .isEqualTo(ClusterException.Kind.FORBIDDEN));
  }

  @Test
  void malformedAndEmptyJsonBecomeBadResponses() {
    server.enqueue(status(200, "{\"apps\":[{\"id\":"));
    server.enqueue(status(200, ""));
    server.enqueue(status(200, "<html><body>Proxy login</body></html>"));
    ServiceHttp http = http(settings(server.url("/").toString()).build());
    for (String expected : new String[] {"not the expected JSON", "empty body", "Proxy login"}) {
      assertThatThrownBy(() -> http.send(ApiRequest.get("/v2/apps").build(), null).json())
          .isInstanceOf(BadResponseException.class).hasMessageContaining(expected);
    }
  }

  @Test
  void readTimeoutIsATimedOutError() {
    server.enqueue(new MockResponse.Builder().body("{}").headersDelay(3, TimeUnit.SECONDS).build());
    server.enqueue(new MockResponse.Builder().body("{}").headersDelay(3, TimeUnit.SECONDS).build());
    ServiceSettings s = settings(server.url("/").toString()).timeouts(Timeouts.of(500, 300, 0))
        .retry(RetryPolicy.of(2, 10, 10, 5_000, 0)).build();
    assertThatThrownBy(() -> http(s).send(ApiRequest.get("/slow").build(), null))
        .isInstanceOf(TimedOutException.class).hasMessageContaining("timed out");
  }

  @Test
  void cancelAbortsAnInFlightCallWithinASecond() {
    server.enqueue(new MockResponse.Builder().body("{}").headersDelay(20, TimeUnit.SECONDS).build());
    ServiceSettings s = settings(server.url("/").toString())
        .timeouts(Timeouts.of(1_000, 30_000, 0)).build();
    CancellationToken token = CancellationToken.create();
    ScheduledExecutorService ex = Executors.newSingleThreadScheduledExecutor();
    try {
      ex.schedule(token::cancel, 300, TimeUnit.MILLISECONDS);
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> http(s).send(ApiRequest.get("/v2/deployments").build(), token))
          .isInstanceOf(CancelledException.class);
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(1_300);
    } finally {
      ex.shutdownNow();
    }
  }

  @Test
  void cancelDuringBackoffEndsTheWait() {
    // A pause within the request's 5 s time limit (a longer one is not waited for at all).
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "3").build());
    ServiceSettings s = settings(server.url("/").toString())
        .retry(RetryPolicy.of(3, 10, 10, 60_000, 0)).build();
    boolean[] stop = {false};
    CancellationToken token = CancellationToken.polling(() -> stop[0]);
    ScheduledExecutorService ex = Executors.newSingleThreadScheduledExecutor();
    try {
      ex.schedule(() -> stop[0] = true, 300, TimeUnit.MILLISECONDS);
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> http(s).send(ApiRequest.get("/v2/info").build(), token))
          .isInstanceOf(CancelledException.class);
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(1_300);
    } finally {
      ex.shutdownNow();
    }
  }

  @Test
  void acceptedRedirectIsReturnedNotFollowed() throws Exception {
    server.enqueue(new MockResponse.Builder().code(307).setHeader("Location", "//10.0.0.5:5050")
        .build());
    ApiResponse r = http(settings(server.url("/").toString()).build())
        .send(ApiRequest.get("/master/redirect").accept(307).build(), null);
    assertThat(r.status()).isEqualTo(307);
    assertThat(r.header("Location")).isEqualTo("//10.0.0.5:5050");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void settingsToStringHidesSecrets() {
    ServiceSettings s = ServiceSettings.builder().urls("http://bob:pw1@h:8080")
        .auth(Auth.basic("bob", "hunter2")).build();
    assertThat(s.toString()).doesNotContain("hunter2").doesNotContain("pw1").contains("bob");
    assertThat(Auth.bearer("abc.def").toString()).doesNotContain("abc.def");
  }

  @Test
  void badUrlNamesTheSetting() {
    assertThatThrownBy(() -> http(settings("http://marathon:99999").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Marathon URL");
    assertThatThrownBy(() -> http(settings("").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Marathon URL is empty");
  }

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
