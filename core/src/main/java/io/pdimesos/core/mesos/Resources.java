package io.pdimesos.core.mesos;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A v0 resources object: {@code cpus}, {@code mem} and {@code disk} in MB, {@code gpus} (absent
 * before 1.0), ranges such as {@code ports} as Mesos writes them ({@code "[31000-32000]"}), and
 * any other named resource.
 */
public final class Resources {
  public static final Resources EMPTY = new Resources(
      Collections.<String, Double>emptyMap(), Collections.<String, String>emptyMap());

  private final Map<String, Double> scalars;
  private final Map<String, String> texts;

  private Resources(Map<String, Double> scalars, Map<String, String> texts) {
    this.scalars = scalars;
    this.texts = texts;
  }

  static Resources from(JsonNode n) {
    if (n != null && !n.isNull() && !n.isObject()) {
      throw io.pdimesos.core.error.UnexpectedJsonException.wrongType("resources", n,
          "an object");
    }
    if (n == null || n.isNull() || n.size() == 0) {
      return EMPTY;
    }
    Map<String, Double> s = new LinkedHashMap<String, Double>();
    Map<String, String> t = new LinkedHashMap<String, String>();
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      if (e.getValue().isNumber()) {
        s.put(e.getKey(), e.getValue().asDouble());
      } else if (e.getValue().isTextual()) {
        t.put(e.getKey(), e.getValue().asText());
      }
    }
    return new Resources(Collections.unmodifiableMap(s), Collections.unmodifiableMap(t));
  }

  public double cpus() {
    return scalar("cpus");
  }

  public double mem() {
    return scalar("mem");
  }

  public double disk() {
    return scalar("disk");
  }

  public double gpus() {
    return scalar("gpus");
  }

  /** Port ranges as Mesos writes them, e.g. {@code "[31000-32000]"}, or null. */
  public String ports() {
    return texts.get("ports");
  }

  /** A scalar resource by name, 0 when absent. */
  public double scalar(String name) {
    Double v = scalars.get(name);
    return v == null ? 0 : v;
  }

  public Map<String, Double> scalars() {
    return scalars;
  }

  /** Range and set resources by name, as strings. */
  public Map<String, String> ranges() {
    return texts;
  }

  @Override
  public String toString() {
    return "cpus=" + cpus() + ", mem=" + mem() + ", disk=" + disk()
        + (ports() == null ? "" : ", ports=" + ports());
  }
}
