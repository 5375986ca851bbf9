package io.pdimesos.sim.zk;

import io.pdimesos.sim.http.Json;
import io.pdimesos.sim.mesos.MasterGroup;
import io.pdimesos.sim.mesos.MesosJson;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.Watcher;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.server.NIOServerCnxnFactory;
import org.apache.zookeeper.server.ZooKeeperServer;

/**
 * A real in-process ZooKeeper server where every master registers an ephemeral sequential
 * {@code json.info_} znode with its MasterInfo JSON, the way Mesos does (mesos.md §3). The leader
 * is the lowest sequence number; a leader change re-registers the masters ahead of the new
 * leader, so their znodes move behind it, as when their sessions expire.
 */
public final class ZkRegistry implements AutoCloseable {
  public static final String PATH = "/mesos";
  private static final int SESSION_TIMEOUT_MS = 10_000;

  private final ZooKeeperServer server;
  private final NIOServerCnxnFactory factory;
  private final File dataDir;
  private final Map<MasterGroup.Master, ZooKeeper> sessions = new HashMap<>();
  private final Map<MasterGroup.Master, String> nodes = new HashMap<>();
  private final String connectString;

  private ZkRegistry(ZooKeeperServer server, NIOServerCnxnFactory factory, File dataDir, String connect) {
    this.server = server;
    this.factory = factory;
    this.dataDir = dataDir;
    this.connectString = connect;
  }

  public static ZkRegistry start(String host, int port) throws IOException {
    File dir = Files.createTempDirectory("cluster-sim-zk").toFile();
    ZooKeeperServer zks = new ZooKeeperServer(dir, dir, 2000);
    NIOServerCnxnFactory f = new NIOServerCnxnFactory();
    f.configure(new InetSocketAddress(host, port), 100);
    try {
      f.startup(zks);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while starting ZooKeeper", e);
    }
    return new ZkRegistry(zks, f, dir, host + ":" + f.getLocalPort());
  }

  /** {@code host:port} of the server. */
  public String connectString() {
    return connectString;
  }

  /** The Mesos-style master URL: {@code zk://host:port/mesos}. */
  public String mesosUrl() {
    return "zk://" + connectString + PATH;
  }

  /** Follows the leader of {@code group} from now on. */
  public synchronized void follow(MasterGroup group) throws IOException {
    ZooKeeper admin = session(null);
    try {
      if (admin.exists(PATH, false) == null) {
        admin.create(PATH, new byte[0], ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT);
      }
    } catch (KeeperException | InterruptedException e) {
      throw new IOException("cannot create " + PATH + ": " + e.getMessage(), e);
    }
    group.onLeaderChange(l -> sync(group));
    sync(group);
  }

  private synchronized void sync(MasterGroup group) {
    try {
      MasterGroup.Master leader = group.leader();
      if (leader == null) {
        for (MasterGroup.Master m : group.masters()) {
          unregister(m);
        }
        return;
      }
      if (!nodes.containsKey(leader)) {
        register(leader);
      }
      for (MasterGroup.Master m : group.masters()) {
        if (!nodes.containsKey(m)) {
          register(m);
        }
      }
      // masters whose znodes sort before the leader's re-register behind it
      List<Map.Entry<MasterGroup.Master, String>> ordered = new ArrayList<>(nodes.entrySet());
      ordered.sort(Map.Entry.comparingByValue());
      for (Map.Entry<MasterGroup.Master, String> e : ordered) {
        if (e.getKey() == leader) {
          break;
        }
        unregister(e.getKey());
        register(e.getKey());
      }
    } catch (IOException | KeeperException | InterruptedException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("ZooKeeper registration failed: " + e.getMessage(), e);
    }
  }

  private void register(MasterGroup.Master m) throws IOException, KeeperException, InterruptedException {
    ZooKeeper zk = sessions.get(m);
    if (zk == null) {
      zk = session(m);
    }
    String path = zk.create(PATH + "/json.info_", masterInfo(m).getBytes(StandardCharsets.UTF_8),
        ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.EPHEMERAL_SEQUENTIAL);
    nodes.put(m, path);
  }

  private void unregister(MasterGroup.Master m) throws KeeperException, InterruptedException {
    String path = nodes.remove(m);
    if (path != null) {
      try {
        sessions.get(m).delete(path, -1);
      } catch (KeeperException.NoNodeException gone) {
        // already gone
      }
    }
  }

  static String masterInfo(MasterGroup.Master m) {
    return Json.write(MesosJson.masterInfo(m));
  }

  private ZooKeeper session(MasterGroup.Master owner) throws IOException {
    CountDownLatch connected = new CountDownLatch(1);
    ZooKeeper zk = new ZooKeeper(connectString, SESSION_TIMEOUT_MS, e -> {
      if (e.getState() == Watcher.Event.KeeperState.SyncConnected) {
        connected.countDown();
      }
    });
    try {
      if (!connected.await(10, TimeUnit.SECONDS)) {
        zk.close();
        throw new IOException("no ZooKeeper session within 10 s at " + connectString);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    sessions.put(owner, zk);
    return zk;
  }

  /** Children of {@link #PATH} in sequence order (tests, the CLI's debugging). */
  public synchronized List<String> children() throws IOException {
    try {
      List<String> c = new ArrayList<>(sessions.get(null).getChildren(PATH, false));
      c.sort(Comparator.comparing(s -> s.substring(s.lastIndexOf('_') + 1)));
      return Collections.unmodifiableList(c);
    } catch (KeeperException | InterruptedException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    for (ZooKeeper zk : sessions.values()) {
      try {
        zk.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    sessions.clear();
    factory.shutdown();
    server.shutdown();
    deleteRecursively(dataDir);
  }

  private static void deleteRecursively(File f) {
    File[] kids = f.listFiles();
    if (kids != null) {
      for (File k : kids) {
        deleteRecursively(k);
      }
    }
    f.delete();
  }
}
