package io.pdimesos.sim.mesos;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.sim.http.Json;
import io.pdimesos.sim.model.ClusterModel;
import io.pdimesos.sim.model.SimTask;
import io.pdimesos.sim.model.TaskState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The v1 SUBSCRIBE stream: RecordIO frames ({@code <length>\n<json>}) of SUBSCRIBED, TASK_ADDED,
 * TASK_UPDATED and HEARTBEAT events (mesos.md §9). Subscribers are closed on a leader change.
 */
public final class MesosEventStream {
  static final int MAX_BUFFERED = 1024;

  final List<BlockingQueue<byte[]>> subscribers = new CopyOnWriteArrayList<>();
  volatile Duration heartbeat = Duration.ofSeconds(15);

  public MesosEventStream(ClusterModel model, MasterGroup group) {
    model.addGlobalListener(this::onStatus);
    group.onLeaderChange(l -> closeAll());
  }

  /** Heartbeat interval (15 s upstream, real time). */
  public void heartbeat(Duration d) {
    heartbeat = d;
  }

  static byte[] frame(ObjectNode event) {
    byte[] json = Json.write(event).getBytes(StandardCharsets.UTF_8);
    byte[] prefix = (json.length + "\n").getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[prefix.length + json.length];
    System.arraycopy(prefix, 0, out, 0, prefix.length);
    System.arraycopy(json, 0, out, prefix.length, json.length);
    return out;
  }

  BlockingQueue<byte[]> subscribe() {
    BlockingQueue<byte[]> q = new ArrayBlockingQueue<>(MAX_BUFFERED + 1);
    subscribers.add(q);
    return q;
  }

  void unsubscribe(BlockingQueue<byte[]> q) {
    subscribers.remove(q);
  }

  /** An empty array in a queue means "close this stream". */
  public void closeAll() {
    for (BlockingQueue<byte[]> q : subscribers) {
      q.clear();
      q.offer(new byte[0]);
    }
  }

  private void onStatus(SimTask t, TaskState state) {
    if (subscribers.isEmpty()) {
      return;
    }
    ObjectNode e;
    if (state == TaskState.TASK_STAGING && t.statuses().size() == 1) {
      e = Json.obj().put("type", "TASK_ADDED");
      e.putObject("task_added").set("task", MesosV1Json.task(t));
    } else {
      e = Json.obj().put("type", "TASK_UPDATED");
      ObjectNode u = e.putObject("task_updated");
      u.set("framework_id", MesosV1Json.id(t.frameworkId));
      u.set("status", MesosV1Json.status(t, t.statuses().size() - 1));
      u.put("state", state.name());
    }
    byte[] f = frame(e);
    for (BlockingQueue<byte[]> q : subscribers) {
      if (!q.offer(f)) {
        q.clear();
        q.offer(new byte[0]); // slow consumer: drop the stream
      }
    }
  }
}
