package io.pdimesos.sim.marathon;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.sim.http.Json;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Marathon's event stream fan-out. Each subscriber has a bounded buffer like
 * {@code --event_stream_max_outstanding_messages}; a subscriber that falls behind is closed.
 */
public final class EventBus {
  /** Upstream default of {@code --event_stream_max_outstanding_messages}. */
  public static final int MAX_OUTSTANDING = 1024;

  /** One SSE connection; {@code null} in the queue means "close". */
  public static final class Subscriber {
    final List<String> types;
    final BlockingQueue<String> queue = new ArrayBlockingQueue<>(MAX_OUTSTANDING + 1);
    volatile boolean closed;

    Subscriber(List<String> types) {
      this.types = types;
    }

    boolean wants(String type) {
      return types.isEmpty() || types.contains(type);
    }

    void offer(String frame) {
      if (closed) {
        return;
      }
      if (!queue.offer(frame)) {
        close(); // slow consumer: upstream closes the connection
      }
    }

    void close() {
      closed = true;
      queue.clear();
      queue.offer("");
    }
  }

  private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
  private final List<ObjectNode> history = new CopyOnWriteArrayList<>();
  private final List<Consumer<ObjectNode>> observers = new CopyOnWriteArrayList<>();

  Subscriber subscribe(List<String> types) {
    Subscriber s = new Subscriber(types);
    subscribers.add(s);
    return s;
  }

  void unsubscribe(Subscriber s) {
    subscribers.remove(s);
  }

  /**
   * Calls {@code observer} with each event as it is published, before any subscriber gets it
   * (the wait-reaction benchmark times the instant a deployment ends from here). Closing the
   * handle stops it.
   */
  public AutoCloseable observe(Consumer<ObjectNode> observer) {
    observers.add(observer);
    return () -> observers.remove(observer);
  }

  /** Publishes {@code event} (must carry eventType and timestamp) to every matching subscriber. */
  public void publish(ObjectNode event) {
    String type = event.get("eventType").asText();
    history.add(event);
    observers.forEach(o -> o.accept(event));
    String frame = "event: " + type + "\r\ndata: " + Json.write(event) + "\r\n\r\n";
    for (Subscriber s : subscribers) {
      if (s.wants(type)) {
        s.offer(frame);
      }
    }
  }

  /** Every event published so far (tests and the CLI's debugging use it). */
  public List<ObjectNode> history() {
    return List.copyOf(history);
  }

  /** Leadership moved (upstream closes all streams) or the emulator stops. */
  public void closeAll() {
    subscribers.forEach(Subscriber::close);
  }

  int subscriberCount() {
    return subscribers.size();
  }
}
