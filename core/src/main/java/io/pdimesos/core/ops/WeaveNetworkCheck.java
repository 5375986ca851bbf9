package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.cancel.Deadline;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.weave.WeaveClient;
import io.pdimesos.core.weave.WeaveHealth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * "Is the Weave network healthy?": reads every configured router (each only knows its own
 * connections, IPAM view and DNS replica, so all are asked, none stands in for another) and
 * holds each against the {@link Criteria}. Passes only when every router answers and meets them
 * all; otherwise each failed criterion is a reason, per router.
 */
public final class WeaveNetworkCheck {
  /** What to read from each router. */
  public enum Source {
    /** {@code /report}; {@code /metrics} when the address has no report (Kubernetes' 6782). */
    AUTO,
    /** {@code /report} only. */
    REPORT,
    /** {@code /metrics} only: no peer names and no DNS names. */
    METRICS
  }

  private final List<WeaveClient> routers;
  private final Criteria criteria;
  private final ProgressListener log;

  public WeaveNetworkCheck(List<WeaveClient> routers, Criteria criteria, ProgressListener log) {
    if (routers.isEmpty()) {
      throw new IllegalArgumentException(WeaveClient.ROUTERS_SETTING
          + " is empty: give at least one URL");
    }
    this.routers = Collections.unmodifiableList(new ArrayList<WeaveClient>(routers));
    this.criteria = criteria;
    this.log = log == null ? ProgressListener.NONE : log;
  }

  /** A check of every router in {@code settings.urls()}. */
  public static WeaveNetworkCheck forSettings(ServiceSettings settings, Criteria criteria,
      ProgressListener log) {
    return new WeaveNetworkCheck(WeaveClient.forEachRouter(settings, log), criteria, log);
  }

  /**
   * Runs the check once. Routers are read one after the other; {@code timeoutMillis} bounds the
   * whole check (0 = only each request's own timeouts): routers not read in time fail with that
   * reason.
   *
   * @throws CancelledException when {@code token} is cancelled
   */
  public WeaveNetworkCheckResult run(long timeoutMillis, CancellationToken token) {
    final CancellationToken parent = token == null ? CancellationToken.none() : token;
    final Deadline deadline = Deadline.inMillis(timeoutMillis);
    final CancellationToken bounded =
        CancellationToken.polling(() -> parent.isCancelled() || deadline.hasExpired());
    long started = System.nanoTime();
    ScheduledExecutorService watchdog = watchdog(bounded);
    List<WeaveNetworkCheckResult.RouterResult> results =
        new ArrayList<WeaveNetworkCheckResult.RouterResult>();
    try {
      for (WeaveClient router : routers) {
        results.add(check(router, bounded, parent, timeoutMillis));
      }
    } finally {
      watchdog.shutdownNow();
    }
    return result(results, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
  }

  /**
   * An in-flight HTTP call is only aborted when someone notices the stop, so this polls the
   * bounded token every slice: a Spoon stop or the time limit ends a hanging call within 100 ms.
   */
  private static ScheduledExecutorService watchdog(final CancellationToken bounded) {
    ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "weave-check-watchdog");
      t.setDaemon(true);
      return t;
    });
    s.scheduleAtFixedRate(bounded::isCancelled, CancellationToken.SLICE_MILLIS,
        CancellationToken.SLICE_MILLIS, TimeUnit.MILLISECONDS);
    return s;
  }

  private WeaveNetworkCheckResult.RouterResult check(WeaveClient router,
      CancellationToken bounded, CancellationToken parent, long timeoutMillis) {
    String url = router.url();
    if (bounded.isCancelled()) {
      parent.throwIfCancelled();
      return unanswered(url, "not checked: the check's time limit of " + timeoutMillis
          + " ms ran out before this router's turn", ClusterException.Kind.TIMED_OUT);
    }
    WeaveHealth health;
    try {
      health = read(router, bounded);
    } catch (CancelledException e) {
      if (parent.isCancelled()) {
        throw new CancelledException("Weave network check cancelled while reading " + url);
      }
      return unanswered(url, "no answer within the check's time limit of " + timeoutMillis
          + " ms", ClusterException.Kind.TIMED_OUT);
    } catch (ClusterException e) {
      return unanswered(url, e.getMessage(), e.kind());
    }
    List<String> reasons = criteria.evaluate(health);
    log.basic("Weave router " + url + ": " + health.summary());
    for (String r : reasons) {
      log.basic("Weave router " + url + " fails: " + r);
    }
    return new WeaveNetworkCheckResult.RouterResult(url, health, reasons);
  }

  private WeaveNetworkCheckResult.RouterResult unanswered(String url, String reason,
      ClusterException.Kind failure) {
    log.basic("Weave router " + url + " fails: " + reason);
    return new WeaveNetworkCheckResult.RouterResult(url, null,
        Collections.singletonList(reason), failure);
  }

  private WeaveHealth read(WeaveClient router, CancellationToken token) {
    switch (criteria.source) {
      case REPORT:
        return WeaveHealth.of(router.report(token));
      case METRICS:
        return WeaveHealth.of(router.metrics(token));
      default:
        try {
          return WeaveHealth.of(router.report(token));
        } catch (NotFoundException e) {
          log.detailed("Weave router " + router.url() + " has no /report (a metrics-only"
              + " address such as Kubernetes' 6782): reading /metrics instead");
          return WeaveHealth.of(router.metrics(token));
        }
    }
  }

  private WeaveNetworkCheckResult result(List<WeaveNetworkCheckResult.RouterResult> results,
      long elapsedMillis) {
    List<String> diagnostics = new ArrayList<String>();
    Set<String> peerNames = new LinkedHashSet<String>();
    int estimate = 0;
    int failed = 0;
    for (WeaveNetworkCheckResult.RouterResult r : results) {
      if (!r.passed()) {
        failed++;
      }
      for (String reason : r.reasons()) {
        diagnostics.add(r.url() + ": " + reason);
      }
      if (r.health() != null) {
        peerNames.addAll(r.health().peerNames());
        if (r.health().peerCountIsEstimate()) {
          estimate = Math.max(estimate, r.health().peerCount());
        }
      }
    }
    int peers = Math.max(peerNames.size(), estimate);
    String message = failed == 0
        ? "Weave network healthy: " + results.size()
            + (results.size() == 1 ? " router" : " routers") + " checked, " + peers
            + (peers == 1 ? " peer" : " peers")
        : "Weave network check failed on " + failed + " of " + results.size()
            + (results.size() == 1 ? " router: " : " routers: ") + diagnostics.get(0)
            + (diagnostics.size() > 1 ? " (and " + (diagnostics.size() - 1) + " more)" : "");
    log.basic(message);
    return new WeaveNetworkCheckResult(failed == 0, message, diagnostics, elapsedMillis, results,
        peers);
  }

  /** What every router must show. Immutable; build with {@link #builder()}. */
  public static final class Criteria {
    private final Source source;
    private final int minPeers;
    private final boolean allEstablished;
    private final boolean ipamReady;
    private final boolean ipamIdleCounts;
    private final boolean unreachableIpamOwnersAllowed;
    private final List<String> dnsNames;

    private Criteria(Builder b) {
      this.source = b.source;
      this.minPeers = b.minPeers;
      this.allEstablished = b.allEstablished;
      this.ipamReady = b.ipamReady;
      this.ipamIdleCounts = b.ipamIdleCounts;
      this.unreachableIpamOwnersAllowed = b.unreachableIpamOwnersAllowed;
      this.dnsNames = Collections.unmodifiableList(new ArrayList<String>(b.dnsNames));
    }

    /**
     * Defaults: read {@link Source#AUTO}, no minimum peer count, all connections established,
     * IPAM ready (idle counts as ready), no range owned by an unreachable peer, no DNS names.
     */
    public static Builder builder() {
      return new Builder();
    }

    public Source source() {
      return source;
    }

    public int minPeers() {
      return minPeers;
    }

    public List<String> dnsNames() {
      return dnsNames;
    }

    /** Each criterion {@code health} fails, in a sentence naming the expected value. */
    List<String> evaluate(WeaveHealth h) {
      List<String> reasons = new ArrayList<String>();
      if (Boolean.FALSE.equals(h.ready())) {
        reasons.add("router is not ready (Ready=false: proxy, plugin or AWSVPC still starting)");
      }
      if (minPeers > 0 && h.peerCount() < minPeers) {
        reasons.add("only " + h.peerCount() + (h.peerCount() == 1 ? " peer" : " peers")
            + (h.peerCountIsEstimate() ? " (estimated from /metrics: established connections"
                + " + 1)" : "") + ", at least " + minPeers + " expected"
            + (h.peerNames().isEmpty() ? "" : " (peers: " + String.join(", ", h.peerNames())
                + ")"));
      }
      if (allEstablished && !h.allConnectionsEstablished()) {
        reasons.add("connections not established: " + String.join("; ", h.notEstablished()));
      }
      if (ipamReady) {
        evaluateIpam(h, reasons);
      }
      for (String name : dnsNames) {
        if (!h.dnsRunning()) {
          reasons.add("DNS entry '" + name + "' cannot be checked: weaveDNS is not running on"
              + " this router");
        } else if (!h.dnsNamesKnown()) {
          reasons.add("DNS entry '" + name + "' cannot be checked from /metrics, which has no"
              + " host names; read /report instead");
        } else if (!h.hasDnsEntry(name)) {
          reasons.add("DNS entry '" + name + "' not found among " + h.liveDnsEntryCount()
              + " live entries" + (h.liveDnsHostnames().isEmpty() ? ""
                  : " (" + String.join(", ", h.liveDnsHostnames()) + ")"));
        }
      }
      return reasons;
    }

    private void evaluateIpam(WeaveHealth h, List<String> reasons) {
      if (h.ipamState() == WeaveHealth.IpamState.ABSENT) {
        reasons.add("IPAM is not running on this router (no IPAM section"
            + (h.source() == WeaveHealth.Source.METRICS ? " in /metrics" : " in /report")
            + "); turn the IPAM criterion off if that is intended");
        return;
      }
      if (!h.ipamReady(ipamIdleCounts)) {
        reasons.add("IPAM is not ready: " + h.ipamStatusText()
            + (h.pendingClaims() > 0 ? " (" + h.pendingClaims() + " pending claims)" : ""));
      }
      if (!unreachableIpamOwnersAllowed && h.unreachableIpamRanges() > 0
          && h.ipamState() != WeaveHealth.IpamState.ALL_UNREACHABLE) {
        reasons.add(h.unreachableIpamRanges() + " IP address range(s) owned by peers this router"
            + " cannot see; use 'weave rmpeer' if they are dead");
      }
    }

    @Override
    public String toString() {
      return "Criteria{source=" + source + ", minPeers=" + minPeers + ", allEstablished="
          + allEstablished + ", ipamReady=" + ipamReady + ", ipamIdleCounts=" + ipamIdleCounts
          + ", unreachableIpamOwnersAllowed=" + unreachableIpamOwnersAllowed + ", dnsNames="
          + dnsNames + "}";
    }

    /** Builder with the defaults of {@link Criteria#builder()}. */
    public static final class Builder {
      private Source source = Source.AUTO;
      private int minPeers;
      private boolean allEstablished = true;
      private boolean ipamReady = true;
      private boolean ipamIdleCounts = true;
      private boolean unreachableIpamOwnersAllowed;
      private final List<String> dnsNames = new ArrayList<String>();

      public Builder source(Source s) {
        this.source = s == null ? Source.AUTO : s;
        return this;
      }

      /** Each router must know at least this many peers, itself included; 0 = no minimum. */
      public Builder minPeers(int n) {
        if (n < 0) {
          throw new IllegalArgumentException("Minimum peers must not be negative: " + n);
        }
        this.minPeers = n;
        return this;
      }

      public Builder allConnectionsEstablished(boolean required) {
        this.allEstablished = required;
        return this;
      }

      public Builder ipamReady(boolean required) {
        this.ipamReady = required;
        return this;
      }

      /** Whether IPAM "idle" (nothing allocated yet, ring not formed) counts as ready. */
      public Builder ipamIdleCounts(boolean counts) {
        this.ipamIdleCounts = counts;
        return this;
      }

      /**
       * Accept ranges owned by peers a router cannot see (stale peers in autoscaled clusters
       * raise this falsely, weave issue #3569).
       */
      public Builder unreachableIpamOwnersAllowed(boolean allowed) {
        this.unreachableIpamOwnersAllowed = allowed;
        return this;
      }

      /** Host names that must have a live entry: {@code db}, {@code db.weave.local[.]}. */
      public Builder dnsNames(List<String> names) {
        dnsNames.clear();
        for (String n : names) {
          if (n != null && !n.trim().isEmpty()) {
            dnsNames.add(n.trim());
          }
        }
        return this;
      }

      public Criteria build() {
        return new Criteria(this);
      }
    }
  }
}
