package io.pdimesos.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.sim.http.SimAuth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.tls.Certificates;
import okhttp3.tls.HandshakeCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaultsTest {

  private static ClusterSimBuilder base() {
    return ClusterSim.builder().agents(2).freePorts().steppedClock();
  }

  @Test
  void controlApiInjectsBurstsLatencyAndDrops() {
    try (ClusterSim sim = base().build().start()) {
      String master = sim.mesosUrls().get(0);
      String marathon = sim.marathonUrls().get(0);
      assertThat(SimHttp.send("POST", master + "/__sim/fail?service=marathon&count=2&status=503", null).code())
          .isEqualTo(200);
      assertThat(SimHttp.get(marathon + "/v2/apps").code()).isEqualTo(503);
      assertThat(SimHttp.get(marathon + "/v2/apps").code()).isEqualTo(503);
      assertThat(SimHttp.get(marathon + "/v2/apps").code()).isEqualTo(200);
      // the control API itself is never faulted
      SimHttp.send("POST", master + "/__sim/fail?service=mesos&count=1&status=500", null);
      assertThat(SimHttp.get(master + "/__sim/status").code()).isEqualTo(200);
      assertThat(SimHttp.get(master + "/master/state").code()).isEqualTo(500);

      SimHttp.send("POST", master + "/__sim/latency?service=chronos&millis=300", null);
      long t0 = System.nanoTime();
      SimHttp.get(sim.chronosUrls().get(0) + "/v1/scheduler/jobs");
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
      SimHttp.send("POST", master + "/__sim/clear", null);

      SimHttp.send("POST", master + "/__sim/drop?service=mesos&count=1", null);
      assertThatThrownBy(() -> SimHttp.get(master + "/master/state")).isInstanceOf(UncheckedIOException.class);
      assertThat(SimHttp.get(master + "/master/state").code()).isEqualTo(200);

      // injected errors look like the service's own: Marathon's 403 is its JSON message
      sim.faults().failNext("marathon", 1, 403);
      var forbidden = SimHttp.get(marathon + "/v2/apps");
      assertThat(forbidden.code()).isEqualTo(403);
      assertThat(forbidden.json()).isEqualTo(Shape.fixture("marathon/errors/raml-traits.403-forbidden.json"));

      assertThat(SimHttp.send("POST", master + "/__sim/fail?service=nope&count=1", null).code()).isEqualTo(400);
      assertThat(SimHttp.send("POST", master + "/__sim/bogus", null).code()).isEqualTo(404);
    }
  }

  @Test
  void aTargetedFaultFailsOnlyMatchingRequestsFromTheKthOn() {
    try (ClusterSim sim = base().build().start()) {
      String master = sim.mesosUrls().get(0);
      String marathon = sim.marathonUrls().get(0);
      // the second and third GET of /v2/apps/etl/carte fail; other paths and methods pass
      assertThat(SimHttp.send("POST", master + "/__sim/fail?service=marathon&request=GET%20/v2/apps/etl/carte"
          + "&skip=1&count=2&status=500", null).code()).isEqualTo(200);
      assertThat(SimHttp.get(marathon + "/v2/apps/etl/carte").code()).isEqualTo(404);
      assertThat(SimHttp.get(marathon + "/v2/apps").code()).isEqualTo(200);
      assertThat(SimHttp.send("DELETE", marathon + "/v2/apps/etl/carte", null).code()).isEqualTo(404);
      assertThat(SimHttp.get(marathon + "/v2/apps/etl/carte?embed=app.tasks").code()).isEqualTo(500);
      assertThat(SimHttp.get(marathon + "/v2/apps/etl/carte").code()).isEqualTo(500);
      assertThat(SimHttp.get(marathon + "/v2/apps/etl/carte").code()).isEqualTo(404);

      sim.faults().failMatching("marathon", "GET /v2/(apps|deployments)", 0, 5, 503);
      assertThat(SimHttp.get(marathon + "/v2/deployments").code()).isEqualTo(503);
      sim.faults().clear();
      assertThat(SimHttp.get(marathon + "/v2/deployments").code()).isEqualTo(200);
      assertThat(SimHttp.send("POST", master + "/__sim/fail?service=marathon&request=(&count=1", null).code())
          .isEqualTo(400);
    }
  }

  @Test
  void instancesGoAwayAndLeadershipMoves() {
    try (ClusterSim sim = base().masters(3).chronosInstances(2).build().start()) {
      String m1 = sim.mesosUrls().get(0);
      SimHttp.send("POST", m1 + "/__sim/leader?master=3", null);
      assertThat(SimHttp.get(m1 + "/master/redirect").header("Location"))
          .isEqualTo(sim.mesosUrls().get(2).substring("http:".length()));
      String c1 = sim.chronosUrls().get(0);
      String c2 = sim.chronosUrls().get(1);
      assertThat(SimHttp.send("POST", m1 + "/__sim/stop?service=chronos&instance=1", null).code()).isEqualTo(200);
      assertThatThrownBy(() -> SimHttp.get(c1 + "/v1/scheduler/jobs")).isInstanceOf(UncheckedIOException.class);
      assertThat(SimHttp.get(c2 + "/v1/scheduler/leader").json().get("leader").asText())
          .isEqualTo(c2.substring("http://".length()));
      SimHttp.send("POST", m1 + "/__sim/start?service=chronos&instance=1", null);
      assertThat(SimHttp.get(c1 + "/v1/scheduler/jobs").code()).isEqualTo(200);

      // an agent is lost: Mesos no longer lists it as active, metrics count it unreachable
      SimHttp.send("POST", m1 + "/__sim/agent/lose?agent=1", null);
      String leader = sim.mesosUrls().get(2);
      JsonNode metrics = SimHttp.get(leader + "/metrics/snapshot").json();
      assertThat(metrics.get("master/slaves_active").asDouble()).isEqualTo(1.0);
      assertThat(metrics.get("master/slaves_unreachable").asDouble()).isEqualTo(1.0);
      assertThat(SimHttp.get(leader + "/master/slaves").json().get("slaves")).hasSize(1);
      SimHttp.send("POST", m1 + "/__sim/agent/restore?agent=1", null);
      assertThat(SimHttp.get(leader + "/master/slaves").json().get("slaves")).hasSize(2);
    }
  }

  @Test
  void mastersRegisterInZooKeeperAndLeadershipFollows() throws Exception {
    try (ClusterSim sim = base().masters(2).zk(true).build().start()) {
      assertThat(sim.zkMesosUrl()).startsWith("zk://127.0.0.1:").endsWith("/mesos");
      List<String> children = sim.zk().children();
      assertThat(children).hasSize(2).allMatch(c -> c.startsWith("json.info_"));
      try (org.apache.zookeeper.ZooKeeper client = new org.apache.zookeeper.ZooKeeper(
          sim.zkConnectString(), 10_000, e -> { })) {
        JsonNode info = leaderInfo(client, sim);
        assertThat(info.get("port").asInt()).isEqualTo(sim.masters().master(1).port);
        assertThat(info.get("address").get("hostname").asText()).isEqualTo("127.0.0.1");
        assertThat(info.get("ip").asLong()).isEqualTo(16777343L); // 127.0.0.1 in network byte order

        sim.faults().electMaster(2);
        JsonNode moved = leaderInfo(client, sim);
        assertThat(moved.get("hostname").asText()).isEqualTo(sim.masters().master(2).host);
        assertThat(moved.get("pid").asText()).isEqualTo(sim.masters().master(2).pid());
        sim.faults().electMaster(0);
        assertThat(sim.zk().children()).isEmpty();
      }
    }
  }

  /** The lowest json.info_ znode (bounded retry until the client session is up). */
  private static JsonNode leaderInfo(org.apache.zookeeper.ZooKeeper client, ClusterSim sim) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      try {
        String lowest = sim.zk().children().get(0);
        byte[] data = client.getData("/mesos/" + lowest, false, null);
        return Shape.MAPPER.readTree(data);
      } catch (org.apache.zookeeper.KeeperException.ConnectionLossException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(50);
      }
    }
  }

  @Test
  void tlsWithAGeneratedCaAndBasicAuth(@TempDir Path dir) throws IOException {
    try (ClusterSim sim = base().tls(true).tlsDir(dir).auth(SimAuth.basic("ops", "s3cret")).build().start()) {
      assertThat(sim.caPemFile()).exists();
      X509Certificate ca = Certificates.decodeCertificatePem(Files.readString(sim.caPemFile()));
      HandshakeCertificates trust = new HandshakeCertificates.Builder().addTrustedCertificate(ca).build();
      OkHttpClient client = SimHttp.CLIENT.newBuilder()
          .sslSocketFactory(trust.sslSocketFactory(), trust.trustManager()).build();
      String marathon = sim.marathonUrls().get(0);
      assertThat(marathon).startsWith("https://");
      try (var r = client.newCall(new Request.Builder().url(marathon + "/v2/apps").build()).execute()) {
        assertThat(r.code()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).isEqualTo("basic realm=\"Mesosphere\"");
        assertThat(r.body().string()).contains("HTTP ERROR: 401");
      }
      String basic = "Basic " + Base64.getEncoder().encodeToString("ops:s3cret".getBytes());
      try (var r = client.newCall(new Request.Builder().url(marathon + "/v2/apps")
          .header("Authorization", basic).build()).execute()) {
        assertThat(r.code()).isEqualTo(200);
      }
      String master = sim.mesosUrls().get(0);
      try (var r = client.newCall(new Request.Builder().url(master + "/master/state").build()).execute()) {
        assertThat(r.code()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).isEqualTo("Basic realm=\"mesos-master-readonly\"");
      }
      try (var r = client.newCall(new Request.Builder().url(master + "/master/health").build()).execute()) {
        assertThat(r.code()).isEqualTo(200);
      }
      // Weave has no TLS and no auth upstream
      assertThat(SimHttp.get(sim.weaveUrls().get(0) + "/status").code()).isEqualTo(200);
      // an untrusting client fails the handshake
      assertThatThrownBy(() -> SimHttp.get(marathon + "/ping")).isInstanceOf(UncheckedIOException.class);
    }
  }

  @Test
  void tokenAuth() {
    try (ClusterSim sim = base().auth(SimAuth.token("t0k3n")).build().start()) {
      String chronos = sim.chronosUrls().get(0) + "/v1/scheduler/jobs";
      assertThat(SimHttp.get(chronos).code()).isEqualTo(401);
      var ok = SimHttp.call(new Request.Builder().url(chronos).header("Authorization", "token=t0k3n").build());
      assertThat(ok.code()).isEqualTo(200);
      var wrong = SimHttp.call(new Request.Builder().url(chronos).header("Authorization", "token=nope").build());
      assertThat(wrong.code()).isEqualTo(401);
      assertThat(SimAuth.token("t0k3n").toString()).doesNotContain("t0k3n");
    }
  }
}
