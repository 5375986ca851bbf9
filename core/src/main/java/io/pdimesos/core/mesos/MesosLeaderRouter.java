package io.pdimesos.core.mesos;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.TimedOutException;
import io.pdimesos.core.http.EndpointRouter;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Urls;
import java.util.Collections;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Routes every request to the leading Mesos master. The leader is discovered once (from the
 * masters' {@code /master/redirect}, or from ZooKeeper for a {@code zk://} URL) and remembered
 * until a request to it fails: connection failure, 503, or a 307 from a v0 endpoint (a
 * standby redirects). The next request then discovers the leader again. Thread-safe.
 */
public final class MesosLeaderRouter implements EndpointRouter {
  private final LeaderDiscovery discovery;
  private final ProgressListener log;
  private final Object lock = new Object();
  private volatile HttpUrl leader;

  MesosLeaderRouter(LeaderDiscovery discovery, ProgressListener log) {
    this.discovery = discovery;
    this.log = log == null ? ProgressListener.NONE : log;
  }

  /**
   * A router for the masters in {@code settings}: a list of http(s) master URLs, or exactly one
   * {@code zk://host1:2181,host2:2181/mesos} URL. Errors name {@code setting}.
   */
  public static MesosLeaderRouter create(ServiceSettings settings, OkHttpClient client,
      ProgressListener log, String setting) {
    List<String> urls = settings.urls();
    if (urls.isEmpty()) {
      throw new IllegalArgumentException(setting + " is empty: give the master URLs or one "
          + "zk:// URL");
    }
    boolean zk = false;
    for (String u : urls) {
      zk |= ZooKeeperLeaderDiscovery.isZooKeeperUrl(u);
    }
    if (zk && urls.size() > 1) {
      throw new IllegalArgumentException(setting + " mixes a zk:// URL with other URLs: give "
          + "either master URLs or one zk://host1:2181,host2:2181/mesos URL");
    }
    LeaderDiscovery d = zk
        ? new ZooKeeperLeaderDiscovery(urls.get(0), settings.timeouts(), log, setting)
        : new RedirectLeaderDiscovery(settings, client, log, setting);
    return new MesosLeaderRouter(d, log);
  }

  /** The leader's base URL, discovering it when none is known. */
  public HttpUrl leader(CancellationToken token) {
    HttpUrl l = leader;
    if (l != null) {
      return l;
    }
    synchronized (lock) {
      if (leader == null) {
        leader = discovery.discover(token);
        log.detailed("Mesos leader is " + Urls.redact(leader) + " (asked "
            + discovery.describe() + ")");
      }
      return leader;
    }
  }

  /** The leader last discovered, or null. */
  public HttpUrl knownLeader() {
    return leader;
  }

  /** Drops the remembered leader: the next request discovers it again. */
  public void forget() {
    leader = null;
  }

  @Override
  public List<HttpUrl> candidates(CancellationToken token) {
    try {
      return Collections.singletonList(leader(token));
    } catch (CancelledException e) {
      throw e;
    } catch (TimedOutException e) {
      // The masters accept connections but do not answer: asking them again directly would
      // only wait out the rest of the request's time limit a second time.
      throw e;
    } catch (ClusterException e) {
      List<HttpUrl> fallback = discovery.fallback();
      if (fallback.isEmpty()) {
        throw e;
      }
      log.debug("No Mesos leader found (" + e.getMessage() + "); asking the masters directly");
      return fallback;
    }
  }

  @Override
  public void succeeded(HttpUrl base) {
    // nothing to learn: the leader stays the leader until a request to it fails
  }

  @Override
  public void failed(HttpUrl base) {
    synchronized (lock) {
      if (base != null && base.equals(leader)) {
        log.detailed("Mesos leader " + Urls.redact(base) + " stopped answering as leader; "
            + "looking for the new one");
        leader = null;
      }
    }
  }
}
