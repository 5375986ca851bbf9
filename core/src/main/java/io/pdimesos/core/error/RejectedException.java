package io.pdimesos.core.error;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The server answered and said no: a validation error, a conflict, an internal error. Carries the
 * HTTP status and the server's own message, plus Marathon-style field errors when the body had them.
 */
public class RejectedException extends ClusterException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String serverMessage;
  private final List<FieldError> fieldErrors;

  public RejectedException(int status, String method, String url, String serverMessage,
      List<FieldError> fieldErrors) {
    super(format(status, method, url, quoted(serverMessage), fieldErrors), method, url, null);
    this.status = status;
    this.serverMessage = quoted(serverMessage);
    this.fieldErrors = fieldErrors == null
        ? Collections.<FieldError>emptyList()
        : Collections.unmodifiableList(new ArrayList<FieldError>(fieldErrors));
  }

  public int status() {
    return status;
  }

  /** The server's own message text (first line of Chronos stack traces), or empty. */
  public String serverMessage() {
    return serverMessage == null ? "" : serverMessage;
  }

  /** Per-field errors ({@code /container/docker/image: must not be empty}), possibly empty. */
  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  @Override
  public Kind kind() {
    return Kind.REJECTED;
  }

  /**
   * A safety net: dialects quote a server's own text to {@value Printable#QUOTE_CHARS}
   * characters; with the advice some callers put around it (a refused DC/OS login), the whole
   * stays printable and short.
   */
  private static String quoted(String serverMessage) {
    return serverMessage == null ? null
        : Printable.quote(serverMessage, 3 * Printable.QUOTE_CHARS);
  }

  static String format(int status, String method, String url, String serverMessage,
      List<FieldError> fieldErrors) {
    StringBuilder sb = new StringBuilder();
    sb.append(describe(method, url)).append(" was rejected with HTTP ").append(status);
    if (serverMessage != null && !serverMessage.isEmpty()) {
      sb.append(": ").append(serverMessage);
    }
    if (fieldErrors != null) {
      for (FieldError e : fieldErrors) {
        sb.append("\n  ").append(e);
      }
    }
    return sb.toString();
  }

  /** One field's errors as Marathon reports them in {@code details[]}. */
  public static final class FieldError {
    private final String path;
    private final List<String> errors;

    public FieldError(String path, List<String> errors) {
      this.path = path == null ? "" : Printable.quote(path, Printable.QUOTE_CHARS);
      List<String> quoted = new ArrayList<String>();
      if (errors != null) {
        for (String e : errors) {
          quoted.add(Printable.quote(e, Printable.QUOTE_CHARS));
        }
      }
      this.errors = Collections.unmodifiableList(quoted);
    }

    public String path() {
      return path;
    }

    public List<String> errors() {
      return errors;
    }

    @Override
    public String toString() {
      return (path.isEmpty() ? "(root)" : path) + ": " + String.join("; ", errors);
    }
  }
}
