package io.pdimesos.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.core.chronos.ChronosVersion;
import io.pdimesos.core.http.Auth;
import io.pdimesos.core.http.ServiceSettings;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.variables.Variables;

class ClusterConnectionTest {
  @BeforeAll
  static void english() {
    Locale.setDefault(Locale.US);
  }

  private static SettingValues defaults() {
    return new SettingValues(ConnectionSettings.SETTINGS);
  }

  @Test
  void theDefaultsComeFromKettleProperties() {
    Variables space = new Variables();
    space.setVariable("PDI_MARATHON_URL", "http://m1:8080,http://m2:8080");
    space.setVariable("PDI_MESOS_MASTERS", "zk://z1:2181,z2:2181/mesos");
    space.setVariable("PDI_WEAVE_URL", "h1:6782 h2:6782");
    space.setVariable("PDI_MESOS_USER", "ops");
    space.setVariable("PDI_MESOS_PASSWORD", "pw-123");
    space.setVariable("PDI_CHRONOS_VERSION", "3");
    space.setVariable("PDI_METRONOME_URL", "https://dcos.example.com/service/metronome");
    ClusterConnection c = ClusterConnection.resolve(defaults(), space);

    ServiceSettings marathon = c.marathon();
    assertThat(marathon.urls()).containsExactly("http://m1:8080", "http://m2:8080");
    assertThat(marathon.auth().type()).isEqualTo(Auth.Type.BASIC);
    assertThat(marathon.auth().user()).isEqualTo("ops");
    assertThat(marathon.toString()).doesNotContain("pw-123");
    assertThat(marathon.timeouts().connectMillis()).isEqualTo(5_000);
    assertThat(marathon.timeouts().readMillis()).isEqualTo(30_000);
    assertThat(marathon.tls().isDefault()).isTrue();
    assertThat(c.mesos().urls()).containsExactly("zk://z1:2181,z2:2181/mesos");
    assertThat(c.weave().urls()).containsExactly("h1:6782", "h2:6782");
    assertThat(c.metronome().urls()).containsExactly("https://dcos.example.com/service/metronome");
    assertThat(c.metronome().auth().user()).isEqualTo("ops");
    assertThat(c.chronosVersion()).isEqualTo(ChronosVersion.V3);
    assertThat(ClusterConnection.secrets(defaults(), space)).containsExactly("pw-123");
  }

  @Test
  void aMissingUrlNamesTheSettingAndTheVariable() {
    ClusterConnection c = ClusterConnection.resolve(defaults(), new Variables());
    assertThatThrownBy(c::marathon).isInstanceOf(SettingException.class)
        .hasMessage("Setting 'Marathon URLs' (marathon_urls): is empty: it is ${PDI_MARATHON_URL}, and "
            + "PDI_MARATHON_URL is not defined (set it in kettle.properties or as a job parameter)");
    SettingValues v = defaults().set(ConnectionSettings.CHRONOS_URLS, "");
    assertThatThrownBy(() -> ClusterConnection.resolve(v, new Variables()).chronos())
        .hasMessage("Setting 'Chronos URLs' (chronos_urls): is empty");
    v.set(ConnectionSettings.WEAVE_URLS, "http://h1:6782, ${HOST2}:6782");
    assertThatThrownBy(() -> ClusterConnection.resolve(v, new Variables()).weave())
        .hasMessageContaining("'Weave router URLs' (weave_urls)").hasMessageContaining("HOST2");
    assertThatThrownBy(() -> ClusterConnection.resolve(v, new Variables()).metronome())
        .hasMessageContaining("'Metronome URLs' (metronome_urls)")
        .hasMessageContaining("PDI_METRONOME_URL is not defined");
    v.set(ConnectionSettings.MARATHON_URLS, "zk://z1:2181/marathon");
    assertThatThrownBy(() -> ClusterConnection.resolve(v, new Variables()).marathon())
        .hasMessageContaining("only Mesos masters");
    // With no auth settings at all there is no auth and the Chronos version is asked for.
    assertThat(ClusterConnection.resolve(v, new Variables()).chronosVersion()).isEqualTo(ChronosVersion.AUTO);
  }

  @Test
  void authTypesAndTls() {
    Variables space = new Variables();
    SettingValues v = defaults().set(ConnectionSettings.MARATHON_URLS, "http://m:8080")
        .set(ConnectionSettings.AUTH_TYPE, "dcos_token").set(ConnectionSettings.PASSWORD, "jwt-abc")
        .set(ConnectionSettings.INSECURE_TLS, true).set(ConnectionSettings.CA_BUNDLE, "/etc/ca.pem")
        .set(ConnectionSettings.CONNECT_TIMEOUT, "2").set(ConnectionSettings.READ_TIMEOUT, "90");
    ServiceSettings s = ClusterConnection.resolve(v, space).marathon();
    assertThat(s.auth().type()).isEqualTo(Auth.Type.DCOS_TOKEN);
    assertThat(s.tls().insecure()).isTrue();
    assertThat(s.tls().caBundlePath()).isEqualTo("/etc/ca.pem");
    assertThat(s.timeouts().readMillis()).isEqualTo(90_000);
    // the whole request: connect + twice the read timeout (a dripping server never trips the
    // read timeout itself)
    assertThat(s.timeouts().callMillis()).isEqualTo(182_000);

    v.set(ConnectionSettings.AUTH_TYPE, "basic").set(ConnectionSettings.USER, "");
    assertThatThrownBy(() -> ClusterConnection.resolve(v, space)).isInstanceOf(SettingException.class)
        .hasMessageContaining("'User' (auth_user)");
    v.set(ConnectionSettings.AUTH_TYPE, "bearer").set(ConnectionSettings.PASSWORD, "");
    assertThatThrownBy(() -> ClusterConnection.resolve(v, space))
        .hasMessageContaining("'Password or token' (auth_password)").hasMessageContaining("bearer token is empty");
    v.set(ConnectionSettings.AUTH_TYPE, "none");
    assertThat(ClusterConnection.resolve(v, space).marathon().auth().type()).isEqualTo(Auth.Type.NONE);
  }
}
