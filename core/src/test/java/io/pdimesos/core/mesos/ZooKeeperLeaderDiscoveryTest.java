package io.pdimesos.core.mesos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.error.UnreachableException;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.Watcher;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.server.ServerCnxnFactory;
import org.apache.zookeeper.server.ZooKeeperServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leader lookup against a real ZooKeeper server running in this JVM on 127.0.0.1. */
class ZooKeeperLeaderDiscoveryTest {
  @TempDir
  Path dir;

  private ZooKeeperServer zkServer;
  private ServerCnxnFactory factory;
  private ZooKeeper admin;
  private String zkHosts;

  @BeforeEach
  void startZooKeeper() throws Exception {
    File data = dir.toFile();
    zkServer = new ZooKeeperServer(data, data, 200);
    factory = ServerCnxnFactory.createFactory(new InetSocketAddress("127.0.0.1", 0), 20);
    factory.startup(zkServer);
    zkHosts = "127.0.0.1:" + factory.getLocalPort();
    CountDownLatch connected = new CountDownLatch(1);
    admin = new ZooKeeper(zkHosts, 5_000, e -> {
      if (e.getState() == Watcher.Event.KeeperState.SyncConnected) {
        connected.countDown();
      }
    });
    assertThat(connected.await(10, TimeUnit.SECONDS)).as("test ZooKeeper client connected")
        .isTrue();
  }

  @AfterEach
  void stopZooKeeper() throws Exception {
    admin.close();
    factory.shutdown();
    zkServer.shutdown();
  }

  /**
   * MasterInfo JSON as a master writes it into its json.info_ znode: the master_info object of
   * the v1 GET_MASTER doc example (same protobuf, same JSON mapping), with the address pointed
   * at a local test server.
   */
  private static byte[] masterInfo(int port) {
    ObjectNode info = (ObjectNode) Fixtures.json(Fixtures.V1_MASTER).get("get_master")
        .get("master_info").deepCopy();
    ((ObjectNode) info.get("address")).put("ip", "127.0.0.1").put("port", port);
    info.put("port", port);
    return info.toString().getBytes(StandardCharsets.UTF_8);
  }

  private String register(String prefix, byte[] data) throws Exception {
    if (admin.exists("/mesos", false) == null) {
      admin.create("/mesos", new byte[0], ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT);
    }
    return admin.create("/mesos/" + prefix, data, ZooDefs.Ids.OPEN_ACL_UNSAFE,
        CreateMode.EPHEMERAL_SEQUENTIAL);
  }

  private ZooKeeperLeaderDiscovery discovery(String url) {
    return new ZooKeeperLeaderDiscovery(url, Timeouts.of(2_000, 5_000, 10_000),
        ProgressListener.NONE, "Mesos master URLs");
  }

  @Test
  void theLowestJsonInfoMemberLeadsAndTheNextOneAfterItGoesAway() throws Exception {
    String first = register("json.info_", masterInfo(5051));
    register("json.info_", masterInfo(5052));
    register("log_replicas", new byte[0]); // the replicated log's znodes share the path

    ZooKeeperLeaderDiscovery d = discovery("zk://" + zkHosts + "/mesos");
    assertThat(d.discover(CancellationToken.none())).hasToString("http://127.0.0.1:5051/");

    admin.delete(first, -1);
    assertThat(d.discover(CancellationToken.none())).hasToString("http://127.0.0.1:5052/");
  }

  @Test
  void theClientFollowsTheLeaderZooKeeperNamesAndRediscoversAfterItDies() throws Exception {
    try (FakeMaster a = new FakeMaster(); FakeMaster b = new FakeMaster()) {
      a.route("/master/health", "");
      b.route("/master/health", "");
      String aNode = register("json.info_", masterInfo(a.server.getPort()));
      register("json.info_", masterInfo(b.server.getPort()));
      MesosClient client = new MesosClient(ServiceSettings.builder()
          .urls("zk://" + zkHosts + "/mesos").retry(RetryPolicy.of(3, 10, 10, 5_000, 0))
          .timeouts(Timeouts.of(2_000, 5_000, 10_000)).build(), ProgressListener.NONE);

      assertThat(client.health(CancellationToken.none())).isTrue();
      assertThat(a.paths()).containsExactly("GET /master/health");

      a.close(); // the leader dies and its ephemeral znode goes with its session
      admin.delete(aNode, -1);
      assertThat(client.health(CancellationToken.none())).isTrue();

      assertThat(b.paths()).containsExactly("GET /master/health");
      assertThat(client.leader(CancellationToken.none()).port()).isEqualTo(b.server.getPort());
    }
  }

  @Test
  void legacyBinaryInfoNodesAreAClearError() throws Exception {
    register("info_", new byte[] {0x0a, 0x24, 0x31});
    assertThatThrownBy(() -> discovery("zk://" + zkHosts + "/mesos")
        .discover(CancellationToken.none()))
        .isInstanceOf(BadResponseException.class).hasMessageContaining("info_")
        .hasMessageContaining("0.23").hasMessageContaining("master URLs");
  }

  @Test
  void aPathWithoutMastersOrAMissingPathIsNotFound() throws Exception {
    admin.create("/mesos", new byte[0], ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT);
    assertThatThrownBy(() -> discovery("zk://" + zkHosts + "/mesos")
        .discover(CancellationToken.none()))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("no Mesos master");
    assertThatThrownBy(() -> discovery("zk://" + zkHosts + "/elsewhere")
        .discover(CancellationToken.none()))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("/elsewhere");
  }

  @Test
  void anUnreachableEnsembleFailsWithinTheConnectTimeout() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = s.getLocalPort();
    }
    ZooKeeperLeaderDiscovery d = new ZooKeeperLeaderDiscovery("zk://127.0.0.1:" + port
        + "/mesos", Timeouts.of(500, 1_000, 1_000), ProgressListener.NONE, "Mesos master URLs");
    long start = System.nanoTime();
    assertThatThrownBy(() -> d.discover(CancellationToken.none()))
        .isInstanceOf(UnreachableException.class).hasMessageContaining("within 500 ms");
    assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(5));
  }

  @Test
  void lookupsLeaveNoZooKeeperThreadsBehind() throws Exception {
    register("json.info_", masterInfo(5051));
    AtomicReference<HttpUrl> found = new AtomicReference<>();
    Thread lookups = new Thread(() -> {
      ZooKeeperLeaderDiscovery d = discovery("zk://" + zkHosts + "/mesos");
      for (int i = 0; i < 3; i++) {
        found.set(d.discover(CancellationToken.none()));
      }
    }, "mesos-zk-lookup");
    lookups.start();
    lookups.join(20_000);
    assertThat(found.get()).hasToString("http://127.0.0.1:5051/");

    // the client names its threads after the creating thread: none may outlive the lookups
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (zkThreadsOf("mesos-zk-lookup") > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(zkThreadsOf("mesos-zk-lookup")).isZero();
  }

  private static long zkThreadsOf(String owner) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith(owner + "-")).count();
  }

  @Test
  void badUrlsNameTheSetting() {
    assertThatThrownBy(() -> discovery("zk://127.0.0.1:2181"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Mesos master URLs")
        .hasMessageContaining("zk://host1:2181,host2:2181/mesos");
  }
}
