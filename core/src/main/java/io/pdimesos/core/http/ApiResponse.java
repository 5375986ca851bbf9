package io.pdimesos.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.error.UnexpectedJsonException;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/** A buffered answer: status, headers, body text, and which (redacted) URL gave it. */
public final class ApiResponse {
  private final int status;
  private final Headers headers;
  private final String body;
  private final String method;
  private final HttpUrl url;
  private final HttpUrl base;
  private final long elapsedMillis;

  public ApiResponse(int status, Headers headers, String body, String method, HttpUrl url,
      HttpUrl base, long elapsedMillis) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.method = method;
    this.url = url;
    this.base = base;
    this.elapsedMillis = elapsedMillis;
  }

  public int status() {
    return status;
  }

  public String header(String name) {
    return headers.get(name);
  }

  public Headers headers() {
    return headers;
  }

  public String body() {
    return body;
  }

  public String method() {
    return method;
  }

  /** Redacted URL of the request that produced this response. */
  public String url() {
    return Urls.redact(url);
  }

  /** The base URL (instance) that answered. */
  public HttpUrl base() {
    return base;
  }

  public long elapsedMillis() {
    return elapsedMillis;
  }

  public JsonNode json() {
    return Json.tree(this);
  }

  public <T> T json(Class<T> type) {
    return Json.parse(this, type);
  }

  /**
   * Parses the body and reads it with {@code reader}; a field of the wrong type found on the way
   * becomes a {@link BadResponseException} naming the field and this request.
   */
  public <T> T read(Reader<T> reader) {
    JsonNode n = json();
    try {
      return reader.read(n);
    } catch (UnexpectedJsonException e) {
      throw e.answeredBy(method, url(), status);
    }
  }

  /** Turns a JSON answer into values; throws {@link UnexpectedJsonException} for bad fields. */
  public interface Reader<T> {
    T read(JsonNode json);
  }

  /** "GET http://host/path" for messages. */
  public String describe() {
    return method + " " + url();
  }
}
