package io.pdimesos.core.chronos;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.error.RejectedException;
import io.pdimesos.core.http.ApiRequest;
import io.pdimesos.core.http.ApiResponse;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** Error bodies as chronos.md §7 describes them (upstream has no captured error body). */
class ChronosDialectTest {
  private final ChronosDialect dialect = new ChronosDialect();

  private static ApiResponse response(int status, String method, String path, String body) {
    HttpUrl base = HttpUrl.get("http://127.0.0.1:4400/");
    return new ApiResponse(status, Headers.of(), body, method, base.resolve(path), base, 3);
  }

  @Test
  void keepsTheFirstLineOfA3xStackTraceWithoutTheExceptionClass() {
    ClusterException e = dialect.decode(response(400, "PUT", "/v1/scheduler/job/foo",
        ChronosClientTest.NOT_FOUND_3X));
    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(((NotFoundException) e).serverMessage())
        .isEqualTo("requirement failed: Job 'foo' not found");
  }

  @Test
  void deleteOfAnUnknownJobSaysJobScheduleNotFound() {
    ClusterException e = dialect.decode(response(400, "DELETE", "/v1/scheduler/job/foo",
        "{\"status\":\"Bad Request\",\"message\":\"java.lang.IllegalArgumentException: requirement"
            + " failed: JobSchedule 'foo' not found\\n\\tat scala.Predef$.require\"}"));
    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.getMessage()).endsWith("HTTP 400: requirement failed: JobSchedule 'foo' not found");
  }

  @Test
  void quotesA3xScheduleRejection() {
    ClusterException e = dialect.decode(response(400, "POST", "/v1/scheduler/iso8601",
        "{\"message\":\"Cannot parse schedule 'R/x/P1D' (wtf bro)\",\"status\":\"Bad Request\"}"));
    assertThat(e).isExactlyInstanceOf(RejectedException.class);
    assertThat(((RejectedException) e).serverMessage())
        .isEqualTo("Cannot parse schedule 'R/x/P1D' (wtf bro)");
  }

  @Test
  void reads2xPlainTextErrors() {
    ClusterException e = dialect.decode(response(400, "PUT", "/scheduler/job/foo",
        "requirement failed: Job 'foo' not found"));
    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(((RejectedException) e).serverMessage())
        .isEqualTo("requirement failed: Job 'foo' not found");
  }

  @Test
  void explainsThe2xEmptyScheduleRejection() {
    ClusterException e = dialect.decode(response(400, "POST", "/scheduler/iso8601", ""));
    assertThat(e).isExactlyInstanceOf(RejectedException.class);
    assertThat(e.getMessage()).contains("Chronos rejected the schedule");
  }

  @Test
  void anEmpty500IsARejectionWithoutText() {
    ClusterException e = dialect.decode(response(500, "POST", "/scheduler/dependency", ""));
    assertThat(e).isExactlyInstanceOf(RejectedException.class);
    assertThat(((RejectedException) e).status()).isEqualTo(500);
    assertThat(((RejectedException) e).serverMessage()).isEmpty();
  }

  @Test
  void aReadsAny500AndAWritesLeaderProxyFailureAreRetryable() {
    ApiRequest get = ApiRequest.get("/v1/scheduler/jobs").build();
    ApiRequest put = ApiRequest.put("/v1/scheduler/iso8601").build();
    assertThat(dialect.isRetryable(response(500, "PUT", "/v1/scheduler/iso8601",
        "Error proxying request to leader (maybe the leadership just changed?)\n\tat x"), put))
        .isTrue();
    String npe = "{\"message\":\"java.lang.NullPointerException\",\"status\":\"Internal Server"
        + " Error\"}";
    assertThat(dialect.isRetryable(response(500, "PUT", "/v1/scheduler/iso8601", npe), put))
        .as("a write's other 500s may be validation errors").isFalse();
    assertThat(dialect.isRetryable(response(500, "GET", "/v1/scheduler/jobs", npe), get))
        .as("a read changes nothing: one 500 is worth another try").isTrue();
    assertThat(dialect.isRetryable(response(503, "GET", "/v1/scheduler/jobs", ""), get)).isTrue();
  }
}
