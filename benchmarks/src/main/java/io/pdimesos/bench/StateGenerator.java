package io.pdimesos.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A Mesos 1.x {@code /master/state} of any size, written lazily: the real 1.8.0 capture's
 * header, its agent, its marathon framework and its one running task (about 1.4 KB, with
 * container and network infos), repeated with unique ids. One agent per {@value
 * #TASKS_PER_AGENT} tasks and one framework per {@value #TASKS_PER_FRAMEWORK} tasks, roughly
 * the density of a busy cluster. Nothing of the body is held in memory.
 */
public final class StateGenerator {
  static final String FIXTURE = "/fixtures/mesos/dcos-net.master-state.mesos-1.8.0.json";
  static final int TASKS_PER_AGENT = 50;
  static final int TASKS_PER_FRAMEWORK = 10_000;

  private final int tasks;
  private final int agents;
  private final int frameworks;
  private final String masterId;
  private final Template stateHead;
  private final Template betweenAgentsAndFrameworks;
  private final Template stateTail;
  private final Template agent;
  private final Template frameworkHead;
  private final Template frameworkTail;
  private final Template task;
  private long contentLength = -1;

  public StateGenerator(int tasks) {
    if (tasks < 1) {
      throw new IllegalArgumentException("tasks must be at least 1, was " + tasks);
    }
    this.tasks = tasks;
    this.agents = Math.max(1, tasks / TASKS_PER_AGENT);
    this.frameworks = (tasks + TASKS_PER_FRAMEWORK - 1) / TASKS_PER_FRAMEWORK;

    ObjectNode state = (ObjectNode) readFixture();
    masterId = state.get("id").asText();
    ObjectNode agentNode = (ObjectNode) state.get("slaves").get(0).deepCopy();
    agentNode.put("id", "<<agentId>>").put("hostname", "<<host>>")
        .put("pid", "slave(1)@<<host>>:5051");
    ObjectNode framework = null;
    for (JsonNode f : state.get("frameworks")) {
      if ("marathon".equals(f.get("name").asText())) {
        framework = ((ObjectNode) f).deepCopy();
      }
    }
    ObjectNode taskNode = (ObjectNode) framework.get("tasks").get(0).deepCopy();
    taskNode.put("id", "<<taskId>>").put("framework_id", "<<frameworkId>>")
        .put("slave_id", "<<agentId>>");
    framework.put("id", "<<frameworkId>>").put("name", "marathon-<<frameworkNo>>")
        .put("tasks", "<<tasks>>");
    state.put("activated_slaves", (double) agents).put("slaves", "<<agents>>")
        .put("frameworks", "<<frameworks>>");

    String[] stateParts = split(state.toString(), "<<agents>>", "<<frameworks>>");
    stateHead = Template.of(stateParts[0] + "[");
    betweenAgentsAndFrameworks = Template.of("]" + stateParts[1] + "[");
    stateTail = Template.of("]" + stateParts[2]);
    String[] frameworkParts = split(framework.toString(), "<<tasks>>");
    frameworkHead = Template.of(frameworkParts[0] + "[");
    frameworkTail = Template.of("]" + frameworkParts[1]);
    agent = Template.of(agentNode.toString());
    task = Template.of(taskNode.toString());
  }

  private static JsonNode readFixture() {
    try (InputStream in = StateGenerator.class.getResourceAsStream(FIXTURE)) {
      if (in == null) {
        throw new IllegalStateException("fixture " + FIXTURE + " is missing from the classpath");
      }
      return Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits around each quoted marker, in order; each marker must occur exactly once. */
  private static String[] split(String text, String... markers) {
    String[] parts = new String[markers.length + 1];
    int from = 0;
    for (int i = 0; i < markers.length; i++) {
      String quoted = "\"" + markers[i] + "\"";
      int at = text.indexOf(quoted, from);
      if (at < 0 || text.indexOf(quoted, at + 1) >= 0) {
        throw new IllegalStateException("marker " + quoted + " must occur once in the template");
      }
      parts[i] = text.substring(from, at);
      from = at + quoted.length();
    }
    parts[markers.length] = text.substring(from);
    return parts;
  }

  public int tasks() {
    return tasks;
  }

  public int agents() {
    return agents;
  }

  public int frameworks() {
    return frameworks;
  }

  /** Size of the body in bytes, counted once by generating it into nothing. */
  public synchronized long contentLength() {
    if (contentLength < 0) {
      long[] n = {0};
      try {
        emit(new Template.Sink() {
          @Override
          public void bytes(byte[] b) {
            n[0] += b.length;
          }

          @Override
          public void ascii(String s) {
            n[0] += s.length();
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      contentLength = n[0];
    }
    return contentLength;
  }

  /** Writes the whole document; the caller buffers {@code out}. */
  public void writeTo(OutputStream out) throws IOException {
    emit(new Template.Sink() {
      @Override
      public void bytes(byte[] b) throws IOException {
        out.write(b);
      }

      @Override
      public void ascii(String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.ISO_8859_1));
      }
    });
  }

  private void emit(Template.Sink sink) throws IOException {
    stateHead.emit(sink, hole -> null);
    for (int a = 0; a < agents; a++) {
      if (a > 0) {
        sink.ascii(",");
      }
      final int n = a;
      agent.emit(sink, hole -> "agentId".equals(hole) ? agentId(n) : host(n));
    }
    betweenAgentsAndFrameworks.emit(sink, hole -> null);
    for (int f = 0; f < frameworks; f++) {
      if (f > 0) {
        sink.ascii(",");
      }
      final int fw = f;
      frameworkHead.emit(sink, hole -> "frameworkId".equals(hole) ? frameworkId(fw)
          : Integer.toString(fw));
      int first = f * TASKS_PER_FRAMEWORK;
      int end = Math.min(tasks, first + TASKS_PER_FRAMEWORK);
      for (int t = first; t < end; t++) {
        if (t > first) {
          sink.ascii(",");
        }
        final int n = t;
        task.emit(sink, hole -> {
          switch (hole) {
            case "taskId":
              return "bench.task-" + n;
            case "frameworkId":
              return frameworkId(fw);
            default:
              return agentId(n % agents);
          }
        });
      }
      frameworkTail.emit(sink, hole -> null);
    }
    stateTail.emit(sink, hole -> null);
  }

  private String agentId(int n) {
    return masterId + "-S" + n;
  }

  private String frameworkId(int n) {
    return masterId + "-" + String.format("%04d", n);
  }

  private static String host(int n) {
    return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
  }
}
