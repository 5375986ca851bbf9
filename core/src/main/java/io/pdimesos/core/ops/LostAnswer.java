package io.pdimesos.core.ops;

import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.TimedOutException;
import io.pdimesos.core.error.UnreachableException;

/**
 * Tells a write whose answer was lost from a write the server refused. The seam never sends a
 * non-idempotent write twice; when its answer is lost (the connection broke or timed out after
 * the request may have left, or the body broke off) the server may well have acted on it, so the
 * operation reads the state and decides from what it finds, instead of failing a write that
 * happened or repeating one that would happen twice.
 */
final class LostAnswer {
  private LostAnswer() {}

  /** True when the server may have acted on the request although no answer came back. */
  static boolean isLost(ClusterException e) {
    return e instanceof UnreachableException || e instanceof TimedOutException
        || (e instanceof BadResponseException && ((BadResponseException) e).status() < 300);
  }
}
