package io.pdimesos.sim.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request and its (buffered) answer. Buffering lets the server apply faults uniformly after a
 * handler ran: send only half of the body, or replace it. Streams bypass the buffer.
 */
public final class SimExchange {

  /** Thrown past the server's own handler to cut the connection (fault injection). */
  static final class DroppedConnection extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DroppedConnection() {
      super("connection dropped on purpose", null, false, false);
    }
  }

  private final HttpExchange ex;
  private final String path;
  private final String rawQuery;
  private final Map<String, List<String>> query = new LinkedHashMap<>();
  private final byte[] requestBody;
  private final Headers responseHeaders = new Headers();
  private int status = 200;
  private byte[] responseBody = new byte[0];
  private boolean streaming;

  SimExchange(HttpExchange ex) throws IOException {
    this.ex = ex;
    this.path = ex.getRequestURI().getRawPath();
    this.rawQuery = ex.getRequestURI().getRawQuery();
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String k = decode(eq < 0 ? pair : pair.substring(0, eq));
        String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
        query.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
      }
    }
    this.requestBody = ex.getRequestBody().readAllBytes();
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  public String method() {
    return ex.getRequestMethod();
  }

  /** Raw (still percent-encoded) path. */
  public String rawPath() {
    return path;
  }

  public String path() {
    return decode(path.replace("+", "%2B"));
  }

  public String rawQuery() {
    return rawQuery;
  }

  public String pathAndQuery() {
    return path + (rawQuery == null ? "" : "?" + rawQuery);
  }

  public String param(String name) {
    List<String> v = query.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  public List<String> params(String name) {
    return query.getOrDefault(name, List.of());
  }

  public boolean flag(String name, boolean dflt) {
    String v = param(name);
    return v == null ? dflt : (v.isEmpty() || Boolean.parseBoolean(v));
  }

  public String header(String name) {
    return ex.getRequestHeaders().getFirst(name);
  }

  public List<String> headers(String name) {
    List<String> v = ex.getRequestHeaders().get(name);
    return v == null ? List.of() : v;
  }

  public Map<String, List<String>> requestHeaders() {
    return ex.getRequestHeaders();
  }

  public byte[] bodyBytes() {
    return requestBody;
  }

  public String body() {
    return new String(requestBody, StandardCharsets.UTF_8);
  }

  public String remoteAddress() {
    return ex.getRemoteAddress().getAddress().getHostAddress();
  }

  public String localAuthority() {
    return ex.getLocalAddress().getAddress().getHostAddress() + ":" + ex.getLocalAddress().getPort();
  }

  // ---- answering -------------------------------------------------------------------------------

  public SimExchange header(String name, String value) {
    responseHeaders.set(name, value);
    return this;
  }

  public void json(int status, JsonNode body) {
    respond(status, "application/json", Json.write(body));
  }

  public void text(int status, String contentType, String body) {
    respond(status, contentType, body);
  }

  public void respond(int status, String contentType, String body) {
    this.status = status;
    if (contentType != null) {
      responseHeaders.set("Content-Type", contentType);
    }
    this.responseBody = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
  }

  public void bytes(int status, String contentType, byte[] body) {
    this.status = status;
    if (contentType != null) {
      responseHeaders.set("Content-Type", contentType);
    }
    this.responseBody = body;
  }

  public void empty(int status) {
    this.status = status;
    this.responseBody = new byte[0];
  }

  public void redirect(int status, String location) {
    header("Location", location);
    empty(status);
  }

  public int status() {
    return status;
  }

  public byte[] responseBody() {
    return responseBody;
  }

  /** Commits headers now and returns the raw chunked body stream (SSE). */
  public OutputStream stream(String contentType) throws IOException {
    streaming = true;
    ex.getResponseHeaders().putAll(responseHeaders);
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.sendResponseHeaders(200, 0);
    return ex.getResponseBody();
  }

  boolean isStreaming() {
    return streaming;
  }

  /** libprocess gzips bodies of at least this size when the client accepts gzip (mesos.md §1). */
  static final int GZIP_MINIMUM_BODY_LENGTH = 1024;

  /** Compresses the buffered body like libprocess when the request accepts gzip. */
  void gzipIfAccepted() throws IOException {
    String accept = header("Accept-Encoding");
    if (accept == null || !accept.contains("gzip") || responseBody.length < GZIP_MINIMUM_BODY_LENGTH
        || status != 200) {
      return;
    }
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(buf)) {
      gz.write(responseBody);
    }
    responseBody = buf.toByteArray();
    responseHeaders.set("Content-Encoding", "gzip");
  }

  /** Sends the buffered answer; {@code cutAt} >= 0 drops the connection after that many bytes. */
  void commit(int cutAt) throws IOException {
    ex.getResponseHeaders().putAll(responseHeaders);
    boolean noBody = status == 204 || status == 304 || "HEAD".equals(method());
    if (cutAt >= 0 && (noBody || responseBody.length == 0)) {
      throw new DroppedConnection(); // nothing to cut: the whole answer is lost
    }
    if (noBody) {
      ex.sendResponseHeaders(status, -1);
      ex.close();
      return;
    }
    ex.sendResponseHeaders(status, responseBody.length == 0 ? -1 : responseBody.length);
    if (responseBody.length > 0) {
      OutputStream out = ex.getResponseBody();
      if (cutAt >= 0 && cutAt < responseBody.length) {
        out.write(responseBody, 0, cutAt);
        out.flush();
        // An exception escaping the handler makes the JDK server close the socket: the client
        // sees the connection end in the middle of the announced body.
        throw new DroppedConnection();
      }
      out.write(responseBody);
    }
    ex.close();
  }
}
