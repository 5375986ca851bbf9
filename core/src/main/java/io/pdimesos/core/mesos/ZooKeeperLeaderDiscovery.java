package io.pdimesos.core.mesos;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.error.TimedOutException;
import io.pdimesos.core.error.UnreachableException;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.http.Urls;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.WatchedEvent;
import org.apache.zookeeper.Watcher;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.client.ZKClientConfig;

/**
 * Finds the leader the way the masters themselves do ({@code src/zookeeper/detector.cpp}): the
 * children of the {@code zk://} path are ephemeral sequential znodes, one per master, and the
 * one with the lowest sequence number leads. Since 0.24 they are {@code json.info_<seq>} holding
 * {@code MasterInfo} as JSON; older masters wrote binary protobuf ({@code info_<seq>}), which is
 * not read here.
 *
 * <p>Each lookup opens a ZooKeeper session and closes it (waiting for the client's threads), so
 * nothing lingers between lookups; lookups are rare (only after the leader failed).
 */
final class ZooKeeperLeaderDiscovery implements LeaderDiscovery {
  static final String JSON_PREFIX = "json.info_";
  static final String LEGACY_PREFIX = "info_";
  private static final int CLOSE_WAIT_MILLIS = 5_000;

  private final String raw;
  private final String connectString;
  private final String path;
  private final String digestAuth;
  private final long connectMillis;
  private final int sessionMillis;
  private final String scheme;
  private final ProgressListener log;

  ZooKeeperLeaderDiscovery(String zkUrl, Timeouts timeouts, ProgressListener log,
      String setting) {
    this(zkUrl, timeouts, "http", log, setting);
  }

  /**
   * @param scheme scheme of the leader's HTTP base: ZooKeeper knows only host and port
   */
  ZooKeeperLeaderDiscovery(String zkUrl, Timeouts timeouts, String scheme, ProgressListener log,
      String setting) {
    this.raw = zkUrl.trim();
    this.scheme = scheme;
    this.log = log == null ? ProgressListener.NONE : log;
    String rest = raw.substring("zk://".length());
    int slash = rest.indexOf('/');
    String hosts = slash < 0 ? rest : rest.substring(0, slash);
    String p = slash < 0 ? "" : rest.substring(slash);
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    int at = hosts.lastIndexOf('@');
    this.digestAuth = at < 0 ? null : hosts.substring(0, at);
    this.connectString = at < 0 ? hosts : hosts.substring(at + 1);
    if (connectString.isEmpty() || p.length() <= 1) {
      throw new IllegalArgumentException(setting + " is not a ZooKeeper URL like "
          + "zk://host1:2181,host2:2181/mesos: '" + Urls.redact(raw) + "'");
    }
    this.path = p;
    long connect = timeouts.connectMillis() > 0 ? timeouts.connectMillis() : 10_000;
    this.connectMillis = connect;
    // ZooKeeper negotiates the session timeout into [2, 20] ticks; ask for something short so
    // a dead ensemble is noticed quickly, but long enough to survive one slow request.
    this.sessionMillis = (int) Math.max(4_000, Math.min(connect * 2, 30_000));
  }

  static boolean isZooKeeperUrl(String url) {
    return url != null && url.trim().toLowerCase(java.util.Locale.ROOT).startsWith("zk://");
  }

  @Override
  public HttpUrl discover(CancellationToken token) {
    CancellationToken t = token == null ? CancellationToken.none() : token;
    t.throwIfCancelled();
    final CountDownLatch connected = new CountDownLatch(1);
    ZooKeeper zk;
    try {
      ZKClientConfig config = new ZKClientConfig();
      // Mesos ensembles rarely use SASL, and a JAAS file found on PDI's JVM must not change
      // how this lookup behaves.
      config.setProperty(ZKClientConfig.ENABLE_CLIENT_SASL_KEY, "false");
      zk = new ZooKeeper(connectString, sessionMillis, new Watcher() {
        @Override
        public void process(WatchedEvent event) {
          if (event.getState() == Event.KeeperState.SyncConnected) {
            connected.countDown();
          }
        }
      }, config);
    } catch (IOException | IllegalArgumentException e) {
      throw new UnreachableException("Cannot use ZooKeeper " + where() + ": " + e.getMessage(),
          null, where(), e);
    }
    final ZooKeeper session = zk;
    CancellationToken.Registration onCancel = t.onCancel(new Runnable() {
      @Override
      public void run() {
        connected.countDown();
        closeQuietly(session);
      }
    });
    try {
      if (digestAuth != null) {
        zk.addAuthInfo("digest", digestAuth.getBytes(StandardCharsets.UTF_8));
      }
      if (!connected.await(connectMillis, TimeUnit.MILLISECONDS)) {
        throw new UnreachableException("Cannot reach ZooKeeper " + where() + " within "
            + connectMillis + " ms", null, where(), null);
      }
      t.throwIfCancelled();
      return leaderOf(zk);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException("Interrupted while asking ZooKeeper " + where());
    } catch (KeeperException.NoNodeException e) {
      throw new NotFoundException(404, null, where(), "ZooKeeper has no node " + e.getPath()
          + ": no Mesos master registered there; check the path of the zk:// URL (often "
          + "/mesos)");
    } catch (KeeperException e) {
      if (t.isCancelled()) {
        throw new CancelledException("Cancelled while asking ZooKeeper " + where());
      }
      if (e.code() == KeeperException.Code.OPERATIONTIMEOUT
          || e.code() == KeeperException.Code.CONNECTIONLOSS) {
        throw new TimedOutException("ZooKeeper " + where() + " did not answer: "
            + e.getMessage(), null, where(), e);
      }
      throw new UnreachableException("ZooKeeper " + where() + " refused the lookup: "
          + e.getMessage(), null, where(), e);
    } finally {
      onCancel.close();
      closeQuietly(zk);
    }
  }

  private HttpUrl leaderOf(ZooKeeper zk) throws KeeperException, InterruptedException {
    List<String> children = zk.getChildren(path, false);
    List<String> json = new ArrayList<String>();
    boolean legacy = false;
    for (String c : children) {
      if (c.startsWith(JSON_PREFIX)) {
        json.add(c);
      } else if (c.startsWith(LEGACY_PREFIX)) {
        legacy = true;
      }
    }
    if (json.isEmpty()) {
      if (legacy) {
        throw new BadResponseException("ZooKeeper " + where() + " holds only info_* znodes "
            + "(binary MasterInfo of Mesos 0.23 or older), which this client cannot read; give "
            + "the master URLs (http://host:5050) instead", 0, null, where(), null);
      }
      throw new NotFoundException(404, null, where(), "no Mesos master is registered under "
          + path + " (no json.info_* znode); is a master running with --zk=" + Urls.redact(raw)
          + "?");
    }
    Collections.sort(json, (a, b) -> Long.compare(sequence(a), sequence(b)));
    // The lowest member may vanish between listing and reading (a master just died): the next
    // one is then the leader.
    for (String member : json) {
      byte[] data;
      try {
        data = zk.getData(path + "/" + member, false, null);
      } catch (KeeperException.NoNodeException e) {
        continue;
      }
      HttpUrl leader = parseMasterInfo(data, member);
      log.debug("ZooKeeper " + where() + ": leader " + member + " = " + leader);
      return leader;
    }
    throw new NotFoundException(404, null, where(), "the Mesos masters under " + path
        + " went away while being read; try again");
  }

  HttpUrl parseMasterInfo(byte[] data, String member) {
    JsonNode info;
    try {
      info = Json.MAPPER.readTree(data);
    } catch (IOException e) {
      info = null;
    }
    if (info == null || !info.isObject()) {
      throw new BadResponseException("ZooKeeper " + where() + ": " + member
          + " is not MasterInfo JSON", 0, null, where(), null);
    }
    JsonNode address = info.path("address");
    String host = Nodes.text(address, "ip");
    int port = (int) Nodes.number(address, "port", 0);
    if (host == null || port <= 0) {
      host = Nodes.text(info, "hostname");
      port = (int) Nodes.number(info, "port", 0);
    }
    if (host == null || host.isEmpty() || port <= 0) {
      throw new BadResponseException("ZooKeeper " + where() + ": " + member
          + " names no address (neither address.ip/port nor hostname/port)", 0, null, where(),
          null);
    }
    HttpUrl url = HttpUrl.parse(scheme + "://" + (host.contains(":") ? "[" + host + "]" : host)
        + ":" + port + "/");
    if (url == null) {
      throw new BadResponseException("ZooKeeper " + where() + ": " + member
          + " has an unusable address " + host + ":" + port, 0, null, where(), null);
    }
    return url;
  }

  private static long sequence(String member) {
    int i = member.lastIndexOf('_');
    try {
      return Long.parseLong(member.substring(i + 1));
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  private static void closeQuietly(ZooKeeper zk) {
    try {
      zk.close(CLOSE_WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String where() {
    return "zk://" + connectString + path;
  }

  @Override
  public List<HttpUrl> fallback() {
    return Collections.emptyList();
  }

  @Override
  public String describe() {
    return where();
  }
}
