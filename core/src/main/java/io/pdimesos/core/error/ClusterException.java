package io.pdimesos.core.error;

/**
 * Base of every failure the core clients report. Messages are meant for a PDI log or a CLI user:
 * they name the request ({@code GET http://host:8080/v2/apps}) and, where there is one, the server's
 * own words. URLs in messages never carry user-info and secrets never appear, and every message
 * is {@link Printable}: no control characters, at most {@value Printable#MESSAGE_CHARS} characters.
 */
public abstract class ClusterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String url;

  protected ClusterException(String message, String method, String url, Throwable cause) {
    // Messages quote servers, and servers can send anything: never pass control characters or a
    // whole body on to a terminal or a PDI log.
    super(Printable.message(message), cause);
    this.method = method;
    this.url = url;
  }

  /** HTTP method of the failed request, or null when the failure is not tied to one request. */
  public String method() {
    return method;
  }

  /** Redacted URL of the failed request, or null. */
  public String url() {
    return url;
  }

  /** What kind of failure this is, for exit codes and entry results. */
  public abstract Kind kind();

  /** Failure kinds, one per subclass family. */
  public enum Kind {
    REJECTED, NOT_FOUND, UNAUTHORIZED, FORBIDDEN, UNREACHABLE, TIMED_OUT, CANCELLED, BAD_RESPONSE
  }

  protected static String describe(String method, String url) {
    if (method == null && url == null) {
      return "";
    }
    return (method == null ? "" : method + " ") + (url == null ? "" : url);
  }
}
