package io.pdimesos.core.mesos;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.UnexpectedJsonException;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.json.JsonValues;
import io.pdimesos.core.json.PointerSelection;
import io.pdimesos.core.json.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Token-level reader of {@code /master/state}: a big cluster's state is hundreds of MB, so items
 * are read from the token stream one at a time, typed fields and the {@link StateSelection}'s
 * values in one pass, and handed to the {@link StateVisitor}; no tree of an item is built, and
 * {@code flags} and every other part nobody asked for is skipped unread.
 *
 * <p>Tasks name their agent only by id. Agents come first in 1.x, so their hostnames are known
 * by then; 0.2x writes keys alphabetically (frameworks before slaves), so for a task seen before
 * any agent the parser asks {@code lateAgents} once for an id → hostname map.
 */
final class StateStreamParser {
  private static final String[] TASK_ARRAYS = {"tasks", "unreachable_tasks", "completed_tasks"};
  /** Top-level lists: each must be an array of objects (or null), never silently skipped. */
  private static final Set<String> LISTS = new HashSet<String>(
      Arrays.asList("slaves", "frameworks", "completed_frameworks", "orphan_tasks"));

  private final StateVisitor visitor;
  private final StateSelection selection;
  private final Supplier<Map<String, String>> lateAgents;
  private final CancellationToken token;
  private final boolean headerOnly;
  private final Map<String, String> agentHostnames = new HashMap<String, String>();
  private final ObjectNode header = Json.MAPPER.createObjectNode();
  private boolean agentsSeen;
  private boolean frameworksSeen;
  private boolean lateAgentsAsked;
  private boolean stopped;

  StateStreamParser(StateVisitor visitor, StateSelection selection,
      Supplier<Map<String, String>> lateAgents, CancellationToken token) {
    this(visitor, selection, lateAgents, token, false);
  }

  /**
   * @param headerOnly stop at the first agents or frameworks list: the scalar header (version,
   *     leader, {@code elected_time}) precedes both in 1.x writer order and in 0.2x
   *     alphabetical order; other lists on the way ({@code completed_frameworks}) are skipped
   */
  StateStreamParser(StateVisitor visitor, StateSelection selection,
      Supplier<Map<String, String>> lateAgents, CancellationToken token, boolean headerOnly) {
    this.headerOnly = headerOnly;
    this.visitor = visitor;
    this.selection = selection == null ? StateSelection.NONE : selection;
    this.lateAgents = lateAgents;
    this.token = token == null ? CancellationToken.none() : token;
  }

  /** Reads the whole document, or up to the visitor's {@link StateVisitor#done()}. */
  MasterInfo parse(InputStream in) throws IOException {
    try (JsonParser p = Json.MAPPER.getFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("expected a JSON object, found " + p.currentToken());
      }
      while (!stop() && p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (LISTS.contains(field)) {
          expectArray(p, field, t);
        }
        if (headerOnly && t == JsonToken.START_ARRAY) {
          if ("slaves".equals(field) || "frameworks".equals(field)) {
            break;
          }
          p.skipChildren();
        } else if (t == JsonToken.START_ARRAY && "slaves".equals(field)) {
          agentsSeen = true;
          while (!stop() && p.nextToken() == JsonToken.START_OBJECT) {
            agent(p);
          }
          expectEnd(p, field);
        } else if (t == JsonToken.START_ARRAY && ("frameworks".equals(field)
            || "completed_frameworks".equals(field))) {
          boolean completed = "completed_frameworks".equals(field);
          frameworksSeen |= !completed;
          while (!stop() && p.nextToken() == JsonToken.START_OBJECT) {
            framework(p, completed);
          }
          expectEnd(p, field);
        } else if (t == JsonToken.START_ARRAY && "orphan_tasks".equals(field)) {
          while (!stop() && p.nextToken() == JsonToken.START_OBJECT) {
            MesosTask.Fields f = new MesosTask.Fields();
            JsonValues values = selection.tasks.read(p, f);
            task(f, values, MesosTask.Kind.ORPHAN, null, false);
          }
          expectEnd(p, field);
        } else if (t.isScalarValue() || "leader_info".equals(field)) {
          header.set(field, Tokens.value(p));
        } else {
          p.skipChildren(); // flags, domain, recovered_slaves, capabilities…
        }
      }
    }
    if (!headerOnly && !stopped && (!agentsSeen || !frameworksSeen)) {
      // Every master lists both, empty or not: a state without them is not a state.
      throw UnexpectedJsonException.missing(agentsSeen ? "frameworks" : "slaves", "an array");
    }
    MasterInfo info = MasterInfo.from(header);
    visitor.master(info);
    return info;
  }

  /** A list field holds an array (or null); anything else is not a state. */
  private static void expectArray(JsonParser p, String field, JsonToken t) throws IOException {
    if (t != JsonToken.START_ARRAY && t != JsonToken.VALUE_NULL) {
      throw UnexpectedJsonException.wrongType(field, Tokens.value(p), "an array");
    }
  }

  /** After the objects of a list comes its end, not a number or a string. */
  private void expectEnd(JsonParser p, String field) throws IOException {
    if (!stopped && p.currentToken() != JsonToken.END_ARRAY) {
      throw UnexpectedJsonException.wrongType(field + "[]", Tokens.value(p),
          "an object");
    }
  }

  private boolean stop() {
    token.throwIfCancelled();
    if (!stopped && visitor.done()) {
      stopped = true;
    }
    return stopped;
  }

  private void agent(JsonParser p) throws IOException {
    MesosAgent.Fields f = new MesosAgent.Fields();
    MesosAgent agent = f.build(selection.agents.read(p, f));
    agentHostnames.put(agent.id(), agent.hostname());
    visitor.agent(agent);
  }

  /**
   * One framework object. Its task and executor lists are streamed item by item; its other
   * fields are read as they come. Items met before the framework's name (0.2x puts
   * {@code completed_tasks} first) wait in a list bounded by the master's completed-task cap
   * until the name arrives.
   */
  private void framework(JsonParser p, boolean completed) throws IOException {
    MesosFramework.Fields fields = new MesosFramework.Fields();
    PointerSelection.Capture capture = selection.frameworks.capture();
    List<Waiting> waiting = new ArrayList<Waiting>();
    String name = null;
    while (!stop() && p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      if (taskKind(field) != null || "executors".equals(field)) {
        expectArray(p, field, t);
      }
      MesosTask.Kind kind = t == JsonToken.START_ARRAY ? taskKind(field) : null;
      boolean executors = t == JsonToken.START_ARRAY && "executors".equals(field);
      if (kind != null || executors) {
        while (!stop() && p.nextToken() == JsonToken.START_OBJECT) {
          Waiting item = executors ? Waiting.executor(p, selection.executors)
              : Waiting.task(p, selection.tasks, kind);
          if (name == null) {
            waiting.add(item);
          } else {
            emit(item, name, completed, fields);
          }
        }
        expectEnd(p, field);
      } else if (t == JsonToken.START_ARRAY && "offers".equals(field)) {
        p.skipChildren();
      } else {
        capture.field(field, p, fields);
        if ("name".equals(field)) {
          name = fields.name() == null ? "" : fields.name();
          flush(waiting, name, completed, fields);
        }
      }
    }
    if (stopped) {
      return;
    }
    flush(waiting, name, completed, fields);
    visitor.framework(fields.build(capture.values(), completed));
  }

  private void flush(List<Waiting> waiting, String name, boolean completed,
      MesosFramework.Fields fields) {
    for (Waiting w : waiting) {
      if (stop()) {
        return;
      }
      emit(w, name, completed, fields);
    }
    waiting.clear();
  }

  private void emit(Waiting w, String frameworkName, boolean completed,
      MesosFramework.Fields fields) {
    if (w.executor != null) {
      visitor.executor(w.executor.build(w.values, fields.id(), frameworkName));
    } else {
      task(w.task, w.values, w.kind, frameworkName, completed);
    }
  }

  private void task(MesosTask.Fields f, JsonValues values, MesosTask.Kind kind,
      String frameworkName, boolean completed) {
    if (!agentsSeen && !lateAgentsAsked && lateAgents != null) {
      lateAgentsAsked = true;
      Map<String, String> known = lateAgents.get();
      agentHostnames.putAll(known == null ? Collections.<String, String>emptyMap() : known);
    }
    String agentId = f.slaveId();
    String hostname = agentId == null ? null : agentHostnames.get(agentId);
    visitor.task(f.build(values, kind, frameworkName, completed, hostname));
  }

  private static MesosTask.Kind taskKind(String field) {
    if (TASK_ARRAYS[0].equals(field)) {
      return MesosTask.Kind.ACTIVE;
    }
    if (TASK_ARRAYS[1].equals(field)) {
      return MesosTask.Kind.UNREACHABLE;
    }
    if (TASK_ARRAYS[2].equals(field)) {
      return MesosTask.Kind.COMPLETED;
    }
    return null;
  }

  /** A task or executor read before its framework's name: its fields and selected values. */
  private static final class Waiting {
    final MesosTask.Fields task;
    final MesosExecutor.Fields executor;
    final MesosTask.Kind kind;
    final JsonValues values;

    private Waiting(MesosTask.Fields task, MesosExecutor.Fields executor, MesosTask.Kind kind,
        JsonValues values) {
      this.task = task;
      this.executor = executor;
      this.kind = kind;
      this.values = values;
    }

    static Waiting task(JsonParser p, PointerSelection selection, MesosTask.Kind kind)
        throws IOException {
      MesosTask.Fields f = new MesosTask.Fields();
      return new Waiting(f, null, kind, selection.read(p, f));
    }

    static Waiting executor(JsonParser p, PointerSelection selection) throws IOException {
      MesosExecutor.Fields f = new MesosExecutor.Fields();
      return new Waiting(null, f, null, selection.read(p, f));
    }
  }
}
