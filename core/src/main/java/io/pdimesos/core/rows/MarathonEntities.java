package io.pdimesos.core.rows;

import static io.pdimesos.core.rows.FieldType.BOOLEAN;
import static io.pdimesos.core.rows.FieldType.DATE;
import static io.pdimesos.core.rows.FieldType.INTEGER;
import static io.pdimesos.core.rows.FieldType.JSON;
import static io.pdimesos.core.rows.FieldType.NUMBER;
import static io.pdimesos.core.rows.FieldType.STRING;
import static io.pdimesos.core.rows.SourceField.of;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.error.UnexpectedJsonException;
import io.pdimesos.core.http.ApiRequest;
import io.pdimesos.core.http.StreamingResponse;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.json.JsonValues;
import io.pdimesos.core.json.KeptFields;
import io.pdimesos.core.json.PointerSelection;
import io.pdimesos.core.json.Tokens;
import io.pdimesos.core.marathon.App;
import io.pdimesos.core.marathon.Deployment;
import io.pdimesos.core.marathon.HealthResult;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.marathon.QueueItem;
import io.pdimesos.core.marathon.Task;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Marathon entities as records: apps (with counts, deployments and the last task failure),
 * tasks (with health and IPs), running deployments and the launch queue. Marathon answers each
 * list in one small body, so it is read whole and handed on item by item.
 */
public final class MarathonEntities {
  public static final String APPS = "apps";
  public static final String TASKS = "tasks";
  public static final String DEPLOYMENTS = "deployments";
  public static final String QUEUE = "queue";
  public static final List<String> CODES = Collections.unmodifiableList(
      Arrays.asList(APPS, TASKS, DEPLOYMENTS, QUEUE));

  private MarathonEntities() {}

  /**
   * A reader of {@code code} over {@code client}.
   *
   * @throws IllegalArgumentException for an unknown code (names the valid ones)
   */
  public static EntityReader reader(String code, MarathonClient client) {
    if (client == null) {
      throw new IllegalArgumentException("A Marathon client is needed to read " + code);
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
  private static EntityReader create(String code, MarathonClient client) {
    String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    if (APPS.equals(c)) {
      return new AppsReader(client);
    }
    if (TASKS.equals(c)) {
      return new TasksReader(client);
    }
    if (DEPLOYMENTS.equals(c)) {
      return new DeploymentsReader(client);
    }
    if (QUEUE.equals(c)) {
      return new QueueReader(client);
    }
    throw DeclaredEntityReader.unknown("Marathon", code, CODES);
  }

  /** What each item's typed class reads, for the filter and the derived values. */
  private static final Set<String> APP_TYPED = KeptFields.names("id", "deployments");
  private static final Set<String> TASK_TYPED = KeptFields.names("appId", "state",
      "ipAddresses", "healthCheckResults");
  private static final Set<String> DEPLOYMENT_TYPED = KeptFields.names("affectedApps",
      "affectedPods", "currentActions");
  private static final Set<String> QUEUE_TYPED = KeptFields.names("app", "pod", "count",
      "delay", "since", "processedOffersSummary", "lastUnusedOffers");

  static final List<SourceField> APP_FIELDS = DeclaredEntityReader.fields(
      of("id", STRING, "/id", "App id (/group/app)"),
      of("instances", INTEGER, "/instances", "Instances wanted"),
      of("cpus", NUMBER, "/cpus", "CPUs per instance"),
      of("mem", NUMBER, "/mem", "Memory per instance in MB"),
      of("disk", NUMBER, "/disk", "Disk per instance in MB"),
      of("cmd", STRING, "/cmd", "Command, for command apps"),
      of("image", STRING, "/container/docker/image", "Docker image, for container apps"),
      of("version", DATE, "/version", "Version (time of the last change)"),
      of("last_config_change", DATE, "/versionInfo/lastConfigChangeAt",
          "Time of the last change other than scaling"),
      of("tasks_running", INTEGER, "/tasksRunning", "Tasks running"),
      of("tasks_healthy", INTEGER, "/tasksHealthy", "Tasks passing all health checks"),
      of("tasks_unhealthy", INTEGER, "/tasksUnhealthy", "Tasks failing a health check"),
      of("tasks_staged", INTEGER, "/tasksStaged", "Tasks staged, not yet running"),
      of("deployments", STRING, "@deployments", "Ids of deployments touching the app"),
      of("labels", JSON, "/labels", "Labels as a JSON object"),
      of("last_task_failure", STRING, "/lastTaskFailure/message",
          "Message of the last task failure"),
      of("last_task_failure_time", DATE, "/lastTaskFailure/timestamp",
          "When the last task failed"));

  static final List<SourceField> TASK_FIELDS = DeclaredEntityReader.fields(
      of("id", STRING, "/id", "Task id"),
      of("app_id", STRING, "/appId", "App id"),
      of("state", STRING, "/state", "Mesos state (TASK_RUNNING...; Marathon 1.4+)"),
      of("host", STRING, "/host", "Agent hostname"),
      of("agent_id", STRING, "/slaveId", "Agent id"),
      of("ports", STRING, "/ports", "Host ports, comma separated"),
      of("service_ports", STRING, "/servicePorts", "Service ports, comma separated"),
      of("ip_addresses", STRING, "@ip_addresses", "Task IP addresses, comma separated"),
      of("healthy", BOOLEAN, "@healthy",
          "All health checks alive; empty when no health check result exists"),
      of("health_checks_alive", INTEGER, "@health_checks_alive", "Health checks now alive"),
      of("health_checks", INTEGER, "@health_checks", "Health check results reported"),
      of("staged_at", DATE, "/stagedAt", "When the task was staged"),
      of("started_at", DATE, "/startedAt", "When the task started running"),
      of("version", DATE, "/version", "App version the task runs"));

  static final List<SourceField> DEPLOYMENT_FIELDS = DeclaredEntityReader.fields(
      of("id", STRING, "/id", "Deployment id"),
      of("version", DATE, "/version", "Version it deploys"),
      of("affected_apps", STRING, "/affectedApps", "App ids it changes, comma separated"),
      of("current_step", INTEGER, "/currentStep", "Step under way (from 1)"),
      of("total_steps", INTEGER, "/totalSteps", "Number of steps"),
      of("current_actions", STRING, "@current_actions",
          "Actions of the current step (StartApplication /app, ...)"),
      of("steps", JSON, "/steps", "All steps as JSON"));

  static final List<SourceField> QUEUE_FIELDS = DeclaredEntityReader.fields(
      of("app_id", STRING, "@app_id", "Id of the waiting app (or pod)"),
      of("count", INTEGER, "/count", "Instances waiting to launch"),
      of("delay_seconds", INTEGER, "/delay/timeLeftSeconds",
          "Seconds left of the launch delay after failures"),
      of("overdue", BOOLEAN, "/delay/overdue", "Waiting longer than expected"),
      of("since", DATE, "/since", "Waiting since"),
      of("processed_offers", INTEGER, "/processedOffersSummary/processedOffersCount",
          "Offers looked at"),
      of("unused_offers", INTEGER, "/processedOffersSummary/unusedOffersCount",
          "Offers that did not fit"),
      of("summary", STRING, "@summary", "What waits, since when, and why offers were declined"));

  /**
   * One {@code GET} whose answer lists the items, streamed: each item is read from the tokens
   * while the body arrives (a 10,000-task Marathon answers tens of MB), keeping only the selected
   * values and the few fields its typed class needs, and handed on. Subclasses say where the list
   * is, which fields they read, and make each item's record (null when the filter leaves it out).
   */
  private abstract static class ListReader extends DeclaredEntityReader {
    final MarathonClient client;

    ListReader(String code, List<SourceField> fields, MarathonClient client,
        String... filters) {
      super(code, fields, filters);
      this.client = client;
    }

    abstract ApiRequest request(RowFilter filter);

    /** The answer's field holding the list, or null when the answer is the list itself. */
    abstract String listField();

    /** The item's fields {@link #record} reads from its tree. */
    abstract Set<String> typedFields();

    /**
     * @param typed the item's {@link #typedFields} as a tree
     * @param values what the read keeps of the item
     */
    abstract Record record(JsonNode typed, JsonValues values, RowFilter filter);

    @Override
    long read(RowFilter f, PointerSelection selection, RecordSink sink, CancellationToken t) {
      StreamingResponse r = client.http().open(request(f), t);
      try {
        sink.answered(new ResponseInfo(baseUrl(r.base()), r.elapsedMillis()));
        return items(r, f, selection, sink, t);
      } catch (IOException e) {
        throw r.failure(e, t, "a list of " + code());
      } catch (UnexpectedJsonException e) {
        throw e.answeredBy("GET", r.url(), r.status());
      } finally {
        r.close();
      }
    }

    private long items(StreamingResponse r, RowFilter f, PointerSelection selection,
        RecordSink sink, CancellationToken t) throws IOException {
      try (JsonParser p = Json.MAPPER.getFactory().createParser(r.body())) {
        if (!toList(p)) {
          throw new BadResponseException("GET " + r.url() + " answered without the list of "
              + code() + " (" + (listField() == null ? "a JSON array" : "\"" + listField()
              + "\": [...]") + " was expected)", r.status(), "GET", r.url(), null);
        }
        long handed = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          t.throwIfCancelled();
          KeptFields typed = KeptFields.of(typedFields());
          JsonNode item;
          JsonValues values;
          if (p.currentToken() == JsonToken.START_OBJECT) {
            values = selection.read(p, typed);
            item = typed.tree();
          } else {
            // Not an object: nothing in it to select; its typed class says whether that is an
            // error, as it does for a tree.
            item = Tokens.value(p);
            values = JsonValues.of(item);
          }
          Record rec = record(item, values, f);
          if (rec != null) {
            handed++;
            if (!sink.accept(rec)) {
              break;
            }
          }
        }
        return handed;
      }
    }

    /** Moves the parser onto the list's START_ARRAY; false when the answer has no list there. */
    private boolean toList(JsonParser p) throws IOException {
      JsonToken first = p.nextToken();
      if (listField() == null) {
        return first == JsonToken.START_ARRAY;
      }
      if (first != JsonToken.START_OBJECT) {
        return false;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (name.equals(listField())) {
          return v == JsonToken.START_ARRAY;
        }
        p.skipChildren();
      }
      return false;
    }
  }

  private static final class AppsReader extends ListReader {
    AppsReader(MarathonClient client) {
      super(APPS, APP_FIELDS, client, RowFilter.ID_PREFIX);
    }

    @Override
    ApiRequest request(RowFilter filter) {
      ApiRequest.Builder b = ApiRequest.get("/v2/apps").query("embed", "apps.counts")
          .query("embed", "apps.deployments").query("embed", "apps.lastTaskFailure");
      // Marathon's id filter matches anywhere in the id, a superset of the prefix asked for:
      // it only shrinks the answer, the prefix itself is checked below
      String prefix = filter.bareIdPrefix();
      if (!prefix.isEmpty()) {
        b.query("id", prefix);
      }
      return b.build();
    }

    @Override
    String listField() {
      return "apps";
    }

    @Override
    Set<String> typedFields() {
      return APP_TYPED;
    }

    @Override
    Record record(JsonNode typed, JsonValues values, RowFilter filter) {
      App app = App.from(typed);
      if (!filter.idMatches(app.id())) {
        return null;
      }
      Map<String, Object> d = new HashMap<String, Object>();
      d.put("deployments", app.deploymentIds());
      return Record.of(values, Derived.of(d));
    }
  }

  private static final class TasksReader extends ListReader {
    TasksReader(MarathonClient client) {
      super(TASKS, TASK_FIELDS, client, RowFilter.ID_PREFIX, RowFilter.TASK_STATE);
    }

    @Override
    ApiRequest request(RowFilter filter) {
      return ApiRequest.get("/v2/tasks").build();
    }

    @Override
    String listField() {
      return "tasks";
    }

    @Override
    Set<String> typedFields() {
      return TASK_TYPED;
    }

    @Override
    Record record(JsonNode typed, JsonValues values, RowFilter filter) {
      Task t = Task.from(typed);
      if (!filter.idMatches(t.appId()) || !filter.stateMatches(t.state())) {
        return null;
      }
      int alive = 0;
      for (HealthResult h : t.healthCheckResults()) {
        alive += h.alive() ? 1 : 0;
      }
      Map<String, Object> d = new HashMap<String, Object>();
      d.put("ip_addresses", t.ipAddresses());
      d.put("healthy", t.healthCheckResults().isEmpty() ? null : t.isHealthy());
      d.put("health_checks_alive", alive);
      d.put("health_checks", t.healthCheckResults().size());
      return Record.of(values, Derived.of(d));
    }
  }

  private static final class DeploymentsReader extends ListReader {
    DeploymentsReader(MarathonClient client) {
      super(DEPLOYMENTS, DEPLOYMENT_FIELDS, client, RowFilter.ID_PREFIX);
    }

    @Override
    ApiRequest request(RowFilter filter) {
      return ApiRequest.get("/v2/deployments").build();
    }

    @Override
    String listField() {
      return null;
    }

    @Override
    Set<String> typedFields() {
      return DEPLOYMENT_TYPED;
    }

    /** A deployment matches the prefix when any app (or pod) it changes does. */
    @Override
    Record record(JsonNode typed, JsonValues values, RowFilter filter) {
      Deployment dep = Deployment.from(typed);
      boolean matches = filter.idPrefix().isEmpty();
      List<String> affected = new ArrayList<String>(dep.affectedApps());
      affected.addAll(dep.affectedPods());
      for (String id : affected) {
        matches |= filter.idMatches(id);
      }
      if (!matches) {
        return null;
      }
      List<String> actions = new ArrayList<String>();
      for (Deployment.Action a : dep.currentActions()) {
        actions.add(a.action() + " " + (a.app() != null ? a.app() : a.pod()));
      }
      Map<String, Object> d = new HashMap<String, Object>();
      d.put("current_actions", actions);
      return Record.of(values, Derived.of(d));
    }
  }

  private static final class QueueReader extends ListReader {
    QueueReader(MarathonClient client) {
      super(QUEUE, QUEUE_FIELDS, client, RowFilter.ID_PREFIX);
    }

    @Override
    ApiRequest request(RowFilter filter) {
      return ApiRequest.get("/v2/queue").query("embed", "lastUnusedOffers").build();
    }

    @Override
    String listField() {
      return "queue";
    }

    @Override
    Set<String> typedFields() {
      return QUEUE_TYPED;
    }

    @Override
    Record record(JsonNode typed, JsonValues values, RowFilter filter) {
      QueueItem q = QueueItem.from(typed);
      if (!filter.idMatches(q.runSpecId())) {
        return null;
      }
      Map<String, Object> d = new HashMap<String, Object>();
      d.put("app_id", q.runSpecId());
      d.put("summary", q.summary());
      return Record.of(values, Derived.of(d));
    }
  }
}
