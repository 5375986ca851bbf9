package io.pdimesos.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.http.HttpClients;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The ceiling: the fastest way we know to turn {@code /master/state} into the Mesos State Input
 * step's sixteen default task fields, written by hand for exactly those fields with Jackson's
 * streaming parser. No selection is compiled, no record or typed task is made, every field name
 * is matched by a switch, and every other subtree is skipped; the values go straight into an
 * {@code Object[]}. Its rows equal the step's value for value on the generated states
 * ({@code BareScanTest}), so timing it next to the plugin's paths shows what the plugin's
 * generality costs. It reads what the generator writes (agents before frameworks, the 1.x
 * layout); it is not a general reader of every Mesos version.
 */
final class BareScan {
  /** The step's default task fields, in its order (MesosEntities.TASK_FIELDS). */
  static final int FIELDS = 16;
  private static final JsonFactory JSON = new JsonFactory();

  private BareScan() {}

  /** Reads the state at {@code baseUrl} of {@code tasks} tasks; one row per task to {@code out}. */
  static long rows(String baseUrl, int tasks, Consumer<Object[]> out) throws IOException {
    OkHttpClient client = HttpClients.forService(StateReaders.settings(baseUrl, tasks),
        ProgressListener.NONE);
    Request request = new Request.Builder()
        .url(baseUrl + StateServer.contextPath(tasks) + "/master/state")
        .header("Accept", "application/json").build();
    try (Response response = client.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("GET " + request.url() + " answered HTTP " + response.code());
      }
      return scan(response.body().byteStream(), out);
    }
  }

  static long scan(InputStream in, Consumer<Object[]> out) throws IOException {
    Map<String, String> hostnames = new HashMap<>();
    long rows = 0;
    try (JsonParser p = JSON.createParser(in)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if ("slaves".equals(field)) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            agent(p, hostnames);
          }
        } else if ("frameworks".equals(field)) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            rows += framework(p, hostnames, out);
          }
        } else {
          p.skipChildren();
        }
      }
    }
    return rows;
  }

  private static void agent(JsonParser p, Map<String, String> hostnames) throws IOException {
    String id = null;
    String hostname = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "hostname" -> hostname = p.getText();
        default -> p.skipChildren();
      }
    }
    hostnames.put(id, hostname);
  }

  /** The generator writes a framework's name before its tasks, as Mesos 1.x does. */
  private static long framework(JsonParser p, Map<String, String> hostnames,
      Consumer<Object[]> out) throws IOException {
    String name = null;
    long rows = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if ("name".equals(field)) {
        name = p.getText();
      } else if ("tasks".equals(field) || "completed_tasks".equals(field)
          || "unreachable_tasks".equals(field)) {
        String kind = "tasks".equals(field) ? "active"
            : "completed_tasks".equals(field) ? "completed" : "unreachable";
        while (p.nextToken() == JsonToken.START_OBJECT) {
          out.accept(task(p, kind, name, hostnames));
          rows++;
        }
      } else {
        p.skipChildren();
      }
    }
    return rows;
  }

  private static Object[] task(JsonParser p, String kind, String frameworkName,
      Map<String, String> hostnames) throws IOException {
    Object[] row = new Object[FIELDS];
    row[3] = kind;
    row[5] = frameworkName;
    double lastStatus = 0;
    List<String> ips = new ArrayList<>(2);
    Map<String, String> labels = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> row[0] = p.getText();
        case "name" -> row[1] = p.getText();
        case "state" -> row[2] = p.getText();
        case "framework_id" -> row[4] = p.getText();
        case "slave_id" -> row[6] = p.getText();
        case "executor_id" -> row[9] = p.getText();
        case "resources" -> resources(p, row);
        case "statuses" -> lastStatus = statuses(p, ips);
        case "labels" -> labels = labels(p);
        default -> p.skipChildren();
      }
    }
    String hostname = hostnames.get((String) row[6]);
    row[7] = hostname;
    if (ips.isEmpty() && hostname != null) {
      ips.add(hostname);
    }
    row[8] = String.join(",", ips);
    row[14] = lastStatus > 0 ? new Date(Math.round(lastStatus * 1000.0)) : null;
    row[15] = json(labels);
    return row;
  }

  private static void resources(JsonParser p, Object[] row) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "cpus" -> row[10] = p.getDoubleValue();
        case "mem" -> row[11] = p.getDoubleValue();
        case "disk" -> row[12] = p.getDoubleValue();
        case "ports" -> row[13] = p.getText();
        default -> p.skipChildren();
      }
    }
  }

  /**
   * The newest status time; {@code ips} gets the addresses of the newest TASK_RUNNING status, by
   * the step's rule (its container network infos).
   */
  private static double statuses(JsonParser p, List<String> ips) throws IOException {
    double newest = 0;
    double newestRunning = -1;
    List<String> statusIps = new ArrayList<>(2);
    while (p.nextToken() == JsonToken.START_OBJECT) {
      String state = null;
      double timestamp = 0;
      statusIps.clear();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "state" -> state = p.getText();
          case "timestamp" -> timestamp = p.getDoubleValue();
          case "container_status" -> containerIps(p, statusIps);
          default -> p.skipChildren();
        }
      }
      newest = Math.max(newest, timestamp);
      if ("TASK_RUNNING".equals(state) && timestamp > newestRunning) {
        newestRunning = timestamp;
        ips.clear();
        ips.addAll(statusIps);
      }
    }
    return newest;
  }

  private static void containerIps(JsonParser p, List<String> ips) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (!"network_infos".equals(field)) {
        p.skipChildren();
        continue;
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String infoField = p.currentName();
          p.nextToken();
          if (!"ip_addresses".equals(infoField)) {
            p.skipChildren();
            continue;
          }
          while (p.nextToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String addressField = p.currentName();
              p.nextToken();
              if ("ip_address".equals(addressField)) {
                ips.add(p.getText());
              } else {
                p.skipChildren();
              }
            }
          }
        }
      }
    }
  }

  private static Map<String, String> labels(JsonParser p) throws IOException {
    Map<String, String> labels = new java.util.LinkedHashMap<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      String key = null;
      String value = "";
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "key" -> key = p.getText();
          case "value" -> value = p.getText();
          default -> p.skipChildren();
        }
      }
      if (key != null) {
        labels.put(key, value);
      }
    }
    return labels;
  }

  /** The labels as the step writes a JSON field: a compact object of strings. */
  private static String json(Map<String, String> labels) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      if (labels != null) {
        for (Map.Entry<String, String> e : labels.entrySet()) {
          g.writeStringField(e.getKey(), e.getValue());
        }
      }
      g.writeEndObject();
    }
    return w.toString();
  }
}
