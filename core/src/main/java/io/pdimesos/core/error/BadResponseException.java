package io.pdimesos.core.error;

/**
 * The server answered, but not with something we can read: an HTML page from a proxy, an empty
 * or truncated body, malformed JSON, an unexpected status. The message quotes the start of the
 * body so the user can see what came back.
 */
public class BadResponseException extends ClusterException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public BadResponseException(String message, int status, String method, String url,
      Throwable cause) {
    super(message, method, url, cause);
    this.status = status;
  }

  /** HTTP status of the unreadable response, or 0 when the body broke off mid-stream. */
  public int status() {
    return status;
  }

  @Override
  public Kind kind() {
    return Kind.BAD_RESPONSE;
  }
}
