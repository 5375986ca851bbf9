package io.pdimesos.sim.chronos;

/** A request Chronos refuses, with the text upstream puts in its error body. */
final class ChronosError extends Exception {
  private static final long serialVersionUID = 1L;
  final int status;
  /** True for failed {@code require(...)} checks: 3.x then sends the Java stack trace as message. */
  final boolean requirement;

  ChronosError(int status, String message, boolean requirement) {
    super(message, null, false, false);
    this.status = status;
    this.requirement = requirement;
  }

  static ChronosError require(String message) {
    return new ChronosError(400, "requirement failed: " + message, true);
  }
}
