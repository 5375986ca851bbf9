package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.cancel.ChangeSignal;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.marathon.MarathonEvent;
import io.pdimesos.core.marathon.MarathonEventStream;
import java.io.Closeable;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Listens to Marathon's event stream in the background so a wait wakes the moment something
 * relevant happens instead of at its next poll: an event notifies the waiting thread directly.
 * Purely an accelerator: polling stays the source of truth, and if the stream cannot be opened
 * the wait just polls.
 */
class EventWatch implements Closeable, MarathonEventStream.Listener {
  private static final java.util.List<String> TYPES = Arrays.asList(
      MarathonEvent.DEPLOYMENT_SUCCESS, MarathonEvent.DEPLOYMENT_FAILED,
      MarathonEvent.DEPLOYMENT_STEP_SUCCESS, MarathonEvent.STATUS_UPDATE,
      MarathonEvent.INSTANCE_HEALTH_CHANGED, MarathonEvent.HEALTH_STATUS_CHANGED);

  /** Moves whenever something happened worth a fresh look; a cancel moves it too. */
  private final ChangeSignal changes = new ChangeSignal();
  private final Map<String, String> finished = new ConcurrentHashMap<String, String>();
  private final CancellationToken streamToken;
  private final CancellationToken.Registration parentRegistration;
  private final ProgressListener log;
  private volatile boolean connected;
  /** Counted down when the first connect attempt ended, either way. */
  private final java.util.concurrent.CountDownLatch firstAttempt =
      new java.util.concurrent.CountDownLatch(1);

  /**
   * How long {@link #start} waits for the stream to open. The write follows the start, and a
   * deployment that ends before Marathon registered the subscriber is only noticed after the
   * waiter's pending grace (10 s); a stream that does not open within this is left to catch up.
   */
  static final long OPEN_WAIT_MILLIS = 2_000;

  private EventWatch(CancellationToken parent, ProgressListener log) {
    this.log = log;
    this.streamToken = CancellationToken.create();
    this.parentRegistration = parent == null ? null : parent.onCancel(new Runnable() {
      @Override
      public void run() {
        streamToken.cancel();
        changes.signal(); // a stop ends a sleeping wait now, not at its next slice
      }
    });
  }

  /** A watch without a stream: every wait sleeps its full poll interval. */
  static EventWatch none() {
    return new EventWatch(null, ProgressListener.NONE);
  }

  /** Opens the stream in the background; events are filtered server-side to what waits need. */
  static EventWatch start(MarathonClient client, CancellationToken parent, ProgressListener log) {
    EventWatch w = new EventWatch(parent, log);
    // Two failed connects and the wait falls back to polling only: no point hammering a proxy
    // that strips the stream.
    client.eventStream(TYPES).maxConsecutiveFailures(2).reconnectBackoff(500, 5_000)
        .start(w, w.streamToken);
    w.awaitFirstAttempt(OPEN_WAIT_MILLIS, parent == null ? CancellationToken.none() : parent);
    return w;
  }

  /** A counter that moves whenever something happened worth a fresh look. */
  int changes() {
    return changes.count();
  }

  boolean connected() {
    return connected;
  }

  /** "success" or "failed: reason" once the stream reported the deployment's end, else null. */
  String finished(String deploymentId) {
    return deploymentId == null ? null : finished.get(deploymentId);
  }

  @Override
  public void onEvent(MarathonEvent event) {
    String type = event.eventType();
    if (MarathonEvent.DEPLOYMENT_SUCCESS.equals(type)) {
      finished.put(String.valueOf(event.deploymentId()), "success");
    } else if (MarathonEvent.DEPLOYMENT_FAILED.equals(type)) {
      finished.put(String.valueOf(event.deploymentId()),
          "failed" + (event.reason() == null ? "" : ": " + event.reason()));
    }
    changes.signal();
  }

  private void awaitFirstAttempt(long millis, CancellationToken token) {
    long end = System.nanoTime() + millis * 1_000_000L;
    try {
      while (!token.isCancelled() && System.nanoTime() < end
          && !firstAttempt.await(CancellationToken.SLICE_MILLIS, TimeUnit.MILLISECONDS)) {
        // sliced so a cancel is noticed within 100 ms
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void onConnected(boolean reconnected) {
    connected = true;
    firstAttempt.countDown();
    // Events during the gap are lost for good: make the wait re-read state now.
    changes.signal();
  }

  @Override
  public void onDisconnected(String reason) {
    connected = false;
    firstAttempt.countDown();
  }

  @Override
  public void onFailed(RuntimeException error) {
    connected = false;
    firstAttempt.countDown();
    log.detailed("Marathon event stream unavailable, polling only: " + error.getMessage());
  }

  /**
   * Sleeps up to {@code millis}, returning the moment an event arrived since {@code seen} (a
   * value of {@link #changes()}): the event's thread wakes this one. The sleep still looks at the
   * token every {@value CancellationToken#SLICE_MILLIS} ms, for stop flags that are only polled
   * (PDI's); a {@code cancel()} wakes it at once.
   *
   * @throws io.pdimesos.core.error.CancelledException when the token is cancelled
   */
  void sleep(long millis, int seen, CancellationToken token) {
    changes.await(seen, millis, token);
  }

  @Override
  public void close() {
    streamToken.cancel();
    if (parentRegistration != null) {
      parentRegistration.close();
    }
  }
}
