package io.pdimesos.core.metronome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * A job's schedule (reference metronome.md §3): cron, time zone, starting deadline, concurrency
 * policy, enabled. Fields left unset are not sent, so the server's defaults apply (UTC, 900 s,
 * ALLOW, enabled). Immutable; the {@code with…} methods return changed copies.
 */
public final class MetronomeSchedule {
  public static final String DEFAULT_TIME_ZONE = "UTC";
  public static final long DEFAULT_STARTING_DEADLINE_SECONDS = 900;
  /** Metronome refuses a shorter starting deadline ({@code startingDeadline >= 1.minute}). */
  public static final long MIN_STARTING_DEADLINE_SECONDS = 60;

  /** What a scheduled run does while another run of the job is active. */
  public enum ConcurrencyPolicy {
    /** Start it anyway. */
    ALLOW,
    /** Skip it (manual runs are never skipped). */
    FORBID
  }

  private final ObjectNode json;

  private MetronomeSchedule(ObjectNode json) {
    this.json = json;
  }

  /** A schedule with only id and cron set. */
  public static MetronomeSchedule of(String id, String cron) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("id", id);
    n.put("cron", cron);
    return new MetronomeSchedule(n);
  }

  public static MetronomeSchedule fromTree(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("A Metronome schedule must be a JSON object, not "
          + node);
    }
    return new MetronomeSchedule(((ObjectNode) node).deepCopy());
  }

  public String id() {
    return json.path("id").asText("");
  }

  public String cron() {
    return json.path("cron").asText("");
  }

  /** The time zone, {@value #DEFAULT_TIME_ZONE} when unset. */
  public String timezone() {
    return json.path("timezone").asText(DEFAULT_TIME_ZONE);
  }

  public long startingDeadlineSeconds() {
    return json.path("startingDeadlineSeconds").asLong(DEFAULT_STARTING_DEADLINE_SECONDS);
  }

  public ConcurrencyPolicy concurrencyPolicy() {
    String p = json.path("concurrencyPolicy").asText("ALLOW");
    return "FORBID".equals(p) ? ConcurrencyPolicy.FORBID : ConcurrencyPolicy.ALLOW;
  }

  public boolean enabled() {
    return json.path("enabled").asBoolean(true);
  }

  /** When the server expects the next run (answers only), or null. */
  public Instant nextRunAt() {
    return MetronomeTime.parse(json.path("nextRunAt").asText(null));
  }

  public MetronomeSchedule withTimezone(String zone) {
    return with("timezone", zone);
  }

  public MetronomeSchedule withStartingDeadlineSeconds(Long seconds) {
    return with("startingDeadlineSeconds", seconds);
  }

  public MetronomeSchedule withConcurrencyPolicy(ConcurrencyPolicy policy) {
    return with("concurrencyPolicy", policy == null ? null : policy.name());
  }

  public MetronomeSchedule withEnabled(Boolean enabled) {
    return with("enabled", enabled);
  }

  private MetronomeSchedule with(String field, Object value) {
    ObjectNode copy = json.deepCopy();
    if (value == null) {
      copy.remove(field);
    } else {
      copy.set(field, io.pdimesos.core.http.Json.MAPPER.valueToTree(value));
    }
    return new MetronomeSchedule(copy);
  }

  /**
   * Same settings once defaults are filled in. The cron is compared as written: the server
   * renders some forms anew ({@code *}{@code /1} comes back as {@code *}), in which case a
   * schedule is sent once more, which does no harm.
   */
  public boolean sameSettings(MetronomeSchedule other) {
    return other != null && id().equals(other.id()) && cron().equals(other.cron())
        && timezone().equals(other.timezone())
        && startingDeadlineSeconds() == other.startingDeadlineSeconds()
        && concurrencyPolicy() == other.concurrencyPolicy() && enabled() == other.enabled();
  }

  /** The settings as the schedule endpoints take them (no {@code nextRunAt}). */
  public ObjectNode toTree() {
    ObjectNode copy = json.deepCopy();
    copy.remove("nextRunAt");
    return copy;
  }

  @Override
  public String toString() {
    return id() + " '" + cron() + "' " + timezone();
  }
}
