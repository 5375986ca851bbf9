package io.pdimesos.core.error;

/** A request or a wait ran past its time limit. */
public class TimedOutException extends ClusterException {
  private static final long serialVersionUID = 1L;

  public TimedOutException(String message, String method, String url, Throwable cause) {
    super(message, method, url, cause);
  }

  public TimedOutException(String message) {
    this(message, null, null, null);
  }

  @Override
  public Kind kind() {
    return Kind.TIMED_OUT;
  }
}
