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
import io.pdimesos.core.json.PointerSelection;
import io.pdimesos.core.mesos.MesosAgent;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.mesos.MesosExecutor;
import io.pdimesos.core.mesos.MesosFramework;
import io.pdimesos.core.mesos.MesosTask;
import io.pdimesos.core.mesos.StateSelection;
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

  private static final List<String> AGENT_DERIVED =
      Collections.unmodifiableList(Arrays.asList("address", "active", "registered_time"));
  private static final List<String> FRAMEWORK_DERIVED = Collections.unmodifiableList(
      Arrays.asList("active", "connected", "completed", "roles", "registered_time",
          "unregistered_time"));
  private static final List<String> TASK_DERIVED = Collections.unmodifiableList(Arrays.asList(
      "kind", "framework_name", "agent_id", "agent_hostname", "ip_addresses", "last_status_time",
      "labels"));
  private static final List<String> EXECUTOR_DERIVED = Collections.unmodifiableList(
      Arrays.asList("id", "framework_id", "framework_name", "agent_id"));

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
    long read(final RowFilter f, PointerSelection selection, final RecordSink sink,
        CancellationToken token) {
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
      }, selectionOf(entity, selection), token);
      return handed[0];
    }

    /** Which items of the state keep {@code selection}'s values: only this entity's. */
    private static StateSelection selectionOf(String entity, PointerSelection selection) {
      if (entity.equals(AGENTS)) {
        return StateSelection.NONE.agents(selection);
      }
      if (entity.equals(FRAMEWORKS)) {
        return StateSelection.NONE.frameworks(selection);
      }
      if (entity.equals(TASKS)) {
        return StateSelection.NONE.tasks(selection);
      }
      return StateSelection.NONE.executors(selection);
    }
  }

  static Record agentRecord(final MesosAgent a) {
    return Record.of(a.selected(), new Derived() {
      @Override
      Object get(String name) {
        switch (name) {
          case "address":
            return a.address();
          case "active":
            return a.active();
          case "registered_time":
            return DeclaredEntityReader.seconds(a.registeredTime());
          default:
            return null;
        }
      }

      @Override
      List<String> names() {
        return AGENT_DERIVED;
      }
    });
  }

  static Record frameworkRecord(final MesosFramework fw) {
    return Record.of(fw.selected(), new Derived() {
      @Override
      Object get(String name) {
        switch (name) {
          case "active":
            return fw.active();
          case "connected":
            return fw.connected();
          case "completed":
            return fw.completed();
          case "roles":
            return fw.roles();
          case "registered_time":
            return DeclaredEntityReader.seconds(fw.registeredTime());
          case "unregistered_time":
            return DeclaredEntityReader.seconds(fw.unregisteredTime());
          default:
            return null;
        }
      }

      @Override
      List<String> names() {
        return FRAMEWORK_DERIVED;
      }
    });
  }

  static Record taskRecord(final MesosTask t) {
    return Record.of(t.selected(), new Derived() {
      @Override
      Object get(String name) {
        switch (name) {
          case "kind":
            return t.kind().name().toLowerCase(Locale.ROOT);
          case "framework_name":
            return t.frameworkName();
          case "agent_id":
            return t.agentId();
          case "agent_hostname":
            return t.agentHostname();
          case "ip_addresses":
            return t.ipAddresses();
          case "last_status_time":
            return DeclaredEntityReader.seconds(t.lastStatusTimestamp());
          case "labels":
            ObjectNode labels = Json.MAPPER.createObjectNode();
            for (Map.Entry<String, String> e : t.labels().entrySet()) {
              labels.put(e.getKey(), e.getValue());
            }
            return labels;
          default:
            return null;
        }
      }

      @Override
      List<String> names() {
        return TASK_DERIVED;
      }
    });
  }

  static Record executorRecord(final MesosExecutor e) {
    return Record.of(e.selected(), new Derived() {
      @Override
      Object get(String name) {
        switch (name) {
          case "id":
            return e.id();
          case "framework_id":
            return e.frameworkId();
          case "framework_name":
            return e.frameworkName();
          case "agent_id":
            return e.agentId();
          default:
            return null;
        }
      }

      @Override
      List<String> names() {
        return EXECUTOR_DERIVED;
      }
    });
  }

  /** {@code GET /metrics/snapshot}: one record per numeric metric, in the server's order. */
  private static final class MetricsReader extends DeclaredEntityReader {
    private final MesosClient client;

    MetricsReader(MesosClient client) {
      super(METRICS, METRIC_FIELDS);
      this.client = client;
    }

    @Override
    long read(RowFilter filter, PointerSelection selection, RecordSink sink,
        CancellationToken t) {
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
