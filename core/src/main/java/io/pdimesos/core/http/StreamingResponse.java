package io.pdimesos.core.http;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.cancel.Deadline;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.TimedOutException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.HttpUrl;
import okhttp3.Response;

/**
 * An open 2xx response whose body the caller reads as it arrives (Mesos state, event streams).
 * Close it when done; closing also unregisters it from the cancellation token. The request's
 * deadline still runs while the body is read: a server that drips or stalls ends the read with
 * an I/O error, which {@link #failure} turns into a {@link TimedOutException}.
 */
public final class StreamingResponse implements Closeable {
  private final Response response;
  private final HttpUrl base;
  private final CancellationToken.Registration cancelRegistration;
  private final ApiResponse buffered;
  private final Deadline deadline;
  private final long budgetMillis;

  StreamingResponse(Response response, HttpUrl base,
      CancellationToken.Registration cancelRegistration, ApiResponse buffered,
      Deadline deadline, long budgetMillis) {
    this.response = response;
    this.base = base;
    this.cancelRegistration = cancelRegistration;
    this.buffered = buffered;
    this.deadline = deadline;
    this.budgetMillis = budgetMillis;
  }

  /**
   * What an I/O error while reading {@code what} ("a Mesos state") from this body means: the
   * caller cancelled, the request's time limit ran out, or the body broke off or was unreadable.
   */
  public ClusterException failure(IOException e, CancellationToken token, String what) {
    if (token != null && token.isCancelled()) {
      return new CancelledException("Cancelled while reading GET " + url(), "GET", url(), e);
    }
    if (deadline.hasExpired()) {
      return new TimedOutException("GET " + url() + " did not finish within its time limit of "
          + ServiceHttp.seconds(budgetMillis) + " (the call timeout) while " + what
          + " was being read", "GET", url(), e);
    }
    return new BadResponseException("GET " + url() + " answered HTTP " + status()
        + " with a body that is not " + what + " (" + ServiceHttp.reason(e) + ")", status(),
        "GET", url(), e);
  }

  /**
   * For a non-2xx status the request accepted (a redirect the caller follows itself), the
   * buffered answer; null for an open 2xx stream.
   */
  public ApiResponse buffered() {
    return buffered;
  }

  public int status() {
    return response.code();
  }

  public String header(String name) {
    return response.header(name);
  }

  public InputStream body() {
    if (buffered != null) {
      return new java.io.ByteArrayInputStream(new byte[0]);
    }
    return response.body().byteStream();
  }

  /** The base URL (instance) that answered. */
  public HttpUrl base() {
    return base;
  }

  /** Milliseconds from sending the request to its response headers (the last attempt). */
  public long elapsedMillis() {
    return Math.max(0, response.receivedResponseAtMillis() - response.sentRequestAtMillis());
  }

  public String url() {
    return Urls.redact(response.request().url());
  }

  @Override
  public void close() {
    try {
      response.close();
    } finally {
      cancelRegistration.close();
    }
  }
}
