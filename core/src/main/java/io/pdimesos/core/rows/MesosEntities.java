package io.pdimesos.core.rows;

import static io.pdimesos.core.rows.FieldType.BOOLEAN;
import static io.pdimesos.core.rows.FieldType.DATE;
import static io.pdimesos.core.rows.FieldType.JSON;
import static io.pdimesos.core.rows.FieldType.NUMBER;
import static io.pdimesos.core.rows.FieldType.STRING;
import static io.pdimesos.core.rows.SourceField.of;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.http.ApiRequest;
import io.pdimesos.core.http.ApiResponse;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.mesos.MesosAgent;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.mesos.MesosExecutor;
import io.pdimesos.core.mesos.MesosFramework;
import io.pdimesos.core.mesos.MesosTask;
import io.pdimesos.core.mesos.StateVisitor;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Mesos entities as records: agents, frameworks, tasks and executors streamed from
 * {@code GET /master/state} (one item in memory at a time, rows handed on while the body
 * arrives), and the metrics of {@code GET /metrics/snapshot}.
 */
public final class MesosEntities {
  public static final String AGENTS = "agents";
  public static final String FRAMEWORKS = "frameworks";
  public static final String TASKS = "tasks";
  public static final String EXECUTORS = "executors";
  public static final String METRICS = "metrics";
  public static final List<String> CODES = Collections.unmodifiableList(
      Arrays.asList(AGENTS, FRAMEWORKS, TASKS, EXECUTORS, METRICS));

  private MesosEntities() {}

  /**
   * A reader of {@code code} over {@code client}.
   *
   * @throws IllegalArgumentException for an unknown code (names the valid ones)
   */
  public static EntityReader reader(String code, MesosClient client) {
    if (client == null) {
      throw new IllegalArgumentException("A Mesos client is needed to read " + code);
    }
    return create(code, client);
  }

  /**
   * The documented default fields of {@code code}, without a client (Spoon asks for them to
   * show a step's fields).
   *
   * @throws IllegalArgumentException for an unknown code (names the valid ones)
   */
  public static List<SourceField> defaultFields(String code) {
    return create(code, null).defaultFields();
  }

  /** The one place that maps a code to its reader; a null client is fine for its fields. */
  private static EntityReader create(String code, MesosClient client) {
    String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    if (AGENTS.equals(c)) {
      return new StateReader(AGENTS, AGENT_FIELDS, client);
    }
    if (FRAMEWORKS.equals(c)) {
      return new StateReader(FRAMEWORKS, FRAMEWORK_FIELDS, client, RowFilter.FRAMEWORK_NAME);
    }
    if (TASKS.equals(c)) {
      return new StateReader(TASKS, TASK_FIELDS, client, RowFilter.FRAMEWORK_NAME,
          RowFilter.TASK_STATE);
    }
    if (EXECUTORS.equals(c)) {
      return new StateReader(EXECUTORS, EXECUTOR_FIELDS, client, RowFilter.FRAMEWORK_NAME);
    }
    if (METRICS.equals(c)) {
      return new MetricsReader(client);
    }
    throw DeclaredEntityReader.unknown("Mesos", code, CODES);
  }

  static final List<SourceField> AGENT_FIELDS = DeclaredEntityReader.fields(
      of("id", STRING, "/id", "Agent id"),
      of("hostname", STRING, "/hostname", "Hostname the agent registered with"),
      of("address", STRING, "@address", "host:port where the agent's own HTTP API answers"),
      of("active", BOOLEAN, "@active", "Whether the master considers the agent active"),
      of("version", STRING, "/version", "Mesos version of the agent (1.0+)"),
      of("registered_time", DATE, "@registered_time", "When the agent registered"),
      of("cpus", NUMBER, "/resources/cpus", "Total CPUs"),
      of("mem", NUMBER, "/resources/mem", "Total memory in MB"),
      of("disk", NUMBER, "/resources/disk", "Total disk in MB"),
      of("ports", STRING, "/resources/ports", "Port ranges offered, as Mesos writes them"),
      of("used_cpus", NUMBER, "/used_resources/cpus", "CPUs used by tasks and executors"),
      of("used_mem", NUMBER, "/used_resources/mem", "Memory used in MB"),
      of("used_disk", NUMBER, "/used_resources/disk", "Disk used in MB"),
      of("attributes", JSON, "/attributes", "Agent attributes as a JSON object"));

  static final List<SourceField> FRAMEWORK_FIELDS = DeclaredEntityReader.fields(
      of("id", STRING, "/id", "Framework id"),
      of("name", STRING, "/name", "Framework name (marathon, chronos...)"),
      of("active", BOOLEAN, "@active", "Whether the framework is active"),
      of("connected", BOOLEAN, "@connected", "Whether its scheduler is connected"),
      of("completed", BOOLEAN, "@completed", "True for a completed (torn down) framework"),
      of("user", STRING, "/user", "User its tasks run as"),
      of("hostname", STRING, "/hostname", "Host of the scheduler"),
      of("roles", STRING, "@roles", "Its role, or roles of a multi-role framework"),
      of("webui_url", STRING, "/webui_url", "The scheduler's web UI"),
      of("registered_time", DATE, "@registered_time", "When the framework registered"),
      of("unregistered_time", DATE, "@unregistered_time", "When it was torn down, if it was"),
      of("used_cpus", NUMBER, "/used_resources/cpus", "CPUs its tasks use"),
      of("used_mem", NUMBER, "/used_resources/mem", "Memory its tasks use in MB"),
      of("used_disk", NUMBER, "/used_resources/disk", "Disk its tasks use in MB"));

  static final List<SourceField> TASK_FIELDS = DeclaredEntityReader.fields(
      of("id", STRING, "/id", "Task id"),
      of("name", STRING, "/name", "Task name"),
      of("state", STRING, "/state", "TASK_RUNNING, TASK_FINISHED..."),
      of("kind", STRING, "@kind", "List it came from: active, completed, unreachable or orphan"),
      of("framework_id", STRING, "/framework_id", "Framework id"),
      of("framework_name", STRING, "@framework_name", "Framework name"),
      of("agent_id", STRING, "@agent_id", "Agent id"),
      of("agent_hostname", STRING, "@agent_hostname", "Hostname of the agent, when known"),
      of("ip_addresses", STRING, "@ip_addresses",
          "Container IPs of the latest TASK_RUNNING status, else the agent's hostname"),
      of("executor_id", STRING, "/executor_id", "Executor id (empty for command tasks)"),
      of("cpus", NUMBER, "/resources/cpus", "CPUs allocated"),
      of("mem", NUMBER, "/resources/mem", "Memory allocated in MB"),
      of("disk", NUMBER, "/resources/disk", "Disk allocated in MB"),
      of("ports", STRING, "/resources/ports", "Host port ranges, as Mesos writes them"),
      of("last_status_time", DATE, "@last_status_time", "Time of the newest status update"),
      of("labels", JSON, "@labels", "Task labels as a JSON object {key: value}"));

  static final List<SourceField> EXECUTOR_FIELDS = DeclaredEntityReader.fields(
      of("id", STRING, "@id", "Executor id"),
      of("name", STRING, "/name", "Executor name"),
      of("framework_id", STRING, "@framework_id", "Framework id"),
      of("framework_name", STRING, "@framework_name", "Framework name"),
      of("agent_id", STRING, "@agent_id", "Agent id"),
      of("source", STRING, "/source", "Source the framework gave the executor"),
      of("command", STRING, "/command/value", "Command that starts the executor"),
      of("cpus", NUMBER, "/resources/cpus", "CPUs allocated"),
      of("mem", NUMBER, "/resources/mem", "Memory allocated in MB"),
      of("disk", NUMBER, "/resources/disk", "Disk allocated in MB"));

  static final List<SourceField> METRIC_FIELDS = DeclaredEntityReader.fields(
      of("name", STRING, "@name", "Metric name (master/cpus_used...)"),
      of("value", NUMBER, "@value", "Its value (flags are 1.0 or 0.0)"));

  /** Agents, frameworks, tasks or executors from the streamed {@code /master/state}. */
  private static final class StateReader extends DeclaredEntityReader {
    private final MesosClient client;

    StateReader(String code, List<SourceField> fields, MesosClient client, String... filters) {
      super(code, fields, filters);
      this.client = client;
    }

    @Override
    public long read(final RowFilter filter, final RecordSink sink, CancellationToken token) {
      final RowFilter f = filter == null ? RowFilter.NONE : filter;
      final String entity = code();
      final long[] handed = {0};
      final boolean[] stop = {false};
      client.streamState(new StateVisitor() {
        private boolean agentsSeen;

        @Override
        public void answered(String baseUrl, long responseMillis) {
          sink.answered(new ResponseInfo(baseUrl(baseUrl), responseMillis));
        }

        @Override
        public void agent(MesosAgent agent) {
          agentsSeen = true;
          if (entity.equals(AGENTS)) {
            offer(agentRecord(agent));
          }
        }

        @Override
        public void framework(MesosFramework framework) {
          pastAgents();
          if (entity.equals(FRAMEWORKS) && f.frameworkMatches(framework.name())) {
            offer(frameworkRecord(framework));
          }
        }

        @Override
        public void task(MesosTask task) {
          pastAgents();
          if (entity.equals(TASKS) && f.frameworkMatches(task.frameworkName())
              && f.stateMatches(task.state())) {
            offer(taskRecord(task));
          }
        }

        @Override
        public void executor(MesosExecutor executor) {
          pastAgents();
          if (entity.equals(EXECUTORS) && f.frameworkMatches(executor.frameworkName())) {
            offer(executorRecord(executor));
          }
        }

        /**
         * The agents form one list: once other items follow it (1.x writes agents first;
         * 0.2x writes them after the frameworks), no agent is left and the rest is skipped.
         */
        private void pastAgents() {
          if (agentsSeen && entity.equals(AGENTS)) {
            stop[0] = true;
          }
        }

        private void offer(Record r) {
          handed[0]++;
          if (!sink.accept(r)) {
            stop[0] = true;
          }
        }

        @Override
        public boolean done() {
          return stop[0];
        }
      }, token);
      return handed[0];
    }
  }

  static Record agentRecord(MesosAgent a) {
    Map<String, Object> d = new HashMap<String, Object>();
    d.put("address", a.address());
    d.put("active", a.active());
    d.put("registered_time", DeclaredEntityReader.seconds(a.registeredTime()));
    return Record.owning(a.raw(), d);
  }

  static Record frameworkRecord(MesosFramework fw) {
    Map<String, Object> d = new HashMap<String, Object>();
    d.put("active", fw.active());
    d.put("connected", fw.connected());
    d.put("completed", fw.completed());
    d.put("roles", fw.roles());
    d.put("registered_time", DeclaredEntityReader.seconds(fw.registeredTime()));
    d.put("unregistered_time", DeclaredEntityReader.seconds(fw.unregisteredTime()));
    return Record.owning(fw.raw(), d);
  }

  static Record taskRecord(MesosTask t) {
    Map<String, Object> d = new HashMap<String, Object>();
    d.put("kind", t.kind().name().toLowerCase(Locale.ROOT));
    d.put("framework_name", t.frameworkName());
    d.put("agent_id", t.agentId());
    d.put("agent_hostname", t.agentHostname());
    d.put("ip_addresses", t.ipAddresses());
    d.put("last_status_time", DeclaredEntityReader.seconds(t.lastStatusTimestamp()));
    ObjectNode labels = Json.MAPPER.createObjectNode();
    for (Map.Entry<String, String> e : t.labels().entrySet()) {
      labels.put(e.getKey(), e.getValue());
    }
    d.put("labels", labels);
    return Record.owning(t.raw(), d);
  }

  static Record executorRecord(MesosExecutor e) {
    Map<String, Object> d = new HashMap<String, Object>();
    d.put("id", e.id());
    d.put("framework_id", e.frameworkId());
    d.put("framework_name", e.frameworkName());
    d.put("agent_id", e.agentId());
    return Record.owning(e.raw(), d);
  }

  /** {@code GET /metrics/snapshot}: one record per numeric metric, in the server's order. */
  private static final class MetricsReader extends DeclaredEntityReader {
    private final MesosClient client;

    MetricsReader(MesosClient client) {
      super(METRICS, METRIC_FIELDS);
      this.client = client;
    }

    @Override
    public long read(RowFilter filter, RecordSink sink, CancellationToken token) {
      CancellationToken t = token == null ? CancellationToken.none() : token;
      ApiResponse r = client.http().send(ApiRequest.get("/metrics/snapshot").build(), t);
      sink.answered(new ResponseInfo(baseUrl(r.base()), r.elapsedMillis()));
      JsonNode n = MesosClient.snapshot(r);
      long handed = 0;
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        if (!e.getValue().isNumber()) {
          continue;
        }
        t.throwIfCancelled();
        ObjectNode item = Json.MAPPER.createObjectNode();
        item.put("name", e.getKey());
        item.set("value", e.getValue());
        Map<String, Object> d = new HashMap<String, Object>();
        d.put("name", e.getKey());
        d.put("value", e.getValue().asDouble());
        handed++;
        if (!sink.accept(Record.owning(item, d))) {
          break;
        }
      }
      return handed;
    }
  }
}
