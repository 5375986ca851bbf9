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
  /**
   * A write's answer was lost and the cluster's state does not show whether it happened:
   * neither success nor failure can be claimed; look before sending it again.
   */
  public static final int UNKNOWN = 5;
  /** Ctrl+C / SIGTERM, as shells report 128 + SIGINT. */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}

  public static int of(ClusterException e) {
    return of(e.kind());
  }

  public static int of(ClusterException.Kind kind) {
    switch (kind) {
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

  /** A result that is not a success: unknown (5) when its write's answer was lost, else 1. */
  public static int of(io.pdimesos.core.ops.OperationResult r) {
    return r.success() ? OK : r.unknown() ? UNKNOWN : FAILED;
  }
}
