package io.pdimesos.core.dcos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.core.http.Auth;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Tls;
import java.math.BigInteger;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.Test;

/** Deriving each service from the cluster URL, and reading service account keys. */
class DcosSettingsTest {
  private static final String URL = "https://dcos.example.com";

  @Test
  void everyServiceIsDerivedFromTheClusterUrlAtItsAdminRouterRoute() {
    DcosSettings dcos = DcosSettings.builder().clusterUrl(URL).token("t")
        .tls(Tls.of("/etc/ssl/dcos-ca.pem", null, false)).build();

    for (DcosService s : DcosService.values()) {
      ServiceSettings derived = dcos.service(s);
      assertThat(derived.urls()).containsExactly("https://dcos.example.com/");
      assertThat(derived.contextPath()).isEqualTo(s.path());
      assertThat(derived.auth()).isSameAs(dcos.auth());
      assertThat(derived.tls().caBundlePath()).isEqualTo("/etc/ssl/dcos-ca.pem");
    }
    assertThat(dcos.service(DcosService.MESOS).contextPath()).isEqualTo("/mesos");
    assertThat(dcos.service(DcosService.MARATHON).contextPath()).isEqualTo("/service/marathon");
    assertThat(dcos.service(DcosService.METRONOME).contextPath())
        .isEqualTo("/service/metronome");
  }

  @Test
  void explicitUrlsOverrideTheDerivedOnesAndKeepTheLogin() {
    DcosSettings dcos = DcosSettings.builder().clusterUrl(URL).userPassword("ops", "pw").build();

    ServiceSettings own = dcos.service(DcosService.MARATHON, "http://m1:8080, http://m2:8080");
    assertThat(own.urls()).containsExactly("http://m1:8080", "http://m2:8080");
    assertThat(own.contextPath()).isEmpty();
    assertThat(own.auth()).isSameAs(dcos.auth());
    assertThat(own.auth().type()).isEqualTo(Auth.Type.DCOS_LOGIN);
    assertThat(dcos.service(DcosService.MARATHON, "  ").contextPath())
        .isEqualTo("/service/marathon");
  }

  @Test
  void aFormsAccountFieldsChooseTheLogin() {
    String key = DcosFixtures.key("etl-runner.pkcs1.pem").toString();
    assertThat(DcosSettings.builder().clusterUrl(URL).account("etl-runner", "", key).build()
        .toString()).contains("service account 'etl-runner' with its private key from " + key);
    assertThat(DcosSettings.builder().clusterUrl(URL).account("ops", "pw", " ").build()
        .toString()).contains("login=user 'ops' with password ****");
    assertThat(DcosSettings.builder().clusterUrl(URL).token("t").account(" ", "pw", null).build()
        .auth().type()).isEqualTo(Auth.Type.DCOS_TOKEN);
    assertThat(DcosSettings.builder().clusterUrl(URL).account(null, null, null).build().auth()
        .type()).isEqualTo(Auth.Type.NONE);
    assertThatThrownBy(() -> DcosSettings.builder().account("ops", "", ""))
        .hasMessage("The DC/OS login of 'ops' needs the service account's private key file or "
            + "the user's password");
  }

  @Test
  void aBadClusterUrlNamesTheSetting() {
    assertThatThrownBy(() -> DcosSettings.builder().clusterUrl(" ").build())
        .hasMessage("DC/OS cluster URL is empty");
    assertThatThrownBy(() -> DcosSettings.builder().clusterUrl("https://").build())
        .hasMessageStartingWith("DC/OS cluster URL is not a valid http(s) URL");
  }

  @Test
  void theAccountIsShownTheSecretsNever() throws Exception {
    String key = DcosFixtures.key("etl-runner.pkcs8.pem").toString();
    DcosSettings sa = DcosSettings.builder().clusterUrl(URL)
        .serviceAccount("etl-runner", ServiceAccountKey.fromPemFile(key)).build();
    assertThat(sa.toString()).contains("service account 'etl-runner' with its private key from "
        + key).doesNotContain("BEGIN");
    assertThat(sa.service(DcosService.MESOS).toString())
        .contains("dcos-login(service account 'etl-runner'");
    assertThat(DcosSettings.builder().clusterUrl(URL).token("s3cr3t-t0ken").build().toString())
        .doesNotContain("s3cr3t-t0ken");
  }

  @Test
  void pkcs1AndPkcs8FormsOfOneKeyReadAsTheSameRsaKey() throws Exception {
    RSAPrivateCrtKey pkcs1 = (RSAPrivateCrtKey) ServiceAccountKey.fromPemFile(
        DcosFixtures.key("etl-runner.pkcs1.pem").toString()).privateKey();
    RSAPrivateCrtKey pkcs8 = (RSAPrivateCrtKey) ServiceAccountKey.fromPemFile(
        DcosFixtures.key("etl-runner.pkcs8.pem").toString()).privateKey();
    BigInteger modulus = ((RSAPublicKey) DcosFixtures.publicKey("etl-runner.public.pem"))
        .getModulus();

    assertThat(pkcs1.getModulus()).isEqualTo(modulus).isEqualTo(pkcs8.getModulus());
    assertThat(pkcs1.getPrivateExponent()).isEqualTo(pkcs8.getPrivateExponent());
  }

  @Test
  void unusableKeysSayWhyAndWhereNeverWhat() {
    String encrypted = DcosFixtures.key("other.encrypted.pem").toString();
    assertThatThrownBy(() -> ServiceAccountKey.fromPemFile(encrypted))
        .hasMessage("The private key in " + encrypted + " is encrypted; give it unencrypted "
            + "(openssl pkcs8 -topk8 -nocrypt), as DC/OS writes it");
    String ec = DcosFixtures.key("ec.pkcs8.pem").toString();
    assertThatThrownBy(() -> ServiceAccountKey.fromPemFile(ec))
        .hasMessage("The private key in " + ec + " is not an RSA key (DC/OS service accounts"
            + " sign with RS256)");
    String pub = DcosFixtures.key("etl-runner.public.pem").toString();
    assertThatThrownBy(() -> ServiceAccountKey.fromPemFile(pub))
        .hasMessageStartingWith(pub + " holds no PEM private key");
    assertThatThrownBy(() -> ServiceAccountKey.fromPemFile("/nonexistent/etl.pem"))
        .hasMessageStartingWith("Cannot read the service account's private key file "
            + "/nonexistent/etl.pem: NoSuchFileException");
    assertThatThrownBy(() -> ServiceAccountKey.fromPem("-----BEGIN PRIVATE KEY-----\n%%%\n"
        + "-----END PRIVATE KEY-----\n", "the setting"))
        .hasMessage("The private key in the setting is not valid PEM (bad base64)");
    assertThatThrownBy(() -> DcosCredentials.serviceAccount("etl", null))
        .hasMessage("Service account 'etl' needs its private key");
    assertThatThrownBy(() -> DcosCredentials.password(" ", "x"))
        .hasMessage("A DC/OS login needs a user or service account id");
  }
}
