package io.pdimesos.core.http;

import io.pdimesos.core.cancel.CancellationToken;
import java.io.Closeable;
import java.io.InputStream;
import okhttp3.HttpUrl;
import okhttp3.Response;

/**
 * An open 2xx response whose body the caller reads as it arrives (Mesos state, event streams).
 * Close it when done; closing also unregisters it from the cancellation token.
 */
public final class StreamingResponse implements Closeable {
  private final Response response;
  private final HttpUrl base;
  private final CancellationToken.Registration cancelRegistration;
  private final ApiResponse buffered;

  StreamingResponse(Response response, HttpUrl base,
      CancellationToken.Registration cancelRegistration,
      ApiResponse buffered) {
    this.response = response;
    this.base = base;
    this.cancelRegistration = cancelRegistration;
    this.buffered = buffered;
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
