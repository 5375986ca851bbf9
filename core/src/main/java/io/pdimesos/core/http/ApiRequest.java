package io.pdimesos.core.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One REST call, independent of which base URL will serve it: method, path below the service's
 * base and context path, query, headers, JSON or text body, and how the retry loop may treat it.
 */
public final class ApiRequest {
  private final String method;
  private final String path;
  private final List<String[]> query;
  private final Map<String, String> headers;
  private final String body;
  private final String contentType;
  private final boolean idempotent;
  private final boolean retryWhenLocked;
  private final List<Integer> acceptedStatuses;
  private final long readTimeoutMillis;
  private final long deadlineMillis;

  private ApiRequest(Builder b) {
    this.method = b.method;
    this.path = b.path;
    this.query = Collections.unmodifiableList(new ArrayList<String[]>(b.query));
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<String, String>(b.headers));
    this.body = b.body;
    this.contentType = b.contentType;
    this.idempotent = b.idempotent == null ? !"POST".equals(b.method) && !"PATCH".equals(b.method)
        : b.idempotent;
    this.retryWhenLocked = b.retryWhenLocked;
    this.acceptedStatuses = Collections.unmodifiableList(new ArrayList<Integer>(b.accepted));
    this.readTimeoutMillis = b.readTimeoutMillis;
    this.deadlineMillis = b.deadlineMillis;
  }

  public static Builder get(String path) {
    return new Builder("GET", path);
  }

  public static Builder put(String path) {
    return new Builder("PUT", path);
  }

  public static Builder post(String path) {
    return new Builder("POST", path);
  }

  public static Builder delete(String path) {
    return new Builder("DELETE", path);
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  public List<String[]> query() {
    return query;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public String body() {
    return body;
  }

  public String contentType() {
    return contentType;
  }

  /** Safe to send again after it may have reached the server. */
  public boolean idempotent() {
    return idempotent;
  }

  /** Retry Marathon's 409 "locked by deployment" (only when the caller is not forcing). */
  public boolean retryWhenLocked() {
    return retryWhenLocked;
  }

  /** Non-2xx statuses the caller handles itself (a Mesos 307, a Chronos 2.x probe's 404). */
  public boolean accepts(int status) {
    return acceptedStatuses.contains(status);
  }

  /** Read timeout for this call only (an event stream needs a long one), or -1 for the default. */
  public long readTimeoutMillis() {
    return readTimeoutMillis;
  }

  /**
   * Time limit for the whole request (connect, headers, the whole body, retries and failover),
   * or -1 for the service's call timeout, or 0 for none (an event stream that stays open).
   */
  public long deadlineMillis() {
    return deadlineMillis;
  }

  /** Builder; paths are relative to the base URL and context path, starting with '/'. */
  public static final class Builder {
    private final String method;
    private final String path;
    private final List<String[]> query = new ArrayList<String[]>();
    private final Map<String, String> headers = new LinkedHashMap<String, String>();
    private String body;
    private String contentType;
    private Boolean idempotent;
    private boolean retryWhenLocked;
    private final List<Integer> accepted = new ArrayList<Integer>();
    private long readTimeoutMillis = -1;
    private long deadlineMillis = -1;

    private Builder(String method, String path) {
      this.method = method;
      this.path = path.startsWith("/") ? path : "/" + path;
    }

    /** Adds a query parameter; null values are skipped, repeated names are kept. */
    public Builder query(String name, Object value) {
      if (value != null) {
        query.add(new String[] {name, String.valueOf(value)});
      }
      return this;
    }

    public Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public Builder jsonBody(String json) {
      this.body = json;
      this.contentType = "application/json";
      return this;
    }

    public Builder body(String text, String mediaType) {
      this.body = text;
      this.contentType = mediaType;
      return this;
    }

    public Builder idempotent(boolean value) {
      this.idempotent = value;
      return this;
    }

    public Builder retryWhenLocked(boolean value) {
      this.retryWhenLocked = value;
      return this;
    }

    public Builder accept(int... statuses) {
      for (int s : statuses) {
        accepted.add(s);
      }
      return this;
    }

    public Builder readTimeoutMillis(long millis) {
      this.readTimeoutMillis = millis;
      return this;
    }

    /** See {@link ApiRequest#deadlineMillis()}. */
    public Builder deadlineMillis(long millis) {
      this.deadlineMillis = millis;
      return this;
    }

    public ApiRequest build() {
      return new ApiRequest(this);
    }
  }
}
