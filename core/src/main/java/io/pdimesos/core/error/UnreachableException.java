package io.pdimesos.core.error;

/** No configured URL answered: connection refused, unknown host, TLS handshake failure, reset. */
public class UnreachableException extends ClusterException {
  private static final long serialVersionUID = 1L;

  public UnreachableException(String message, String method, String url, Throwable cause) {
    super(message, method, url, cause);
  }

  @Override
  public Kind kind() {
    return Kind.UNREACHABLE;
  }
}
