package io.pdimesos.core;

/**
 * Where core operations and clients write their log lines. The PDI adapters map the levels to
 * PDI's Basic, Detailed and Debug logging; the CLI writes them to stderr. Lines never contain
 * passwords or tokens.
 */
public interface ProgressListener {
  /** Does nothing: for callers that do not want progress. */
  ProgressListener NONE = new ProgressListener() {
    @Override
    public void basic(String line) {}
  };

  /** One line per state change (deployment started, run finished). */
  void basic(String line);

  /** Progress while waiting (3 of 5 tasks healthy). */
  default void detailed(String line) {}

  /** HTTP traffic: method, redacted URL, status, time. */
  default void debug(String line) {}

  /** Something the user should know although the operation goes on (insecure TLS, a retry). */
  default void warn(String line) {
    basic("WARNING: " + line);
  }
}
