package io.pdimesos.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.core.http.Auth;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.plugin.testing.MapRepository;
import io.pdimesos.testsupport.ServiceAccountKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pentaho.di.core.CheckResultInterface;
import org.pentaho.di.core.variables.Variables;
import org.pentaho.di.core.xml.XMLHandler;
import org.pentaho.di.repository.StringObjectId;

/**
 * The connection block's DC/OS mode: one cluster URL and one login become one core DcosSettings,
 * from which each service is derived unless its own URLs are set; a file written before the mode
 * existed stays what it was; check() names what keeps the login from working.
 */
class DcosConnectionTest {
  private static final String CLUSTER = "https://dcos.example.com";

  @TempDir
  static Path dir;
  static ServiceAccountKeys account;

  @BeforeAll
  static void keys() {
    Locale.setDefault(Locale.US);
    account = ServiceAccountKeys.generate(dir, "etl-runner");
  }

  private static SettingValues block() {
    return new SettingValues(ConnectionSettings.SETTINGS);
  }

  /** kettle.properties describing a DC/OS cluster and its service account, and nothing else. */
  private static Variables kettleProperties() {
    Variables space = new Variables();
    space.setVariable("PDI_DCOS_URL", CLUSTER);
    space.setVariable("PDI_DCOS_UID", "etl-runner");
    space.setVariable("PDI_DCOS_PRIVATE_KEY", account.privateKeyFile().toString());
    return space;
  }

  @Test
  void theClusterUrlLeadsToEveryServiceWithOneServiceAccountLogin() {
    Variables space = kettleProperties();
    space.setVariable("PDI_WEAVE_URL", "http://h1:6782");
    ClusterConnection c = ClusterConnection.resolve(block(), space);

    ServiceSettings marathon = c.marathon();
    assertThat(marathon.urls()).containsExactly(CLUSTER + "/");
    assertThat(marathon.contextPath()).isEqualTo("/service/marathon");
    assertThat(marathon.auth().type()).isEqualTo(Auth.Type.DCOS_LOGIN);
    assertThat(marathon.toString()).contains("service account 'etl-runner' with its private key"
        + " from " + account.privateKeyFile()).doesNotContain(account.privateKeyExcerpt());
    assertThat(c.mesos().contextPath()).isEqualTo("/mesos");
    assertThat(c.chronos().contextPath()).isEqualTo("/service/chronos");
    assertThat(c.metronome().contextPath()).isEqualTo("/service/metronome");
    // One login for all of them: a token renewed for one is the token of all.
    assertThat(c.mesos().auth()).isSameAs(marathon.auth()).isSameAs(c.chronos().auth())
        .isSameAs(c.metronome().auth());
    assertThat(c.configured(ConnectionSettings.METRONOME_URLS)).isTrue();
    assertThat(c.throughDcos(ConnectionSettings.MESOS_MASTERS)).isTrue();
    assertThat(c.configured(ConnectionSettings.CHRONOS_URLS)).isTrue();
    // Weave has no admin router route: its own URLs, the block's own (here no) authentication.
    assertThat(c.weave().urls()).containsExactly("http://h1:6782");
    assertThat(c.weave().auth().type()).isEqualTo(Auth.Type.NONE);
    assertThat(c.throughDcos(ConnectionSettings.WEAVE_URLS)).isFalse();
  }

  @Test
  void aServicesOwnUrlsWinWithTheSameLogin() {
    Variables space = kettleProperties();
    space.setVariable("PDI_MARATHON_URL", "http://m1:8080,http://m2:8080");
    ClusterConnection c = ClusterConnection.resolve(block(), space);

    ServiceSettings marathon = c.marathon();
    assertThat(marathon.urls()).containsExactly("http://m1:8080", "http://m2:8080");
    assertThat(marathon.contextPath()).isEmpty();
    assertThat(marathon.auth()).isSameAs(c.mesos().auth());
    assertThat(c.throughDcos(ConnectionSettings.MARATHON_URLS)).isFalse();
    assertThat(c.configured(ConnectionSettings.MARATHON_URLS)).isTrue();

    SettingValues typo = block().set(ConnectionSettings.MARATHON_URLS, "http://m1:8080, ${M2}");
    assertThatThrownBy(() -> ClusterConnection.resolve(typo, space).marathon())
        .isInstanceOf(SettingException.class).hasMessageContaining("'Marathon URLs'")
        .hasMessageContaining("M2");
  }

  @Test
  void eachLoginKindTakesItsFields() {
    Variables space = new Variables();
    SettingValues v = block().set(ConnectionSettings.DCOS_URL, CLUSTER)
        .set(ConnectionSettings.DCOS_UID, "ops").set(ConnectionSettings.DCOS_PASSWORD, "pw-9")
        .set(ConnectionSettings.DCOS_PRIVATE_KEY, account.privateKeyFile().toString());

    v.set(ConnectionSettings.DCOS_LOGIN, "password");
    assertThat(ClusterConnection.resolve(v, space).marathon().toString())
        .contains("user 'ops' with password ****").doesNotContain("pw-9");
    v.set(ConnectionSettings.DCOS_LOGIN, "service_account");
    assertThat(ClusterConnection.resolve(v, space).marathon().toString())
        .contains("service account 'ops'");
    v.set(ConnectionSettings.DCOS_LOGIN, "token");
    assertThat(ClusterConnection.resolve(v, space).marathon().auth().type())
        .isEqualTo(Auth.Type.DCOS_TOKEN);
    v.set(ConnectionSettings.DCOS_LOGIN, "none");
    assertThat(ClusterConnection.resolve(v, space).marathon().auth().type())
        .isEqualTo(Auth.Type.NONE);
    // auto: a user with a key file is a service account, a user alone logs in with the
    // password, no user sends the token
    v.set(ConnectionSettings.DCOS_LOGIN, "auto");
    assertThat(ClusterConnection.resolve(v, space).marathon().toString())
        .contains("service account 'ops'");
    v.set(ConnectionSettings.DCOS_PRIVATE_KEY, "");
    assertThat(ClusterConnection.resolve(v, space).marathon().toString())
        .contains("user 'ops' with password ****");
    v.set(ConnectionSettings.DCOS_UID, "");
    assertThat(ClusterConnection.resolve(v, space).marathon().auth().type())
        .isEqualTo(Auth.Type.DCOS_TOKEN);
    v.set(ConnectionSettings.DCOS_PASSWORD, "");
    assertThat(ClusterConnection.resolve(v, space).marathon().auth().type())
        .isEqualTo(Auth.Type.NONE);
    assertThat(DcosConnection.loginsUsing(ConnectionSettings.DCOS_PRIVATE_KEY))
        .containsExactly("auto", "service_account");
    assertThat(DcosConnection.loginsUsing(ConnectionSettings.DCOS_PASSWORD))
        .containsExactly("auto", "token", "password");
  }

  @Test
  void whatALoginLacksIsNamedWithItsSetting() throws Exception {
    Variables space = new Variables();
    SettingValues v = block().set(ConnectionSettings.DCOS_URL, CLUSTER)
        .set(ConnectionSettings.DCOS_LOGIN, "service_account")
        .set(ConnectionSettings.DCOS_UID, "etl-runner").set(ConnectionSettings.DCOS_PRIVATE_KEY, "");
    assertThatThrownBy(() -> ClusterConnection.resolve(v, space))
        .isInstanceOf(SettingException.class)
        .hasMessage("Setting 'Service account private key file' (dcos_private_key): is empty, but"
            + " the service_account login needs it");

    Path missing = dir.resolve("nowhere.pem");
    v.set(ConnectionSettings.DCOS_PRIVATE_KEY, missing.toString());
    assertThatThrownBy(() -> ClusterConnection.resolve(v, space))
        .hasMessageStartingWith("Setting 'Service account private key file' (dcos_private_key): "
            + "Cannot read the service account's private key file " + missing);

    Path publicOnly = Files.writeString(dir.resolve("public.pem"), account.publicKeyPem());
    v.set(ConnectionSettings.DCOS_PRIVATE_KEY, publicOnly.toString());
    assertThatThrownBy(() -> ClusterConnection.resolve(v, space))
        .hasMessageContaining("(dcos_private_key): " + publicOnly + " holds no PEM private key");

    v.set(ConnectionSettings.DCOS_PRIVATE_KEY, "${PDI_DCOS_PRIVATE_KEY}");
    assertThatThrownBy(() -> ClusterConnection.resolve(v, space))
        .hasMessageContaining("(dcos_private_key)").hasMessageContaining("PDI_DCOS_PRIVATE_KEY is"
            + " not defined");

    v.set(ConnectionSettings.DCOS_LOGIN, "auto").set(ConnectionSettings.DCOS_PRIVATE_KEY, "")
        .set(ConnectionSettings.DCOS_PASSWORD, "");
    assertThatThrownBy(() -> ClusterConnection.resolve(v, space))
        .hasMessage("Setting 'DC/OS password or token' (dcos_password): The DC/OS login of "
            + "'etl-runner' needs the service account's private key file or the user's password");

    v.set(ConnectionSettings.DCOS_URL, "https://a.example.com, https://b.example.com");
    assertThatThrownBy(() -> ClusterConnection.resolve(v, space))
        .hasMessageContaining("'DC/OS cluster URL' (dcos_url): must be one URL");
  }

  @Test
  void withoutAClusterUrlNothingChanges() {
    Variables space = new Variables();
    space.setVariable("PDI_MARATHON_URL", "http://m:8080");
    space.setVariable("PDI_DCOS_UID", "etl-runner");
    ClusterConnection c = ClusterConnection.resolve(block(), space);
    assertThat(c.marathon().urls()).containsExactly("http://m:8080");
    assertThat(c.marathon().auth().type()).isEqualTo(Auth.Type.NONE);
    assertThat(c.configured(ConnectionSettings.MESOS_MASTERS)).isFalse();
    assertThatThrownBy(c::mesos).hasMessageContaining("'Mesos masters'");
  }

  @Test
  void passwordsAndTokensAreMaskedAndStoredEncrypted() throws Exception {
    Variables space = kettleProperties();
    space.setVariable("PDI_DCOS_PASSWORD", "dcos-pw-1");
    SettingValues v = block().set(ConnectionSettings.PASSWORD, "basic-pw-2");
    assertThat(ClusterConnection.secrets(v, space)).containsExactlyInAnyOrder("dcos-pw-1",
        "basic-pw-2");

    v.set(ConnectionSettings.DCOS_PASSWORD, "typed-token-3");
    String xml = SettingsXml.write(v);
    assertThat(xml).contains("<dcos_password>Encrypted ").doesNotContain("typed-token-3");
    SettingValues read = block();
    SettingsXml.read(read, XMLHandler.loadXMLString("<entry>" + xml + "</entry>", "entry"));
    assertThat(read.raw(ConnectionSettings.DCOS_PASSWORD)).isEqualTo("typed-token-3");
  }

  /**
   * A job saved before DC/OS mode existed (no dcos_* tags) keeps its services and their auth,
   * also where kettle.properties now describes a DC/OS cluster for newer jobs.
   */
  @Test
  void aFileFromBeforeDcosModeIsNotDcos() throws Exception {
    String old = "<entry><name>old</name><mesos_masters>${PDI_MESOS_MASTERS}</mesos_masters>"
        + "<marathon_urls>http://marathon:8080</marathon_urls><auth_type>basic</auth_type>"
        + "<auth_user>ops</auth_user></entry>";
    SettingValues read = block();
    SettingsXml.read(read, XMLHandler.loadXMLString(old, "entry"));
    assertThat(read.raw(ConnectionSettings.DCOS_URL)).isEmpty();
    ClusterConnection c = ClusterConnection.resolve(read, kettleProperties());
    assertThat(c.marathon().urls()).containsExactly("http://marathon:8080");
    assertThat(c.marathon().auth().type()).isEqualTo(Auth.Type.BASIC);
    assertThat(c.configured(ConnectionSettings.MESOS_MASTERS)).isFalse();

    // The same from a repository entry an older version saved: no dcos_* attributes.
    MapRepository repo = new MapRepository();
    repo.attributes.put("entry/0/" + SettingsRepository.SAVED_TAGS, ConnectionSettings.SETTINGS
        .stream().map(Setting::tag).filter(t -> !t.startsWith("dcos_"))
        .collect(Collectors.joining(",")));
    repo.attributes.put("entry/0/marathon_urls", "http://marathon:8080");
    SettingValues fromRepo = block();
    SettingsRepository.read(fromRepo, RepositoryAttributes.jobEntry(repo.rep, null,
        new StringObjectId("entry")));
    assertThat(fromRepo.raw(ConnectionSettings.DCOS_URL)).isEmpty();
    assertThat(fromRepo.raw(ConnectionSettings.MARATHON_URLS)).isEqualTo("http://marathon:8080");

    // A new entry takes the variable, and with it DC/OS mode where it is defined.
    assertThat(block().raw(ConnectionSettings.DCOS_URL)).isEqualTo("${PDI_DCOS_URL}");
    assertThat(ClusterConnection.resolve(block(), kettleProperties()).throughDcos(
        ConnectionSettings.MARATHON_URLS)).isTrue();
  }

  // ---- check() ----

  private static List<String> check(SettingValues v, Variables space,
      Setting... neededConnection) {
    List<CheckResultInterface> remarks = new ArrayList<>();
    SettingsCheck.check(v, remarks, space, null, List.of(neededConnection));
    return remarks.stream().map(r -> typeName(r.getType()) + " " + r.getText()).toList();
  }

  private static String typeName(int type) {
    return type == CheckResultInterface.TYPE_RESULT_ERROR ? "ERROR"
        : type == CheckResultInterface.TYPE_RESULT_COMMENT ? "COMMENT" : "OK";
  }

  @Test
  void checkNamesWhatKeepsTheLoginFromWorking() throws Exception {
    Variables space = new Variables();
    SettingValues v = block().set(ConnectionSettings.DCOS_URL, CLUSTER)
        .set(ConnectionSettings.DCOS_LOGIN, "service_account")
        .set(ConnectionSettings.DCOS_UID, "etl-runner").set(ConnectionSettings.DCOS_PRIVATE_KEY, "");
    assertThat(check(v, space)).containsExactly("ERROR 'Service account private key file': is "
        + "empty, but the service_account login needs it");

    Path unreadable = dir.resolve("unreadable.pem");
    Files.writeString(unreadable, "-----BEGIN PRIVATE KEY-----\nnot base64!\n"
        + "-----END PRIVATE KEY-----\n");
    v.set(ConnectionSettings.DCOS_PRIVATE_KEY, unreadable.toString());
    assertThat(check(v, space)).containsExactly("ERROR 'Service account private key file': The "
        + "private key in " + unreadable + " is not valid PEM (bad base64)");

    v.set(ConnectionSettings.DCOS_PRIVATE_KEY, dir.resolve("absent.pem").toString());
    assertThat(check(v, space)).singleElement().asString()
        .startsWith("ERROR 'Service account private key file': Cannot read the service "
            + "account's private key file " + dir.resolve("absent.pem"));

    v.set(ConnectionSettings.DCOS_LOGIN, "password").set(ConnectionSettings.DCOS_PASSWORD, "");
    assertThat(check(v, space)).containsExactly("ERROR 'DC/OS password or token': is empty, but "
        + "the password login needs it");

    v.set(ConnectionSettings.DCOS_LOGIN, "service_account")
        .set(ConnectionSettings.DCOS_PRIVATE_KEY, account.privateKeyFile().toString());
    assertThat(check(v, space)).containsExactly("OK All settings are valid");
  }

  @Test
  void checkLeavesUndefinedVariablesToTheRunAndDerivedUrlsAreNotRequired() {
    Variables space = new Variables();
    // A key file only the server knows: noted, not an error. Marathon is reached through DC/OS.
    SettingValues v = block().set(ConnectionSettings.DCOS_URL, CLUSTER)
        .set(ConnectionSettings.DCOS_LOGIN, "service_account")
        .set(ConnectionSettings.DCOS_UID, "etl-runner")
        .set(ConnectionSettings.MARATHON_URLS, "");
    assertThat(check(v, space, ConnectionSettings.MARATHON_URLS)).containsExactly(
        "COMMENT 'Service account private key file' uses PDI_DCOS_PRIVATE_KEY, not defined here:"
            + " it is checked when the job runs", "OK All settings are valid");

    // Without a cluster URL the entry's own service URL is required again, also when the
    // cluster URL is a variable not defined here: the service's own setting is what is known.
    v.set(ConnectionSettings.DCOS_URL, "");
    assertThat(check(v, space, ConnectionSettings.MARATHON_URLS))
        .containsExactly("ERROR 'Marathon URLs' is required");
    v.set(ConnectionSettings.DCOS_URL, "${PDI_DCOS_URL}");
    assertThat(check(v, space, ConnectionSettings.MARATHON_URLS))
        .containsExactly("ERROR 'Marathon URLs' is required");
    space.setVariable("PDI_DCOS_URL", CLUSTER);
    assertThat(check(v, space, ConnectionSettings.MARATHON_URLS)).contains(
        "OK All settings are valid");

    v.set(ConnectionSettings.DCOS_URL, "https://a, https://b");
    assertThat(check(v, space)).containsExactly(
        "ERROR 'DC/OS cluster URL' must be one URL, got 'https://a, https://b'");
  }
}
