package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;

/**
 * The rule for a write whose answer was lost ({@link ClusterException#answerLost()}): the
 * connection broke or the body was cut off after the request went out, or a retry of it was
 * answered as if nothing had been done ("does not exist" after a delete that did happen). The
 * last HTTP answer then says nothing about the write; the state, read afresh, decides. A write
 * the state shows is {@link Verdict#CONFIRMED}; one it does not show is {@link Verdict#UNKNOWN},
 * never "failed", because the request may still be on its way or its effect may be hidden.
 *
 * <pre>
 * try {
 *   client.delete(id, token);
 * } catch (ClusterException e) {
 *   Verdict v = WriteOutcome.afterLostAnswer(e, () -&gt; !client.exists(id, token), log);
 *   ...
 * }
 * </pre>
 */
public final class WriteOutcome {
  /** What the state says about a write whose answer was lost. */
  public enum Verdict {
    /** The state shows the write's effect: it happened. */
    CONFIRMED,
    /** The state does not show it (or could not be read): whether it happened is unknown. */
    UNKNOWN
  }

  /** One look at the state: true when it shows the write's effect. */
  public interface StateCheck {
    boolean tookEffect();
  }

  private WriteOutcome() {}

  /**
   * Judges a write that failed with {@code failure} by the state.
   *
   * @throws ClusterException {@code failure} itself when its answer was not lost (the server's
   *     own answer stands) or when it is a cancellation
   */
  public static Verdict afterLostAnswer(ClusterException failure, StateCheck check,
      ProgressListener log) {
    if (!failure.answerLost() || failure instanceof CancelledException) {
      throw failure;
    }
    try {
      return check.tookEffect() ? Verdict.CONFIRMED : Verdict.UNKNOWN;
    } catch (CancelledException e) {
      throw e;
    } catch (ClusterException e) {
      (log == null ? ProgressListener.NONE : log).warn("The state could not be read to judge a"
          + " write whose answer was lost: " + e.getMessage());
      return Verdict.UNKNOWN;
    }
  }

  /**
   * For a write the state cannot confirm (a Chronos run-now, which leaves no id to look for; a
   * Metronome run started without waiting): its outcome is unknown when its answer was lost.
   *
   * @return the {@link #unknown} line
   * @throws ClusterException {@code failure} itself when its answer was not lost or when it is a
   *     cancellation
   */
  public static String unknownAfter(String what, ClusterException failure) {
    if (!failure.answerLost() || failure instanceof CancelledException) {
      throw failure;
    }
    return unknown(what, failure);
  }

  /** "{what}; its answer was lost (…), the state confirms it". */
  public static String confirmed(String what, ClusterException lost) {
    return what + "; its answer was lost (" + lost.getMessage() + "), the state confirms it";
  }

  /** "{what}: unknown whether it happened …". */
  public static String unknown(String what, ClusterException lost) {
    return what + ": unknown whether it happened. Its answer was lost (" + lost.getMessage()
        + ") and the state does not show it yet; check before sending it again";
  }
}
