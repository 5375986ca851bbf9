package io.pdimesos.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.sim.dcos.DcosOptions;
import io.pdimesos.sim.http.SimAuth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DC/OS mode: one admin router port in front of every service, its login endpoint for users
 * and service accounts, its 401 as DC/OS sends it, and tokens that expire on simulated time.
 */
class DcosAdminRouterTest {
  private static KeyPair account;
  private static KeyPair stranger;
  private ClusterSim sim;
  private String dcos;

  @BeforeAll
  static void keys() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    account = g.generateKeyPair();
    stranger = g.generateKeyPair();
  }

  @BeforeEach
  void start() {
    sim = ClusterSim.builder().agents(2).freePorts().steppedClock()
        .dcos(DcosOptions.create().user("ops", "ops-pw")
            .serviceAccount("etl-runner", account.getPublic())
            .tokenLifetime(Duration.ofHours(1)))
        .build().start();
    dcos = sim.dcosUrl();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  /** A service login token as DC/OS documents it: RS256, claims uid and exp. */
  private static String loginToken(String uid, long exp, PrivateKey key) throws Exception {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String input = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(
        StandardCharsets.UTF_8)) + "." + b64.encodeToString(("{\"uid\":\"" + uid
        + "\",\"exp\":" + exp + "}").getBytes(StandardCharsets.UTF_8));
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initSign(key);
    s.update(input.getBytes(StandardCharsets.US_ASCII));
    return input + "." + b64.encodeToString(s.sign());
  }

  private static long inFiveMinutes() {
    return System.currentTimeMillis() / 1000 + 300;
  }

  private SimHttp.Reply login(String body) {
    return SimHttp.send("POST", dcos + "/acs/api/v1/auth/login", body);
  }

  private String serviceAccountToken() throws Exception {
    SimHttp.Reply r = login("{\"uid\":\"etl-runner\",\"token\":\""
        + loginToken("etl-runner", inFiveMinutes(), account.getPrivate()) + "\"}");
    assertThat(r.code()).as(r.body()).isEqualTo(200);
    return r.json().get("token").asText();
  }

  private static SimHttp.Reply get(String url, String authorization) {
    Request.Builder b = new Request.Builder().url(url);
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return SimHttp.call(b.build());
  }

  private static JsonNode claims(String jwt) throws IOException {
    return Shape.MAPPER.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
  }

  @Test
  void aServiceAccountLogsInAndReachesEveryServiceThroughOneUrl() throws Exception {
    String token = serviceAccountToken();
    JsonNode claims = claims(token);
    assertThat(claims.get("uid").asText()).isEqualTo("etl-runner");
    assertThat(claims.get("exp").asLong()).isEqualTo(sim.clock().millis() / 1000 + 3600);
    String auth = "token=" + token;

    JsonNode state = get(dcos + "/mesos/master/state", auth).json();
    assertThat(state.get("slaves")).hasSize(2);
    assertThat(state.get("leader").asText()).isEqualTo(state.get("pid").asText());
    assertThat(get(dcos + "/service/marathon/v2/info", auth).json().get("name").asText())
        .isEqualTo("marathon");
    assertThat(get(dcos + "/marathon/v2/info", auth).code()).isEqualTo(200);
    assertThat(get(dcos + "/service/chronos/v1/scheduler/jobs", auth).json().isArray()).isTrue();
    assertThat(get(dcos + "/service/metronome/v1/jobs", auth).json().isArray()).isTrue();
    String agentId = state.get("slaves").get(1).get("id").asText();
    JsonNode agent = get(dcos + "/agent/" + agentId + "/slave(1)/state", auth).json();
    assertThat(agent.get("id").asText()).isEqualTo(agentId);
    assertThat(get(dcos + "/agent/" + agentId + "/state", auth).json().get("id").asText())
        .isEqualTo(agentId);
    assertThat(get(dcos + "/slave/" + agentId + "/state", auth).code()).isEqualTo(200);

    assertThat(get(dcos + "/agent/no-such-agent-S9/state", auth).code()).isEqualTo(404);
    assertThat(get(dcos + "/service/nothing-here/v1", auth).code()).isEqualTo(404);
    // writes go through with their bodies and come back with the service's own headers
    SimHttp.Reply put = SimHttp.call(new Request.Builder()
        .url(dcos + "/service/marathon/v2/apps/etl/web").header("Authorization", auth)
        .put(SimHttp.jsonBody("{\"cmd\":\"sleep 100\",\"instances\":1}")).build());
    assertThat(put.code()).isEqualTo(201);
    assertThat(put.header("Marathon-Deployment-Id")).isNotEmpty();
    assertThat(get(sim.marathonUrls().get(0) + "/v2/apps/etl/web", null).code()).isEqualTo(200);
  }

  @Test
  void withoutAValidTokenTheRouterAnswersItsOwn401() throws Exception {
    String forged = "token=" + loginToken("etl-runner", inFiveMinutes(), stranger.getPrivate());
    for (String auth : new String[] {null, "token=garbage", forged, "Basic b3BzOm9wcy1wdw=="}) {
      SimHttp.Reply r = get(dcos + "/service/marathon/v2/apps", auth);
      assertThat(r.code()).as(String.valueOf(auth)).isEqualTo(401);
      assertThat(r.header("WWW-Authenticate")).isEqualTo("acsjwt");
      assertThat(r.header("Content-Type")).isEqualTo("text/html; charset=UTF-8");
      // what DC/OS's own integration test checks of this page (test_auth.py)
      assertThat(r.body()).contains("<html>", "</html>", "window.location");
    }
    assertThat(sim.dcosIam().refusedRequests()).isEqualTo(4);
    // the router reads Bearer as well as token=
    assertThat(get(dcos + "/mesos/version", "Bearer " + serviceAccountToken()).code())
        .isEqualTo(200);
  }

  @Test
  void tokensExpireOnSimulatedTime() throws Exception {
    String auth = "token=" + serviceAccountToken();
    assertThat(get(dcos + "/mesos/master/slaves", auth).code()).isEqualTo(200);

    sim.clock().advance(Duration.ofMinutes(59));
    assertThat(get(dcos + "/mesos/master/slaves", auth).code()).isEqualTo(200);
    sim.clock().advance(Duration.ofMinutes(1));
    assertThat(get(dcos + "/mesos/master/slaves", auth).code()).isEqualTo(401);

    assertThat(get(dcos + "/mesos/master/slaves", "token=" + serviceAccountToken()).code())
        .isEqualTo(200);
    assertThat(sim.dcosIam().logins()).isEqualTo(2);
  }

  @Test
  void usersLogInWithTheirPassword() throws Exception {
    SimHttp.Reply ok = login("{\"uid\":\"ops\",\"password\":\"ops-pw\"}");
    assertThat(ok.code()).isEqualTo(200);
    assertThat(ok.header("Content-Type")).startsWith("application/json");
    assertThat(claims(ok.json().get("token").asText()).get("uid").asText()).isEqualTo("ops");

    SimHttp.Reply wrong = login("{\"uid\":\"ops\",\"password\":\"guess\"}");
    assertThat(wrong.code()).isEqualTo(401);
    assertThat(wrong.json().get("title").asText()).isEqualTo("Unauthorized");
    assertThat(wrong.json().get("code").asText()).isEqualTo("ERR_INVALID_CREDENTIALS");
    assertThat(wrong.body()).doesNotContain("guess").doesNotContain("ops-pw");
  }

  @Test
  void serviceLoginsAreRefusedForEachReasonTheIamHas() throws Exception {
    String[][] cases = {
        {loginToken("etl-runner", inFiveMinutes(), stranger.getPrivate()), "etl-runner",
            "JWT signature verification failed"},
        {loginToken("etl-runner", inFiveMinutes() - 600, account.getPrivate()), "etl-runner",
            "service login token: expired"},
        {loginToken("someone-else", inFiveMinutes(), account.getPrivate()), "etl-runner",
            "its uid claim is not 'etl-runner'"},
        {loginToken("ghost", inFiveMinutes(), account.getPrivate()), "ghost",
            "there is no service account 'ghost'"},
    };
    for (String[] c : cases) {
      SimHttp.Reply r = login("{\"uid\":\"" + c[1] + "\",\"token\":\"" + c[0] + "\"}");
      assertThat(r.code()).as(c[2]).isEqualTo(401);
      assertThat(r.json().get("description").asText()).as(c[2]).contains(c[2]);
    }
    // not a JWT at all: 400 with the body a real cluster sent (dcos-commons#142)
    SimHttp.Reply malformed = login("{\"uid\":\"etl-runner\",\"token\":\"not-a-jwt\"}");
    assertThat(malformed.code()).isEqualTo(400);
    assertThat(malformed.json()).isEqualTo(Shape.fixture("dcos/iam.auth-login.400.json"));
    assertThat(sim.dcosIam().refusedLogins()).isEqualTo(cases.length + 1);
    assertThat(sim.dcosIam().logins()).isZero();

    assertThat(login("{\"uid\":").code()).isEqualTo(400);
    assertThat(login("{\"password\":\"x\"}").json().get("title").asText())
        .isEqualTo("Bad Request");
    assertThat(SimHttp.get(dcos + "/acs/api/v1/auth/login").code()).isEqualTo(405);
  }

  @Test
  void eventStreamsFlowThroughTheRouterAsTheyHappen() throws Exception {
    Request events = new Request.Builder().url(dcos + "/service/marathon/v2/events")
        .header("Accept", "text/event-stream")
        .header("Authorization", "token=" + serviceAccountToken()).build();
    try (Response r = MarathonEventsTest.STREAM.newCall(events).execute()) {
      assertThat(r.code()).isEqualTo(200);
      assertThat(r.header("Content-Type")).startsWith("text/event-stream");
      BufferedSource src = r.body().source();
      StringBuilder seen = new StringBuilder();
      while (!seen.toString().contains("\r\n\r\n")) {
        seen.append((char) src.readByte());
      }
      assertThat(seen.toString()).startsWith("event: event_stream_attached\r\n");
    }
  }

  @Test
  void theControlApiAnswersOnTheRouterAndTheStatusNamesIt() {
    assertThat(SimHttp.get(dcos + "/__sim/status").json().get("dcos").asText()).isEqualTo(dcos);
    assertThat(SimHttp.send("POST", dcos + "/__sim/advance?seconds=5", null).code())
        .isEqualTo(200);
  }

  @Test
  void dcosModeAndBasicAuthExcludeEachOther() {
    assertThatThrownBy(() -> ClusterSim.builder().auth(SimAuth.basic("a", "b"))
        .dcos(DcosOptions.create()).build())
        .hasMessageContaining("auth(...) and dcos(...) exclude each other");
  }
}
