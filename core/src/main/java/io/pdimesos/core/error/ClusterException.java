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
  private volatile boolean answerLost;

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

  /**
   * True when a request behind this failure may have reached the server and been acted on, but
   * its answer never arrived (the connection broke, the body was cut off, the time ran out), or a
   * retry of it was answered after such a loss. Then this exception says nothing about whether
   * the write happened: read the state before calling it failed ({@code WriteOutcome}).
   */
  public boolean answerLost() {
    return answerLost;
  }

  /** Marks this failure as {@link #answerLost()}; the HTTP seam calls it before throwing. */
  public ClusterException markAnswerLost() {
    this.answerLost = true;
    return this;
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
