package io.pdimesos.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.TimedOutException;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.mesos.StateVisitor;
import io.pdimesos.core.testing.HostileServer;
import io.pdimesos.core.testing.HostileServer.Hostility;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One deadline per request covers connect, headers and the whole body, a streamed body too, and
 * is shared by failover and by the Mesos leader's discovery: a server that drips a byte at a
 * time, or that accepts and never answers, ends the request within the call timeout.
 */
@Timeout(20) // were the deadline lost, a dripping server would hold the test for hours
class RequestDeadlineTest {
  /** Reads never idle longer than the drip interval, so only the deadline can end them. */
  private static ServiceSettings settings(String urls) {
    return ServiceSettings.builder().urls(urls).retry(RetryPolicy.of(4, 50, 100, 30_000, 0))
        .timeouts(Timeouts.of(1_000, 1_000, 1_500)).build();
  }

  private static long millisOf(Runnable r) {
    long t = System.nanoTime();
    try {
      r.run();
    } catch (RuntimeException e) {
      // the caller asserts on the exception separately
    }
    return Duration.ofNanos(System.nanoTime() - t).toMillis();
  }

  @Test
  void aDrippingBodyEndsAtTheDeadlineAsATimeout() {
    try (HostileServer drip = HostileServer.start(Hostility.DRIP).dripMillis(200)) {
      ServiceHttp http = ServiceHttp.create(settings(drip.url()), ServiceDialect.GENERIC,
          ProgressListener.NONE, "URL");
      long ms = millisOf(() -> assertThatThrownBy(() -> http.send(ApiRequest.get("/x").build(),
          CancellationToken.none())).isInstanceOf(TimedOutException.class)
          .hasMessageContaining("time limit of 1.5 s"));
      assertThat(ms).isBetween(1_300L, 3_000L);
      assertThat(drip.requestCount()).as("the deadline is spent: no retry").isEqualTo(1);
    }
  }

  @Test
  void aDrippingMesosStateEndsAtTheDeadlineAsATimeout() {
    try (HostileServer drip = HostileServer.start(Hostility.DRIP).dripMillis(200)) {
      // Behind a proxy (a context path) no leader is discovered: the state is the first request.
      MesosClient mesos = new MesosClient(ServiceSettings.builder().urls(drip.url())
          .contextPath("/mesos").timeouts(Timeouts.of(1_000, 1_000, 1_500)).build(), null);
      long ms = millisOf(() -> assertThatThrownBy(() -> mesos.streamState(new StateVisitor() {},
          CancellationToken.none())).isInstanceOf(TimedOutException.class)
          .hasMessageContaining("time limit of 1.5 s").hasMessageContaining("a Mesos state"));
      assertThat(ms).isBetween(1_300L, 3_000L);
    }
  }

  @Test
  void failoverAttemptsShareOneDeadline() {
    try (HostileServer a = HostileServer.start(Hostility.BLACKHOLE);
        HostileServer b = HostileServer.start(Hostility.BLACKHOLE)) {
      ServiceHttp http = ServiceHttp.create(settings(a.url() + "," + b.url()),
          ServiceDialect.GENERIC, ProgressListener.NONE, "URL");
      long ms = millisOf(() -> assertThatThrownBy(() -> http.send(ApiRequest.get("/x").build(),
          CancellationToken.none())).isInstanceOf(TimedOutException.class));
      assertThat(ms).as("two 1 s read timeouts would pass 2 s").isLessThan(1_900L);
    }
  }

  @Test
  void aBlackholedMasterIsAskedOnceNotAgainAfterDiscoveryTimedOut() {
    try (HostileServer master = HostileServer.start(Hostility.BLACKHOLE)) {
      MesosClient mesos = new MesosClient(ServiceSettings.builder().urls(master.url())
          .timeouts(Timeouts.of(1_000, 1_000, 10_000)).build(), null);
      long ms = millisOf(() -> assertThatThrownBy(() -> mesos.version(CancellationToken.none()))
          .isInstanceOf(TimedOutException.class));
      assertThat(ms).as("one read timeout, not one for discovery and one for the request")
          .isLessThan(1_900L);
      assertThat(master.requests()).containsExactly("GET /master/redirect HTTP/1.1");
    }
  }

  @Test
  void aStalledBufferedBodyIsATimeoutNotABrokenBody() {
    try (HostileServer stall = HostileServer.start(Hostility.HEADERS_THEN_STALL)) {
      ServiceHttp http = ServiceHttp.create(ServiceSettings.builder().urls(stall.url())
          .retry(RetryPolicy.of(4, 50, 100, 30_000, 0))
          .timeouts(Timeouts.of(1_000, 5_000, 1_000)).build(), ServiceDialect.GENERIC,
          ProgressListener.NONE, "URL");
      assertThatThrownBy(() -> http.send(ApiRequest.get("/x").build(), CancellationToken.none()))
          .isInstanceOf(TimedOutException.class);
    }
  }
}
