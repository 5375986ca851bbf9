package io.pdimesos.plugin;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The one connection block every entry and step shares (one dialog tab). The defaults are
 * variables, so a user describes the cluster once in {@code kettle.properties} (or as job
 * parameters) and every entry finds it:
 *
 * <pre>
 * PDI_MESOS_MASTERS=http://m1:5050,http://m2:5050   (or zk://z1:2181,z2:2181/mesos)
 * PDI_MARATHON_URL=http://marathon:8080
 * PDI_CHRONOS_URL=http://chronos:4400
 * PDI_CHRONOS_VERSION=auto | 2 | 3
 * PDI_METRONOME_URL=http://metronome:9000
 * PDI_WEAVE_URL=http://host1:6782,http://host2:6782
 * PDI_MESOS_AUTH=auto | none | basic | dcos_token | bearer
 * PDI_MESOS_USER=...            PDI_MESOS_PASSWORD=...   (password or token)
 * PDI_MESOS_CA_BUNDLE=/etc/ssl/cluster-ca.pem
 * PDI_MESOS_CLIENT_CERT=/etc/ssl/pdi-client.pem
 *
 * PDI_DCOS_URL=https://dcos.example.com      (DC/OS mode: every service through one URL)
 * PDI_DCOS_LOGIN=auto | none | token | password | service_account
 * PDI_DCOS_UID=etl-runner       PDI_DCOS_PRIVATE_KEY=/etc/pdi/etl-runner.pem
 * PDI_DCOS_PASSWORD=...         (the user's password, or the DC/OS token)
 * </pre>
 *
 * With a DC/OS cluster URL the block is in DC/OS mode: Mesos, Marathon, Chronos and Metronome
 * are reached through the cluster's admin router with one login ({@link DcosConnection}); a
 * service's own URLs, when set, still win. A default that is an undefined variable counts as not set.
 * Resolve with {@link ClusterConnection#resolve(SettingValues, org.pentaho.di.core.variables.VariableSpace)}.
 */
public final class ConnectionSettings {
  private static final Class<?> PKG = ConnectionSettings.class;

  private ConnectionSettings() {}

  /**
   * DC/OS mode is on when this resolves to a URL. A job saved before the setting existed has no
   * tag, which means "not DC/OS" rather than the variable: such jobs keep reaching their services
   * as they did, also where PDI_DCOS_URL is defined for newer ones.
   */
  public static final Setting DCOS_URL = Setting.text(PKG, "dcos_url",
      "ConnectionSettings.Connection.DcosUrl").defaultValue("${PDI_DCOS_URL}")
      .whenMissing(loaded -> "").validator(Validators.ONE_URL).tab(SettingTab.CONNECTION).build();

  /** "auto" decides from the fields that are filled in; what an undefined variable means. */
  public static final Setting DCOS_LOGIN = Setting.choice(PKG, "dcos_login",
      "ConnectionSettings.Connection.DcosLogin", DcosConnection.Login.values())
      .defaultValue("${PDI_DCOS_LOGIN}").tab(SettingTab.CONNECTION).build();

  /** The user, or the service account, that logs in to DC/OS. */
  public static final Setting DCOS_UID = Setting.text(PKG, "dcos_uid",
      "ConnectionSettings.Connection.DcosUid").defaultValue("${PDI_DCOS_UID}")
      .tab(SettingTab.CONNECTION).build();

  /** The DC/OS user's password, or the DC/OS token of the token login. */
  public static final Setting DCOS_PASSWORD = Setting.password(PKG, "dcos_password",
      "ConnectionSettings.Connection.DcosPassword").defaultValue("${PDI_DCOS_PASSWORD}")
      .tab(SettingTab.CONNECTION).build();

  /** A path: the key is read when the job runs (and by check()), never stored or logged. */
  public static final Setting DCOS_PRIVATE_KEY = Setting.text(PKG, "dcos_private_key",
      "ConnectionSettings.Connection.DcosPrivateKey").defaultValue("${PDI_DCOS_PRIVATE_KEY}")
      .tab(SettingTab.CONNECTION).build();

  public static final Setting MESOS_MASTERS = Setting.text(PKG, "mesos_masters",
      "ConnectionSettings.Connection.MesosMasters").defaultValue("${PDI_MESOS_MASTERS}")
      .validator(Validators.urlList(true)).tab(SettingTab.CONNECTION).build();

  public static final Setting MARATHON_URLS = Setting.text(PKG, "marathon_urls",
      "ConnectionSettings.Connection.MarathonUrls").defaultValue("${PDI_MARATHON_URL}")
      .validator(Validators.urlList(false)).tab(SettingTab.CONNECTION).build();

  public static final Setting CHRONOS_URLS = Setting.text(PKG, "chronos_urls",
      "ConnectionSettings.Connection.ChronosUrls").defaultValue("${PDI_CHRONOS_URL}")
      .validator(Validators.urlList(false)).tab(SettingTab.CONNECTION).build();

  /** "auto" asks the server once; the first choice is what an undefined variable means. */
  public static final Setting CHRONOS_VERSION = Setting.choice(PKG, "chronos_version",
      "ConnectionSettings.Connection.ChronosVersion", "auto", "2", "3")
      .defaultValue("${PDI_CHRONOS_VERSION}").tab(SettingTab.CONNECTION).build();

  public static final Setting METRONOME_URLS = Setting.text(PKG, "metronome_urls",
      "ConnectionSettings.Connection.MetronomeUrls").defaultValue("${PDI_METRONOME_URL}")
      .validator(Validators.urlList(false)).tab(SettingTab.CONNECTION).build();

  public static final Setting WEAVE_URLS = Setting.text(PKG, "weave_urls",
      "ConnectionSettings.Connection.WeaveUrls").defaultValue("${PDI_WEAVE_URL}")
      .validator(Validators.urlList(false)).tab(SettingTab.CONNECTION).build();

  /** "auto": basic when a user is given, none otherwise. */
  public static final Setting AUTH_TYPE = Setting.choice(PKG, "auth_type",
      "ConnectionSettings.Connection.AuthType", ClusterConnection.AuthType.values())
      .defaultValue("${PDI_MESOS_AUTH}").tab(SettingTab.CONNECTION).build();

  public static final Setting USER = Setting.text(PKG, "auth_user",
      "ConnectionSettings.Connection.User").defaultValue("${PDI_MESOS_USER}")
      .tab(SettingTab.CONNECTION).build();

  /** Password for basic auth, or the DC/OS or bearer token. */
  public static final Setting PASSWORD = Setting.password(PKG, "auth_password",
      "ConnectionSettings.Connection.Password").defaultValue("${PDI_MESOS_PASSWORD}")
      .tab(SettingTab.CONNECTION).build();

  public static final Setting CA_BUNDLE = Setting.text(PKG, "ca_bundle",
      "ConnectionSettings.Connection.CaBundle").defaultValue("${PDI_MESOS_CA_BUNDLE}")
      .tab(SettingTab.CONNECTION).build();

  public static final Setting CLIENT_CERTIFICATE = Setting.text(PKG, "client_certificate",
      "ConnectionSettings.Connection.ClientCertificate").defaultValue("${PDI_MESOS_CLIENT_CERT}")
      .tab(SettingTab.CONNECTION).build();

  /** Off, and deliberately not a variable: switching verification off must show in the job. */
  public static final Setting INSECURE_TLS = Setting.bool(PKG, "insecure_tls",
      "ConnectionSettings.Connection.InsecureTls").tab(SettingTab.CONNECTION).build();

  /** Seconds; the core's defaults (5 s connect, 30 s read). */
  public static final Setting CONNECT_TIMEOUT = Setting.integer(PKG, "connect_timeout",
      "ConnectionSettings.Connection.ConnectTimeout").defaultValue(5)
      .tab(SettingTab.CONNECTION).build();

  public static final Setting READ_TIMEOUT = Setting.integer(PKG, "read_timeout",
      "ConnectionSettings.Connection.ReadTimeout").defaultValue(30)
      .tab(SettingTab.CONNECTION).build();

  /** The DC/OS group: one cluster URL and its login, one core DcosSettings. */
  public static final List<Setting> DCOS = Collections.unmodifiableList(Arrays.asList(
      DCOS_URL, DCOS_LOGIN, DCOS_UID, DCOS_PASSWORD, DCOS_PRIVATE_KEY));

  /**
   * The whole block, in dialog order: the DC/OS group first (one URL for everything), then each
   * service's own URLs (which win over the DC/OS routes), then how to authenticate and connect.
   */
  public static final List<Setting> SETTINGS = SettingValues.concat(DCOS, Arrays.asList(
      MESOS_MASTERS, MARATHON_URLS, CHRONOS_URLS, CHRONOS_VERSION, METRONOME_URLS, WEAVE_URLS,
      AUTH_TYPE, USER, PASSWORD, CA_BUNDLE, CLIENT_CERTIFICATE, INSECURE_TLS, CONNECT_TIMEOUT,
      READ_TIMEOUT));
}
