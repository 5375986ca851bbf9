package io.pdimesos.core.http;

import okhttp3.HttpUrl;

/** URL helpers: parsing a user's base URL with a readable error, and redaction for messages. */
public final class Urls {
  private Urls() {}

  /**
   * Parses an http(s) base URL. A bare {@code host:port} gets {@code http://}. The error names
   * {@code setting} so the user knows which field to fix.
   */
  public static HttpUrl parseBase(String raw, String setting) {
    String s = raw == null ? "" : raw.trim();
    if (s.isEmpty()) {
      throw new IllegalArgumentException(setting + " is empty");
    }
    if (!s.contains("://")) {
      s = "http://" + s;
    }
    HttpUrl url = HttpUrl.parse(s);
    if (url == null) {
      throw new IllegalArgumentException(
          setting + " is not a valid http(s) URL: '" + redact(raw) + "'");
    }
    return url;
  }

  /** The URL without user name and password, for messages and logs. */
  public static String redact(HttpUrl url) {
    if (url == null) {
      return null;
    }
    if (url.username().isEmpty() && url.password().isEmpty()) {
      return url.toString();
    }
    return url.newBuilder().username("").password("").build().toString();
  }

  /** Like {@link #redact(HttpUrl)} for any URL-ish string, including {@code zk://}. */
  public static String redact(String raw) {
    if (raw == null) {
      return null;
    }
    return raw.replaceAll("(?<=://)[^/@\\s]*@", "");
  }
}
