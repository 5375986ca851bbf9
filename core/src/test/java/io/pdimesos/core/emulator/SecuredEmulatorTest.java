package io.pdimesos.core.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosVersion;
import io.pdimesos.core.error.AuthException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.UnreachableException;
import io.pdimesos.core.http.Auth;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.http.Tls;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.http.SimAuth;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** TLS with the emulator's generated CA, and basic/token auth, through the clients. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecuredEmulatorTest {
  private static final String PASSWORD = "s3cret-pw";
  private static final String TOKEN = "t0ken-value";

  @TempDir
  Path tlsDir;
  private ClusterSim tls;
  private ClusterSim token;
  private final RequestLog log = new RequestLog();

  @BeforeAll
  void startSims() {
    tls = ClusterSim.builder().agents(1).tls(true).tlsDir(tlsDir)
        .auth(SimAuth.basic("ops", PASSWORD)).freePorts().speed(50).build().start();
    token = ClusterSim.builder().agents(1).auth(SimAuth.token(TOKEN)).freePorts().speed(50)
        .build().start();
  }

  @AfterAll
  void stopSims() {
    tls.close();
    token.close();
  }

  private static ServiceSettings settings(List<String> urls, Tls t, Auth a) {
    return ServiceSettings.builder().urls(String.join(",", urls)).tls(t).auth(a)
        .timeouts(Timeouts.of(1_000, 3_000, 5_000)).retry(RetryPolicy.none()).build();
  }

  private Tls trusted() {
    return Tls.of(tls.caPemFile().toString(), null, false);
  }

  @Test
  void theGeneratedCaAndBasicAuthOpenEveryService() {
    Auth ops = Auth.basic("ops", PASSWORD);
    assertThat(new MarathonClient(settings(tls.marathonUrls(), trusted(), ops), log)
        .info(CancellationToken.none())).isNotNull();
    assertThat(new ChronosClient(settings(tls.chronosUrls(), trusted(), ops), ChronosVersion.V3,
        log).listJobs(CancellationToken.none())).isEmpty();
    assertThat(new MesosClient(settings(tls.mesosUrls(), trusted(), ops), log)
        .agents(CancellationToken.none())).hasSize(1);
    assertThat(tls.marathonUrls().get(0)).startsWith("https://");
  }

  @Test
  void withoutTheCaTheHandshakeFailsClearly() {
    MarathonClient untrusted = new MarathonClient(settings(tls.marathonUrls(),
        Tls.systemDefault(), Auth.basic("ops", PASSWORD)), log);

    assertThatThrownBy(() -> untrusted.info(CancellationToken.none()))
        .isInstanceOf(UnreachableException.class)
        .hasMessageContaining("TLS").hasMessageContaining("certificate")
        .hasMessageNotContaining(PASSWORD);
  }

  @Test
  void insecureWorksAndWarns() {
    log.clear();
    MarathonClient insecure = new MarathonClient(settings(tls.marathonUrls(),
        Tls.of(null, null, true), Auth.basic("ops", PASSWORD)), log);

    assertThat(insecure.info(CancellationToken.none())).isNotNull();
    assertThat(log.warnings).anyMatch(w -> w.contains("verification is OFF"));
  }

  @Test
  void aWrongPasswordIsAnAuthErrorWithoutTheSecret() {
    MarathonClient wrong = new MarathonClient(settings(tls.marathonUrls(), trusted(),
        Auth.basic("ops", "wrong-" + PASSWORD)), log);

    assertThatThrownBy(() -> wrong.info(CancellationToken.none()))
        .isInstanceOf(AuthException.class)
        .satisfies(e -> assertThat(((ClusterException) e).kind().name()).isEqualTo("UNAUTHORIZED"))
        .hasMessageNotContaining(PASSWORD);
  }

  @Test
  void tokensAreAcceptedAndAWrongOneIsRejectedWithoutTheSecret() {
    assertThat(new MarathonClient(settings(token.marathonUrls(), Tls.systemDefault(),
        Auth.dcosToken(TOKEN)), log).info(CancellationToken.none())).isNotNull();
    assertThat(new MesosClient(settings(token.mesosUrls(), Tls.systemDefault(),
        Auth.bearer(TOKEN)), log).agents(CancellationToken.none())).hasSize(1);

    ChronosClient wrong = new ChronosClient(settings(token.chronosUrls(), Tls.systemDefault(),
        Auth.dcosToken("bad-" + TOKEN)), ChronosVersion.V3, log);
    assertThatThrownBy(() -> wrong.listJobs(CancellationToken.none()))
        .isInstanceOf(AuthException.class).hasMessageNotContaining(TOKEN);
  }
}
