package io.pdimesos.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.http.ApiRequest;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceDialect;
import io.pdimesos.core.http.ServiceHttp;
import io.pdimesos.core.http.ServiceSettings;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

class StopSignalTest {
  @Test
  void aFlippedFlagEndsAWaitWithinASecond() throws Exception {
    AtomicBoolean stopped = new AtomicBoolean();
    try (StopSignal signal = StopSignal.watch(stopped::get)) {
      CompletableFuture<Long> waited = CompletableFuture.supplyAsync(() -> {
        long start = System.nanoTime();
        try {
          signal.token().sleep(60_000);
        } catch (CancelledException expected) {
          // the stop
        }
        return System.nanoTime() - start;
      });
      Thread.sleep(200);
      long flipped = System.nanoTime();
      stopped.set(true);
      waited.get(5, TimeUnit.SECONDS);
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - flipped)).isLessThan(1_000);
      assertThat(signal.token().isCancelled()).isTrue();
    }
  }

  @Test
  void aFlippedFlagAbortsAnHttpCallThatHangs() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(30, TimeUnit.SECONDS).build());
      server.start();
      ServiceSettings settings = ServiceSettings.builder().urls(server.url("/").toString())
          .retry(RetryPolicy.none()).build();
      ServiceHttp http = ServiceHttp.create(settings, ServiceDialect.GENERIC, ProgressListener.NONE, "test URL");
      AtomicBoolean stopped = new AtomicBoolean();
      try (StopSignal signal = StopSignal.watch(stopped::get)) {
        CompletableFuture<Throwable> call = CompletableFuture.supplyAsync(() -> {
          try {
            http.send(ApiRequest.get("/slow").build(), signal.token());
            return null;
          } catch (RuntimeException e) {
            return e;
          }
        });
        server.takeRequest(5, TimeUnit.SECONDS);
        long flipped = System.nanoTime();
        stopped.set(true);
        Throwable t = call.get(5, TimeUnit.SECONDS);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - flipped)).isLessThan(1_000);
        assertThat(t).isInstanceOf(CancelledException.class);
      }
    }
  }

  @Test
  void aThrowingFlagCountsAsNotStopped() {
    try (StopSignal signal = StopSignal.watch(() -> {
      throw new IllegalStateException("no job");
    })) {
      assertThat(signal.token().isCancelled()).isFalse();
      assertThatCode(() -> signal.token().throwIfCancelled()).doesNotThrowAnyException();
    }
  }
}
