package io.pdimesos.core.error;

/** The caller cancelled (Spoon's Stop, Ctrl+C): the request or wait was abandoned on purpose. */
public class CancelledException extends ClusterException {
  private static final long serialVersionUID = 1L;

  public CancelledException(String message) {
    super(message, null, null, null);
  }

  public CancelledException(String message, String method, String url, Throwable cause) {
    super(message, method, url, cause);
  }

  @Override
  public Kind kind() {
    return Kind.CANCELLED;
  }
}
