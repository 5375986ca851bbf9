package io.pdimesos.cli;

import io.pdimesos.core.error.ClusterException;

/** The command's exit codes, documented in docs/cli.md; scripts branch on them. */
public final class ExitCodes {
  public static final int OK = 0;
  /** The cluster said no, or the job/deployment failed. */
  public static final int FAILED = 1;
  /** Bad command line or bad input (a malformed definition, an invalid name). */
  public static final int USAGE = 2;
  public static final int TIMEOUT = 3;
  public static final int UNREACHABLE = 4;
  /** Ctrl+C / SIGTERM, as shells report 128 + SIGINT. */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}

  public static int of(ClusterException e) {
    switch (e.kind()) {
      case TIMED_OUT:
        return TIMEOUT;
      case UNREACHABLE:
        return UNREACHABLE;
      case CANCELLED:
        return INTERRUPTED;
      default:
        return FAILED;
    }
  }
}
