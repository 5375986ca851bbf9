package io.pdimesos.core.marathon;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An app (or pod) waiting in Marathon's launch queue, with why offers were turned down: the only
 * place Marathon says why a deployment does not progress.
 */
public final class QueueItem {
  private final String runSpecId;
  private final int count;
  private final String role;
  private final int delayTimeLeftSeconds;
  private final boolean overdue;
  private final String since;
  private final int processedOffersCount;
  private final int unusedOffersCount;
  private final List<Rejection> lastOfferRejections;
  private final Map<String, Integer> unusedOfferReasons;
  private final JsonNode raw;

  private QueueItem(JsonNode n) {
    Nodes.item(n, "queue[]");
    this.raw = n;
    JsonNode spec = n.has("app") ? Nodes.object(n, "app") : Nodes.object(n, "pod");
    this.runSpecId = Nodes.text(spec, "id");
    this.count = Nodes.integer(n, "count", 0);
    this.role = Nodes.text(n, "role");
    JsonNode delay = Nodes.object(n, "delay");
    this.delayTimeLeftSeconds = Nodes.integer(delay, "timeLeftSeconds", 0);
    this.overdue = Boolean.TRUE.equals(Nodes.bool(delay, "overdue"));
    this.since = Nodes.text(n, "since");
    JsonNode summary = Nodes.object(n, "processedOffersSummary");
    this.processedOffersCount = Nodes.integer(summary, "processedOffersCount", 0);
    this.unusedOffersCount = Nodes.integer(summary, "unusedOffersCount", 0);
    List<Rejection> rs = new ArrayList<Rejection>();
    if (summary != null) {
      for (JsonNode r : Nodes.array(summary, "rejectSummaryLastOffers")) {
        rs.add(new Rejection(Nodes.text(r, "reason"), Nodes.integer(r, "declined", 0),
            Nodes.integer(r, "processed", 0)));
      }
    }
    this.lastOfferRejections = Collections.unmodifiableList(rs);
    Map<String, Integer> reasons = new LinkedHashMap<String, Integer>();
    for (JsonNode o : Nodes.array(n, "lastUnusedOffers")) {
      for (String reason : Nodes.texts(o, "reason")) {
        Integer c = reasons.get(reason);
        reasons.put(reason, c == null ? 1 : c + 1);
      }
    }
    this.unusedOfferReasons = Collections.unmodifiableMap(reasons);
  }

  public static QueueItem from(JsonNode n) {
    return new QueueItem(n);
  }

  /** The app or pod id. */
  public String runSpecId() {
    return runSpecId;
  }

  /** Instances still to launch. */
  public int count() {
    return count;
  }

  public String role() {
    return role;
  }

  /** Seconds left of the launch backoff delay (after repeated task failures). */
  public int delayTimeLeftSeconds() {
    return delayTimeLeftSeconds;
  }

  public boolean overdue() {
    return overdue;
  }

  public String since() {
    return since;
  }

  public int processedOffersCount() {
    return processedOffersCount;
  }

  public int unusedOffersCount() {
    return unusedOffersCount;
  }

  /** Per-reason decline counts over the last offers ({@code rejectSummaryLastOffers}). */
  public List<Rejection> lastOfferRejections() {
    return lastOfferRejections;
  }

  /** How many of the embedded {@code lastUnusedOffers} named each reason. */
  public Map<String, Integer> unusedOfferReasons() {
    return unusedOfferReasons;
  }

  public JsonNode raw() {
    return raw;
  }

  /** One line a user can act on: what waits, since when, and why offers were declined. */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(runSpecId).append(": ").append(count).append(" instance(s) waiting to launch");
    if (since != null) {
      sb.append(" since ").append(since);
    }
    if (delayTimeLeftSeconds > 0) {
      sb.append(", launch delayed ").append(delayTimeLeftSeconds)
          .append(" s more after task failures");
    }
    if (processedOffersCount > 0 || unusedOffersCount > 0) {
      sb.append("; ").append(unusedOffersCount).append(" of ").append(processedOffersCount)
          .append(" offers unused");
    }
    List<String> declined = new ArrayList<String>();
    for (Rejection r : lastOfferRejections) {
      if (r.declined() > 0) {
        declined.add(r.toString());
      }
    }
    if (!declined.isEmpty()) {
      sb.append("; declined: ").append(String.join(", ", declined));
    }
    if (!unusedOfferReasons.isEmpty()) {
      List<String> rs = new ArrayList<String>();
      for (Map.Entry<String, Integer> e : unusedOfferReasons.entrySet()) {
        rs.add(e.getKey() + " x" + e.getValue());
      }
      sb.append("; last unused offers: ").append(String.join(", ", rs));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return summary();
  }

  /** Offers declined for one reason ({@code InsufficientCpus}: 75 of 123). */
  public static final class Rejection {
    private final String reason;
    private final int declined;
    private final int processed;

    Rejection(String reason, int declined, int processed) {
      this.reason = reason;
      this.declined = declined;
      this.processed = processed;
    }

    public String reason() {
      return reason;
    }

    public int declined() {
      return declined;
    }

    public int processed() {
      return processed;
    }

    @Override
    public String toString() {
      return reason + " " + declined + " of " + processed;
    }
  }
}
