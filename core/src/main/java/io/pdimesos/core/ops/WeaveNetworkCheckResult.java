package io.pdimesos.core.ops;

import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.weave.WeaveHealth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Outcome of {@link WeaveNetworkCheck}: the verdict, one entry per router with its figures and
 * the criteria it failed, and the number of distinct peers the routers know together.
 * {@link #diagnostics()} lists every failed criterion prefixed with its router's URL.
 */
public final class WeaveNetworkCheckResult extends OperationResult {
  private final List<RouterResult> routers;
  private final int peerCount;

  WeaveNetworkCheckResult(boolean success, String message, List<String> diagnostics,
      long elapsedMillis, List<RouterResult> routers, int peerCount) {
    super(success, message, diagnostics, elapsedMillis);
    this.routers = Collections.unmodifiableList(new ArrayList<RouterResult>(routers));
    this.peerCount = peerCount;
  }

  /** One entry per configured router, in configuration order. */
  public List<RouterResult> routers() {
    return routers;
  }

  /**
   * Distinct peers across all reports (names), or the largest metrics estimate when no router
   * gave a report; 0 when no router answered.
   */
  public int peerCount() {
    return peerCount;
  }

  /** One router's part of the check. */
  public static final class RouterResult {
    private final String url;
    private final WeaveHealth health;
    private final List<String> reasons;
    private final ClusterException.Kind failure;

    RouterResult(String url, WeaveHealth health, List<String> reasons) {
      this(url, health, reasons, null);
    }

    RouterResult(String url, WeaveHealth health, List<String> reasons,
        ClusterException.Kind failure) {
      this.url = url;
      this.health = health;
      this.reasons = Collections.unmodifiableList(new ArrayList<String>(reasons));
      this.failure = failure;
    }

    /**
     * Why the router did not answer (unreachable, timed out, a bad response...), or null when
     * it answered: what a caller's exit code or error kind follows.
     */
    public ClusterException.Kind failure() {
      return failure;
    }

    /** The router's URL, without credentials. */
    public String url() {
      return url;
    }

    /** True when the router answered (its report or metrics could be read). */
    public boolean answered() {
      return health != null;
    }

    /** What the router reported, or null when it did not answer. */
    public WeaveHealth health() {
      return health;
    }

    /** Each failed criterion, or why the router could not be read; empty when it passed. */
    public List<String> reasons() {
      return reasons;
    }

    public boolean passed() {
      return health != null && reasons.isEmpty();
    }

    /** Peers this router knows (estimated from metrics), or -1 when it did not answer. */
    public int peerCount() {
      return health == null ? -1 : health.peerCount();
    }

    /** Its connections by state ({@code 2 established, 1 failed}), or empty. */
    public String connections() {
      return health == null ? "" : health.connectionsSummary();
    }

    /** Its IPAM status as {@code weave status} prints it, or empty. */
    public String ipam() {
      return health == null ? "" : health.ipamStatusText();
    }

    /** Its DNS replica ({@code 9 live}, {@code not running}), or empty. */
    public String dns() {
      return health == null ? "" : health.dnsSummary();
    }

    /** Peers, connections, IPAM and DNS in one line, or the reason it did not answer. */
    public String summary() {
      return health != null ? health.summary()
          : reasons.isEmpty() ? "no answer" : reasons.get(0);
    }

    @Override
    public String toString() {
      return url + ": " + (passed() ? "ok" : "FAILED") + " (" + summary() + ")";
    }
  }
}
