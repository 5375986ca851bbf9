package io.pdimesos.core.mesos;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.UnexpectedJsonException;
import io.pdimesos.core.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Token-level reader of {@code /master/state}: a big cluster's state is hundreds of MB, so only
 * one agent, task or executor at a time is held as a tree and handed to the {@link StateVisitor};
 * {@code flags} and other bulky parts are skipped unread.
 *
 * <p>Tasks name their agent only by id. Agents come first in 1.x, so their hostnames are known
 * by then; 0.2x writes keys alphabetically (frameworks before slaves), so for a task seen before
 * any agent the parser asks {@code lateAgents} once for an id → hostname map.
 */
final class StateStreamParser {
  private static final String[] TASK_ARRAYS = {"tasks", "unreachable_tasks", "completed_tasks"};
  /** Top-level lists: each must be an array of objects (or null), never silently skipped. */
  private static final java.util.Set<String> LISTS = new java.util.HashSet<String>(
      java.util.Arrays.asList("slaves", "frameworks", "completed_frameworks", "orphan_tasks"));

  private final StateVisitor visitor;
  private final Supplier<Map<String, String>> lateAgents;
  private final CancellationToken token;
  private final boolean headerOnly;
  private final Map<String, String> agentHostnames = new HashMap<String, String>();
  private final ObjectNode header = Json.MAPPER.createObjectNode();
  private boolean agentsSeen;
  private boolean frameworksSeen;
  private boolean lateAgentsAsked;
  private boolean stopped;

  StateStreamParser(StateVisitor visitor, Supplier<Map<String, String>> lateAgents,
      CancellationToken token) {
    this(visitor, lateAgents, token, false);
  }

  /**
   * @param headerOnly stop at the first agents or frameworks list: the scalar header (version,
   *     leader, {@code elected_time}) precedes both in 1.x writer order and in 0.2x
   *     alphabetical order; other lists on the way ({@code completed_frameworks}) are skipped
   */
  StateStreamParser(StateVisitor visitor, Supplier<Map<String, String>> lateAgents,
      CancellationToken token, boolean headerOnly) {
    this.headerOnly = headerOnly;
    this.visitor = visitor;
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
            MesosAgent agent = MesosAgent.from(p.<JsonNode>readValueAsTree());
            agentHostnames.put(agent.id(), agent.hostname());
            visitor.agent(agent);
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
            task(p.<JsonNode>readValueAsTree(), MesosTask.Kind.ORPHAN, null, false);
          }
          expectEnd(p, field);
        } else if (t.isScalarValue()) {
          header.set(field, p.<JsonNode>readValueAsTree());
        } else if ("leader_info".equals(field)) {
          header.set(field, p.<JsonNode>readValueAsTree());
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
      throw UnexpectedJsonException.wrongType(field, p.<JsonNode>readValueAsTree(), "an array");
    }
  }

  /** After the objects of a list comes its end, not a number or a string. */
  private void expectEnd(JsonParser p, String field) throws IOException {
    if (!stopped && p.currentToken() != JsonToken.END_ARRAY) {
      throw UnexpectedJsonException.wrongType(field + "[]", p.<JsonNode>readValueAsTree(),
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

  /**
   * One framework object. Its task lists are streamed; everything else is small and kept as a
   * tree. Tasks met before the framework's name (0.2x puts {@code completed_tasks} first) wait
   * in a list bounded by the master's completed-task cap until the name arrives.
   */
  private void framework(JsonParser p, boolean completed) throws IOException {
    ObjectNode fields = Json.MAPPER.createObjectNode();
    List<Object[]> waiting = new ArrayList<Object[]>();
    String name = null;
    while (!stop() && p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      if (taskKind(field) != null || "executors".equals(field)) {
        expectArray(p, field, t);
      }
      MesosTask.Kind kind = t == JsonToken.START_ARRAY ? taskKind(field) : null;
      if (kind != null || (t == JsonToken.START_ARRAY && "executors".equals(field))) {
        while (!stop() && p.nextToken() == JsonToken.START_OBJECT) {
          JsonNode n = p.readValueAsTree();
          if (name == null) {
            waiting.add(new Object[] {n, kind});
          } else {
            emit(n, kind, name, completed, fields);
          }
        }
        expectEnd(p, field);
      } else if (t == JsonToken.START_ARRAY && "offers".equals(field)) {
        p.skipChildren();
      } else {
        fields.set(field, p.<JsonNode>readValueAsTree());
        if ("name".equals(field)) {
          name = Nodes.text(fields, "name", "");
          flush(waiting, name, completed, fields);
        }
      }
    }
    if (stopped) {
      return;
    }
    flush(waiting, name, completed, fields);
    visitor.framework(MesosFramework.from(fields, completed));
  }

  private void flush(List<Object[]> waiting, String name, boolean completed, ObjectNode fields) {
    for (Object[] w : waiting) {
      if (stop()) {
        return;
      }
      emit((JsonNode) w[0], (MesosTask.Kind) w[1], name, completed, fields);
    }
    waiting.clear();
  }

  private void emit(JsonNode n, MesosTask.Kind kind, String frameworkName, boolean completed,
      ObjectNode fields) {
    if (kind == null) {
      visitor.executor(MesosExecutor.from(n, Nodes.text(fields, "id", ""), frameworkName));
    } else {
      task(n, kind, frameworkName, completed);
    }
  }

  private void task(JsonNode n, MesosTask.Kind kind, String frameworkName, boolean completed) {
    if (!agentsSeen && !lateAgentsAsked && lateAgents != null) {
      lateAgentsAsked = true;
      Map<String, String> known = lateAgents.get();
      agentHostnames.putAll(known == null ? Collections.<String, String>emptyMap() : known);
    }
    String agentId = Nodes.text(n, "slave_id");
    String hostname = agentId == null ? null : agentHostnames.get(agentId);
    visitor.task(MesosTask.from(n, kind, frameworkName, completed, hostname));
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
}
