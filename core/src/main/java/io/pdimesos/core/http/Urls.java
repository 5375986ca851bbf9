package io.pdimesos.core.http;

import okhttp3.HttpUrl;

/** URL helpers: parsing a user's base URL with a readable error, and redaction for messages. */
public final class Urls {
  private Urls() {}

  /**
   * Parses an http(s) base URL strictly. A bare {@code host:port} gets {@code http://}. The host
   * must be there, a ':' must be followed by a port, and nothing may be blank or hidden in it:
   * OkHttp alone reads {@code http://127.0.0.1:} as port 80 and a stray {@code 80} as the host
   * "80", so a mistyped URL would send requests somewhere else. The error names {@code setting}
   * so the user knows which field to fix.
   */
  public static HttpUrl parseBase(String raw, String setting) {
    String s = raw == null ? "" : raw.trim();
    if (s.isEmpty()) {
      throw new IllegalArgumentException(setting + " is empty");
    }
    if (!s.contains("://")) {
      s = "http://" + s;
    }
    String problem = authorityProblem(s);
    HttpUrl url = problem == null ? HttpUrl.parse(s) : null;
    if (url == null) {
      throw new IllegalArgumentException(setting + " is not a valid http(s) URL: '"
          + io.pdimesos.core.error.Printable.quote(redact(raw), 200) + "'"
          + (problem == null ? "" : " (" + problem + ")"));
    }
    return url;
  }

  /** What is wrong with the host and port of {@code url} (scheme included), or null. */
  private static String authorityProblem(String url) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        return "it contains a blank or a control character; separate URLs with commas";
      }
    }
    int start = url.indexOf("://") + 3;
    int end = start;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String authority = url.substring(start, end);
    authority = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = authority.startsWith("[") ? authority.indexOf(':', authority.indexOf(']'))
        : authority.lastIndexOf(':');
    String host = colon < 0 ? authority : authority.substring(0, colon);
    if (host.isEmpty()) {
      return "no host";
    }
    if (host.matches("\\d+")) {
      return "'" + host + "' is a number, not a host name";
    }
    if (colon >= 0) {
      String port = authority.substring(colon + 1);
      if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1
          || Integer.parseInt(port) > 65535) {
        return port.isEmpty() ? "no port after ':'" : "'" + port + "' is not a port";
      }
    }
    return null;
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
