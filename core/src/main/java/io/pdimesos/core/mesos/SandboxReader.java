package io.pdimesos.core.mesos;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.error.UnexpectedJsonException;
import io.pdimesos.core.http.ApiRequest;
import io.pdimesos.core.http.ApiResponse;
import io.pdimesos.core.http.FailoverRouter;
import io.pdimesos.core.http.ServiceDialect;
import io.pdimesos.core.http.ServiceHttp;
import io.pdimesos.core.http.ServiceSettings;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * Reads the end of a task's sandbox file the way the Mesos web UI does: the master names the
 * task's agent, the agent's {@code /state} names the executor's sandbox {@code directory}, and
 * the agent's {@code /files/read} serves the file ({@code offset=-1} answers its size; reads are
 * capped at 64 KiB). A sandbox that is gone (garbage-collected, agent removed) reads as empty.
 */
final class SandboxReader {
  /** {@code FilesProcess} serves at most 16 pages per read. */
  static final int MAX_READ = 64 * 1024;
  private static final ServiceDialect AGENT = new ServiceDialect("Mesos agent");
  /** DC/OS admin router: {@code /agent/<agent-id>/<path>} is {@code <path>} on that agent. */
  static final String AGENT_ROUTE = "/agent/";

  private final MesosClient master;
  private final ProgressListener log;

  SandboxReader(MesosClient master, ProgressListener log) {
    this.master = master;
    this.log = log;
  }

  /**
   * The tail of one file, for a user who asked for it: a sandbox that cannot be found or read is
   * an error, not an empty log.
   */
  String tail(TaskLookup.TaskRef task, String file, int maxBytes, CancellationToken token) {
    return read(task, Collections.singletonList(file), maxBytes, token).get(file);
  }

  /**
   * The tails of several files of one sandbox, as extra detail of a run: best effort, an
   * unreadable sandbox gives empty tails (and a log line). The agent list and the agent's state,
   * which locate the sandbox, are read once for all of them.
   */
  Map<String, String> tails(TaskLookup.TaskRef task, List<String> files, int maxBytes,
      CancellationToken token) {
    try {
      return read(task, files, maxBytes, token);
    } catch (CancelledException e) {
      throw e;
    } catch (ClusterException e) {
      log.detailed("Sandbox of task " + task.id() + " is unreadable: " + e.getMessage());
      Map<String, String> out = new LinkedHashMap<String, String>();
      for (String f : files) {
        out.put(f, "");
      }
      return out;
    }
  }

  private Map<String, String> read(TaskLookup.TaskRef task, List<String> files, int maxBytes,
      CancellationToken token) {
    Map<String, String> out = new LinkedHashMap<String, String>();
    for (String f : files) {
      out.put(f, "");
    }
    if (maxBytes <= 0 || files.isEmpty()) {
      return out;
    }
    MesosAgent agent = null;
    for (MesosAgent a : master.agents(token)) {
      if (a.id().equals(task.agentId())) {
        agent = a;
      }
    }
    if (agent == null) {
      throw new NotFoundException(404, "GET", null, "the sandbox of task " + task.id()
          + " is gone: its agent " + task.agentId() + " is no longer registered");
    }
    ServiceHttp agentHttp = agentHttp(agent, token);
    ApiResponse state = agentHttp.send(ApiRequest.get("/state").build(), token);
    String directory;
    try {
      directory = sandboxDirectory(state.json(), task);
    } catch (UnexpectedJsonException e) {
      throw e.answeredBy(state.method(), state.url(), state.status());
    }
    if (directory == null) {
      throw new NotFoundException(404, "GET", state.url(), "the sandbox of task " + task.id()
          + " is gone: agent " + agent.hostname() + " no longer knows its executor");
    }
    for (String f : files) {
      out.put(f, readTail(agentHttp, directory + "/" + f, maxBytes, token));
    }
    return out;
  }

  /**
   * The agent's own endpoints, with the master connection's scheme, auth and TLS. Behind a proxy
   * (the master connection has a context path, as DC/OS's {@code /mesos}) the agents' addresses
   * are inside the cluster's network: they are reached through the same proxy's route for each
   * agent, {@code /agent/<agent-id>}, which DC/OS's admin router passes on to the agent.
   */
  private ServiceHttp agentHttp(MesosAgent agent, CancellationToken token) {
    ServiceSettings masterSettings = master.http().settings();
    HttpUrl base;
    String contextPath;
    if (masterSettings.contextPath().isEmpty()) {
      base = HttpUrl.parse(master.leader(token).scheme() + "://" + agent.address() + "/");
      contextPath = "";
    } else {
      base = master.leader(token);
      contextPath = AGENT_ROUTE + agent.id();
    }
    if (base == null) {
      throw new IllegalStateException("Agent " + agent.id() + " has an unusable address "
          + agent.address());
    }
    ServiceSettings settings = masterSettings.toBuilder().urls(base.toString())
        .contextPath(contextPath).build();
    return new ServiceHttp(settings, master.http().client(),
        new FailoverRouter(Collections.singletonList(base)), AGENT, log);
  }

  /**
   * The sandbox of the task's executor in an agent {@code /state}: the executor whose id is the
   * task's executor id (the task id for command tasks), in active or completed executors of
   * active or completed frameworks, preferring the run that lists the task. Tasks of a task
   * group (default executor) have their own folder below the executor's.
   */
  static String sandboxDirectory(JsonNode agentState, TaskLookup.TaskRef task) {
    String executorId = task.executorId() == null || task.executorId().isEmpty() ? task.id()
        : task.executorId();
    JsonNode byId = null;
    for (String fwList : new String[] {"frameworks", "completed_frameworks"}) {
      for (JsonNode fw : agentState.path(fwList)) {
        String fwId = Nodes.text(fw, "id", "");
        if (task.frameworkId() != null && !task.frameworkId().isEmpty()
            && !task.frameworkId().equals(fwId)) {
          continue;
        }
        for (String exList : new String[] {"executors", "completed_executors"}) {
          for (JsonNode ex : fw.path(exList)) {
            if (!executorId.equals(Nodes.text(ex, "id"))) {
              continue;
            }
            if (listsTask(ex, task.id())) {
              return directoryOf(ex, task);
            }
            if (byId == null) {
              byId = ex;
            }
          }
        }
      }
    }
    return byId == null ? null : directoryOf(byId, task);
  }

  private static boolean listsTask(JsonNode executor, String taskId) {
    for (String list : new String[] {"tasks", "queued_tasks", "completed_tasks"}) {
      for (JsonNode t : executor.path(list)) {
        if (taskId.equals(Nodes.text(t, "id"))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String directoryOf(JsonNode executor, TaskLookup.TaskRef task) {
    String dir = Nodes.text(executor, "directory");
    if (dir == null || dir.isEmpty()) {
      return null;
    }
    if ("DEFAULT".equals(Nodes.text(executor, "type")) && !task.id().equals(
        Nodes.text(executor, "id"))) {
      return dir + "/tasks/" + task.id();
    }
    return dir;
  }

  /**
   * The last {@code maxBytes} of {@code path}. {@code data} is the file's bytes as a JSON
   * string, so the read position advances by its UTF-8 length, not its character count.
   */
  static String readTail(ServiceHttp agent, String path, int maxBytes,
      CancellationToken token) {
    ApiResponse size = agent.send(read(path, -1, -1), token);
    if (size.status() == 404) {
      return "";
    }
    long total = size.read(new ApiResponse.Reader<Long>() {
      @Override
      public Long read(JsonNode n) {
        if (!n.hasNonNull("offset")) {
          throw UnexpectedJsonException.missing("offset", "the file's size");
        }
        return (long) Nodes.number(n, "offset", 0);
      }
    });
    long position = Math.max(0, total - maxBytes);
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(maxBytes, total));
    while (position < total) {
      int length = (int) Math.min(MAX_READ, total - position);
      ApiResponse r = agent.send(read(path, position, length), token);
      if (r.status() == 404) {
        return ""; // removed while reading
      }
      String data = r.read(new ApiResponse.Reader<String>() {
        @Override
        public String read(JsonNode n) {
          JsonNode d = n.get("data");
          if (d != null && !d.isNull() && !d.isTextual()) {
            throw UnexpectedJsonException.wrongType("data", d, "a string");
          }
          return d == null || d.isNull() ? "" : d.asText();
        }
      });
      if (data.isEmpty()) {
        break; // truncated since the size was read
      }
      byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
      out.write(bytes, 0, bytes.length);
      position += bytes.length;
    }
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  private static ApiRequest read(String path, long offset, int length) {
    ApiRequest.Builder b = ApiRequest.get("/files/read").query("path", path)
        .query("offset", offset).accept(404);
    if (length >= 0) {
      b.query("length", length);
    }
    return b.build();
  }
}
