package io.pdimesos.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A small okhttp wrapper for tests: no redirect following, bodies read eagerly. */
final class SimHttp {
  static final OkHttpClient CLIENT = new OkHttpClient.Builder().followRedirects(false)
      .readTimeout(Duration.ofSeconds(10)).build();

  record Reply(int code, String body, okhttp3.Headers headers) {
    JsonNode json() {
      try {
        return Shape.MAPPER.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + code + "): " + body, e);
      }
    }

    String header(String name) {
      return headers.get(name);
    }
  }

  private SimHttp() {}

  static Reply get(String url) {
    return call(new Request.Builder().url(url).build());
  }

  static Reply get(String url, String accept) {
    return call(new Request.Builder().url(url).header("Accept", accept).build());
  }

  static Reply send(String method, String url, String json) {
    RequestBody body = json == null ? (method.equals("GET") || method.equals("DELETE") ? null
        : RequestBody.create(new byte[0])) : jsonBody(json);
    return call(new Request.Builder().url(url).method(method, body).build());
  }

  /**
   * Exactly {@code application/json}: a String body would make OkHttp add "; charset=utf-8",
   * which a Mesos master refuses on {@code /api/v1} (415).
   */
  static RequestBody jsonBody(String json) {
    return RequestBody.create(json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        MediaType.get("application/json"));
  }

  static Reply call(Request r) {
    try (Response resp = CLIENT.newCall(r).execute()) {
      return new Reply(resp.code(), resp.body().string(), resp.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
