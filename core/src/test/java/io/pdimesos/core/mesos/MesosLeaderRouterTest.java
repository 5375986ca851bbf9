package io.pdimesos.core.mesos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.RejectedException;
import io.pdimesos.core.error.UnreachableException;
import io.pdimesos.core.http.ApiResponse;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MesosLeaderRouterTest {
  private final List<FakeMaster> masters = new ArrayList<>();
  private final List<String> log = new ArrayList<>();
  private final ProgressListener listener = new ProgressListener() {
    @Override
    public void basic(String line) {
      log.add(line);
    }

    @Override
    public void detailed(String line) {
      log.add(line);
    }
  };

  @AfterEach
  void stop() {
    masters.forEach(FakeMaster::close);
  }

  private FakeMaster master() throws Exception {
    FakeMaster m = new FakeMaster();
    masters.add(m);
    return m;
  }

  private MesosClient client(String urls) {
    return new MesosClient(ServiceSettings.builder().urls(urls)
        .retry(RetryPolicy.of(3, 10, 50, 5_000, 0)).timeouts(Timeouts.of(1_000, 5_000, 10_000))
        .build(), listener);
  }

  private static String closedPort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return "http://127.0.0.1:" + s.getLocalPort();
    }
  }

  @Test
  void followsTheSchemeLessLocationOfTheRedirectToTheLeader() throws Exception {
    FakeMaster standby = master();
    FakeMaster leader = master();
    standby.followLeader(leader);
    leader.route("/master/state-summary", Fixtures.text(Fixtures.SUMMARY_1_2));

    MesosClient client = client(standby.url());
    StateSummary summary = client.stateSummary(CancellationToken.none());

    assertThat(summary.agents()).hasSize(2);
    assertThat(client.leader(CancellationToken.none()).toString()).isEqualTo(leader.url() + "/");
    assertThat(standby.paths()).containsExactly("GET /master/redirect");
    assertThat(leader.paths()).containsExactly("GET /master/state-summary");
    assertThat(leader.requests.get(0).getHeaders().get("Accept")).isEqualTo("application/json");
  }

  @Test
  void remembersTheLeaderBetweenRequests() throws Exception {
    FakeMaster leader = master();
    leader.route("/master/health", "");
    MesosClient client = client(leader.url());

    assertThat(client.health(CancellationToken.none())).isTrue();
    assertThat(client.health(CancellationToken.none())).isTrue();

    assertThat(leader.paths()).containsExactly("GET /master/redirect", "GET /master/health",
        "GET /master/health");
  }

  @Test
  void aMasterWithoutLeaderSends503AndTheNextMasterIsAsked() throws Exception {
    FakeMaster lonely = master();
    lonely.noLeader();
    FakeMaster leader = master();
    leader.route("/master/health", "");

    MesosClient client = client(lonely.url() + "," + leader.url());

    assertThat(client.health(CancellationToken.none())).isTrue();
    assertThat(lonely.paths()).containsExactly("GET /master/redirect");
    assertThat(leader.paths()).containsExactly("GET /master/redirect", "GET /master/health");
  }

  @Test
  void anUnreachableMasterIsSkipped() throws Exception {
    FakeMaster leader = master();
    leader.route("/master/health", "");

    MesosClient client = client(closedPort() + " " + leader.url());

    assertThat(client.health(CancellationToken.none())).isTrue();
    assertThat(leader.paths()).containsExactly("GET /master/redirect", "GET /master/health");
  }

  @Test
  void noLeaderAnywhereEndsWithTheMastersOwnWords() throws Exception {
    FakeMaster a = master();
    FakeMaster b = master();
    a.noLeader();
    b.noLeader();
    b.route("/master/health", r -> FakeMaster.status(503, "No leader elected"));
    a.route("/master/health", r -> FakeMaster.status(503, "No leader elected"));

    MesosClient client = client(a.url() + "," + b.url());

    assertThatThrownBy(() -> client.health(CancellationToken.none()))
        .isInstanceOf(RejectedException.class).hasMessageContaining("No leader elected");
    // every attempt rediscovers (two masters asked), then falls back to the masters themselves
    assertThat(a.count("/master/redirect")).isEqualTo(3);
    assertThat(b.count("/master/redirect")).isEqualTo(3);
  }

  @Test
  void allMastersUnreachableIsAnUnreachableError() throws Exception {
    MesosClient client = client(closedPort() + "," + closedPort());
    assertThatThrownBy(() -> client.health(CancellationToken.none()))
        .isInstanceOf(UnreachableException.class).hasMessageContaining("Cannot reach");
  }

  @Test
  void aStandbyRedirectAfterFailoverLeadsToTheNewLeader() throws Exception {
    FakeMaster a = master();
    FakeMaster b = master();
    a.route("/master/state-summary", Fixtures.text(Fixtures.SUMMARY_1_2));
    b.route("/master/state-summary", Fixtures.text(Fixtures.SUMMARY_1_2));
    b.followLeader(a);
    MesosClient client = client(a.url() + "," + b.url());

    client.stateSummary(CancellationToken.none());
    assertThat(client.leader(CancellationToken.none()).port()).isEqualTo(a.server.getPort());

    // b takes over; a now redirects v0 endpoints (and /master/redirect) to b
    b.followLeader(b);
    a.followLeader(b);
    client.stateSummary(CancellationToken.none());

    assertThat(client.leader(CancellationToken.none()).port()).isEqualTo(b.server.getPort());
    assertThat(a.paths()).containsExactly("GET /master/redirect", "GET /master/state-summary",
        "GET /master/state-summary", "GET /master/redirect");
    assertThat(b.paths()).containsExactly("GET /master/state-summary");
    assertThat(log).anyMatch(l -> l.contains("stopped answering as leader"));
  }

  @Test
  void aDeadLeaderIsReplacedByTheOneTheStandbyNames() throws Exception {
    FakeMaster a = master();
    FakeMaster b = master();
    a.route("/master/health", "");
    b.route("/master/health", "");
    b.followLeader(a);
    MesosClient client = client(a.url() + "," + b.url());
    client.health(CancellationToken.none());

    a.close(); // the leader dies; b is elected
    b.followLeader(b);
    assertThat(client.health(CancellationToken.none())).isTrue();

    assertThat(client.leader(CancellationToken.none()).port()).isEqualTo(b.server.getPort());
    assertThat(b.paths()).containsExactly("GET /master/redirect", "GET /master/health");
  }

  @Test
  void theLeaderKeepsTheConfiguredSchemeAndTakesHostAndPortFromTheLocation() {
    HttpUrl answered = HttpUrl.get("https://m1.example:5050/");
    ApiResponse r = new ApiResponse(307, Headers.of(), "", "GET", answered, answered, 1);

    assertThat(RedirectLeaderDiscovery.leaderBase(answered, "//10.0.0.5:5050", r))
        .hasToString("https://10.0.0.5:5050/");
    // 0.22 still wrote an absolute http:// Location
    assertThat(RedirectLeaderDiscovery.leaderBase(answered, "http://m2.example:5050", r))
        .hasToString("https://m2.example:5050/");
  }

  @Test
  void aZooKeeperUrlMixedWithMasterUrlsIsRejectedNamingTheSetting() {
    assertThatThrownBy(() -> client("zk://127.0.0.1:2181/mesos,http://127.0.0.1:5050"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Mesos master URLs").hasMessageContaining("zk://");
  }
}
