package io.pdimesos.core.chronos;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a job Chronos already has is the one the user wants, so an unchanged job is
 * not posted again: a re-post resets the counters and, with a start in the past, runs the job at
 * once (reference chronos.md §3). What Chronos changes by itself does not count as a change: the
 * counters, the start and repetitions it rewrites after each run, defaults it fills in, and the
 * {@code uris}/{@code fetch} mirroring of the job list.
 */
public final class JobDefinitions {
  /** Fields the server fills with its own defaults when the post leaves them out (§4, §9). */
  private static final Set<String> SERVER_DEFAULTED = new HashSet<String>(Arrays.asList(
      "cpus", "mem", "disk", "shell", "retries", "runAsUser", "epsilon", "scheduleTimeZone",
      "uris", "fetch"));

  private JobDefinitions() {}

  /** True when posting {@code desired} would not change {@code stored} (besides its counters). */
  public static boolean same(ChronosJob desired, ChronosJob stored) {
    return differences(desired, stored).isEmpty();
  }

  /** The names of the fields that differ, for the log; empty when the definitions match. */
  public static List<String> differences(ChronosJob desired, ChronosJob stored) {
    List<String> out = new ArrayList<String>();
    JsonNode d = desired.tree();
    JsonNode s = stored.tree();
    if (desired.isDependent() != stored.isDependent()) {
      out.add(desired.isDependent() ? "parents" : "schedule");
      return out;
    }
    Iterator<Map.Entry<String, JsonNode>> it = d.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String f = e.getKey();
      if (ChronosJob.COUNTER_FIELDS.contains(f)) {
        continue;
      }
      if (f.equals("schedule")) {
        if (!sameSchedule(e.getValue().asText(), s.path("schedule").asText(""))) {
          out.add(f);
        }
      } else if (isResourceDefault(f, e.getValue())) {
        continue; // 0 means "server default", which GET shows as the default value
      } else if (!covers(e.getValue(), s.get(f))) {
        out.add(f);
      }
    }
    Iterator<Map.Entry<String, JsonNode>> st = s.fields();
    while (st.hasNext()) {
      Map.Entry<String, JsonNode> e = st.next();
      String f = e.getKey();
      if (!d.has(f) && !ChronosJob.COUNTER_FIELDS.contains(f) && !SERVER_DEFAULTED.contains(f)
          && !isEmptyValue(e.getValue())) {
        out.add(f); // set on the server, no longer in the definition: a post would clear it
      }
    }
    return out;
  }

  private static boolean sameSchedule(String desired, String stored) {
    if (desired.equals(stored)) {
      return true;
    }
    try {
      return Iso8601Schedule.parse(desired).sameAfterRewrites(Iso8601Schedule.parse(stored));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isResourceDefault(String field, JsonNode v) {
    return (field.equals("cpus") || field.equals("mem") || field.equals("disk"))
        && number(v) != null && number(v) == 0;
  }

  /**
   * {@code desired} is met by {@code stored}: equal scalars (numbers compared by value, also when
   * written as strings), equal-length arrays element by element, objects field by field with
   * extra stored fields allowed when they hold defaults.
   */
  static boolean covers(JsonNode desired, JsonNode stored) {
    if (stored == null || stored.isNull() || stored.isMissingNode()) {
      return desired == null || desired.isNull() || isEmptyValue(desired);
    }
    if (desired.isObject()) {
      if (!stored.isObject()) {
        return false;
      }
      Iterator<Map.Entry<String, JsonNode>> it = desired.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!covers(e.getValue(), stored.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (desired.isArray()) {
      if (!stored.isArray() || stored.size() != desired.size()) {
        return false;
      }
      for (int i = 0; i < desired.size(); i++) {
        if (!covers(desired.get(i), stored.get(i))) {
          return false;
        }
      }
      return true;
    }
    Double dn = number(desired);
    Double sn = number(stored);
    if (dn != null && sn != null && (desired.isNumber() || stored.isNumber())) {
      return Math.abs(dn - sn) < 1e-9;
    }
    return desired.asText().equals(stored.asText());
  }

  private static Double number(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isNumber()) {
      return n.doubleValue();
    }
    if (n.isTextual()) {
      try {
        return Double.valueOf(n.asText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static boolean isEmptyValue(JsonNode v) {
    if (v == null || v.isNull()) {
      return true;
    }
    if (v.isTextual()) {
      return v.asText().isEmpty();
    }
    if (v.isContainerNode()) {
      return v.size() == 0;
    }
    if (v.isBoolean()) {
      return !v.booleanValue();
    }
    if (v.isNumber()) {
      return v.doubleValue() == 0;
    }
    return false;
  }
}
