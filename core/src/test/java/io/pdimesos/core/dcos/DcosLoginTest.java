package io.pdimesos.core.dcos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.AuthException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceDialect;
import io.pdimesos.core.http.ServiceHttp;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.marathon.MarathonFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The DC/OS login against MockWebServer answering with the IAM's and the admin router's own
 * bodies: who logs in, with what, when it logs in again, and when it gives up.
 */
class DcosLoginTest {
  private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");
  private static final String PASSWORD = "pa55-w0rd-not-in-logs";

  private final MockWebServer server = new MockWebServer();
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

    @Override
    public void debug(String line) {
      log.add(line);
    }
  };

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private DcosSettings.Builder cluster() {
    return DcosSettings.builder().clusterUrl(server.url("/").toString())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).progress(listener)
        .timeouts(Timeouts.of(1_000, 3_000, 5_000)).retry(RetryPolicy.none());
  }

  private DcosSettings serviceAccount(String keyFile) {
    return cluster().serviceAccount("etl-runner",
        ServiceAccountKey.fromPemFile(DcosFixtures.key(keyFile).toString())).build();
  }

  private MarathonClient marathon(DcosSettings dcos) {
    return new MarathonClient(dcos.service(DcosService.MARATHON), listener);
  }

  private void enqueue(int code, String body) {
    server.enqueue(new MockResponse.Builder().code(code)
        .setHeader("Content-Type", "application/json").body(body).build());
  }

  private void loginOk() {
    enqueue(200, DcosFixtures.text(DcosFixtures.LOGIN_OK));
  }

  /** The admin router's answer to a missing, expired or forged token (common.lua exit_401). */
  private void routerRefuses() {
    server.enqueue(new MockResponse.Builder().code(401)
        .setHeader("Content-Type", "text/html; charset=UTF-8")
        .setHeader("WWW-Authenticate", "acsjwt")
        .body(DcosFixtures.text(DcosFixtures.ROUTER_401)).build());
  }

  private static JsonNode json(String text) throws Exception {
    return Json.MAPPER.readTree(text);
  }

  private static JsonNode jwtPart(String jwt, int part) throws Exception {
    return json(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[part]),
        StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"etl-runner.pkcs8.pem", "etl-runner.pkcs1.pem"})
  void aServiceAccountLogsInWithAnRs256TokenTheAccountsPublicKeyVerifies(String keyFile)
      throws Exception {
    loginOk();
    enqueue(200, MarathonFixtures.text("examples/info.json"));

    marathon(serviceAccount(keyFile)).info(CancellationToken.none());

    RecordedRequest login = server.takeRequest();
    assertThat(login.getMethod()).isEqualTo("POST");
    assertThat(login.getTarget()).isEqualTo("/acs/api/v1/auth/login");
    assertThat(login.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(login.getHeaders().get("Authorization")).isNull();
    JsonNode body = json(login.getBody().utf8());
    assertThat(body.get("uid").asText()).isEqualTo("etl-runner");
    assertThat(body.has("password")).isFalse();
    String jwt = body.get("token").asText();
    assertThat(jwtPart(jwt, 0).get("alg").asText()).isEqualTo("RS256");
    assertThat(jwtPart(jwt, 0).get("typ").asText()).isEqualTo("JWT");
    JsonNode claims = jwtPart(jwt, 1);
    assertThat(claims.get("uid").asText()).isEqualTo("etl-runner");
    assertThat(claims.get("exp").asLong()).isEqualTo(NOW.getEpochSecond() + 300);
    String[] parts = jwt.split("\\.");
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initVerify(DcosFixtures.publicKey("etl-runner.public.pem"));
    rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

    RecordedRequest info = server.takeRequest();
    assertThat(info.getTarget()).isEqualTo("/service/marathon/v2/info");
    assertThat(info.getHeaders().get("Authorization")).isEqualTo("token=" + DcosFixtures.token());
  }

  @Test
  void oneLoginServesEveryServiceOfTheCluster() throws Exception {
    DcosSettings dcos = serviceAccount("etl-runner.pkcs8.pem");
    loginOk();
    enqueue(200, MarathonFixtures.text("examples/info.json"));
    enqueue(200, MarathonFixtures.text("responses/raml-leader.GET-leader.json"));

    marathon(dcos).info(CancellationToken.none());
    new MarathonClient(dcos.service(DcosService.MARATHON), listener)
        .leader(CancellationToken.none());

    assertThat(server.getRequestCount()).isEqualTo(3);
    server.takeRequest();
    assertThat(server.takeRequest().getHeaders().get("Authorization"))
        .isEqualTo(server.takeRequest().getHeaders().get("Authorization"));
  }

  @Test
  void anExpiredTokenLogsInOnceMoreAndSendsEvenAPostAgain() throws Exception {
    loginOk();
    routerRefuses();
    loginOk();
    enqueue(200, MarathonFixtures.text("examples/deployments_result.json"));

    marathon(serviceAccount("etl-runner.pkcs8.pem")).restart("/etl/carte", false,
        CancellationToken.none());

    List<String> sent = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      RecordedRequest r = server.takeRequest();
      sent.add(r.getMethod() + " " + r.getTarget());
    }
    String restart = "POST /service/marathon/v2/apps/etl/carte/restart?force=false";
    assertThat(sent).containsExactly("POST /acs/api/v1/auth/login", restart,
        "POST /acs/api/v1/auth/login", restart);
    assertThat(log).anyMatch(l -> l.contains("refused the token of service account "
        + "'etl-runner'") && l.contains("logging in again"));
  }

  @Test
  void aFreshTokenRefusedAgainIsAnErrorNotALoop() {
    loginOk();
    routerRefuses();
    loginOk();
    routerRefuses();
    loginOk(); // never asked for

    assertThatThrownBy(() -> marathon(serviceAccount("etl-runner.pkcs8.pem"))
        .info(CancellationToken.none()))
        .isInstanceOf(AuthException.class)
        .satisfies(e -> assertThat(((AuthException) e).status()).isEqualTo(401))
        .hasMessageContaining("GET " + server.url("/service/marathon/v2/info"));
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aKeyDcosDoesNotKnowIsAnAuthErrorNamingTheAccountNotTheKey() throws Exception {
    enqueue(401, DcosFixtures.text(DcosFixtures.LOGIN_REFUSED));

    assertThatThrownBy(() -> marathon(serviceAccount("other.pkcs8.pem"))
        .info(CancellationToken.none()))
        .isInstanceOf(AuthException.class)
        .hasMessageContaining("DC/OS refused the login of service account 'etl-runner'")
        .hasMessageContaining("public key DC/OS holds for it")
        .hasMessageContaining("JWT verification failed")
        .satisfies(e -> {
          String pem = Files.readString(DcosFixtures.key("other.pkcs8.pem"));
          for (String line : pem.split("\n")) {
            if (!line.startsWith("-----")) {
              assertThat(e.getMessage()).doesNotContain(line);
            }
          }
          assertThat(e.getMessage()).doesNotContain("PRIVATE KEY");
        });
    assertThat(server.getRequestCount()).as("no request reached Marathon").isEqualTo(1);
  }

  @Test
  void aUserLogsInWithThePasswordWhichNeverShowsInMessagesOrSettings() throws Exception {
    DcosSettings dcos = cluster().userPassword("ops", PASSWORD).build();
    enqueue(401, DcosFixtures.text(DcosFixtures.LOGIN_REFUSED));

    assertThatThrownBy(() -> marathon(dcos).info(CancellationToken.none()))
        .isInstanceOf(AuthException.class)
        .hasMessageContaining("DC/OS refused the login of user 'ops': check the user name and"
            + " password")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PASSWORD));
    JsonNode body = json(server.takeRequest().getBody().utf8());
    assertThat(body.get("uid").asText()).isEqualTo("ops");
    assertThat(body.get("password").asText()).isEqualTo(PASSWORD);
    assertThat(dcos.toString()).contains("user 'ops'").doesNotContain(PASSWORD);
    assertThat(dcos.service(DcosService.MESOS).toString()).doesNotContain(PASSWORD);
    assertThat(String.join("\n", log)).doesNotContain(PASSWORD);
  }

  @Test
  void theIssuedTokenNeverShowsInLogsOrSettings() {
    DcosSettings dcos = cluster().userPassword("ops", PASSWORD).build();
    loginOk();
    enqueue(200, MarathonFixtures.text("examples/info.json"));

    marathon(dcos).info(CancellationToken.none());

    String token = DcosFixtures.token();
    assertThat(String.join("\n", log)).contains("Logged in to DC/OS as user 'ops'")
        .doesNotContain(token).doesNotContain(token.split("\\.")[2]);
    assertThat(dcos.toString() + dcos.service(DcosService.MARATHON)).doesNotContain(token);
  }

  @Test
  void aMalformedLoginIsRejectedWithTheServersDescription() {
    enqueue(400, DcosFixtures.text(DcosFixtures.LOGIN_BAD_REQUEST));

    assertThatThrownBy(() -> marathon(serviceAccount("etl-runner.pkcs8.pem"))
        .info(CancellationToken.none()))
        .isInstanceOf(ClusterException.class)
        .hasMessageContaining("POST " + server.url("/acs/api/v1/auth/login"))
        .hasMessageContaining("HTTP 400: JWT parsing failed");
  }

  @Test
  void aGivenTokenIsSentAsIsAndNeverRenewed() throws Exception {
    DcosSettings dcos = cluster().token("given-token-value").build();
    routerRefuses();

    assertThatThrownBy(() -> marathon(dcos).info(CancellationToken.none()))
        .isInstanceOf(AuthException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(server.takeRequest().getHeaders().get("Authorization"))
        .isEqualTo("token=given-token-value");
    assertThat(dcos.toString()).doesNotContain("given-token-value");
  }

  @Test
  void aRequestRefusedWithATokenAnotherRequestAlreadyReplacedDoesNotLogInAgain() {
    DcosLogin login = new DcosLogin(ServiceHttp.create(ServiceSettings.builder()
        .urls(server.url("/").toString()).retry(RetryPolicy.none()).build(),
        ServiceDialect.GENERIC, listener, DcosSettings.SETTING),
        DcosCredentials.password("ops", PASSWORD), Clock.systemUTC());
    loginOk();

    String token = login.token(CancellationToken.none());
    assertThat(login.renew("an-older-token", CancellationToken.none())).isTrue();
    assertThat(login.token(CancellationToken.none())).isEqualTo(token);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
