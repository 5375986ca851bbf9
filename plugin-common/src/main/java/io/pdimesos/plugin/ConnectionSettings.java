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
 * PDI_WEAVE_URL=http://host1:6782,http://host2:6782
 * PDI_MESOS_AUTH=auto | none | basic | dcos_token | bearer
 * PDI_MESOS_USER=...            PDI_MESOS_PASSWORD=...   (password or token)
 * PDI_MESOS_CA_BUNDLE=/etc/ssl/cluster-ca.pem
 * PDI_MESOS_CLIENT_CERT=/etc/ssl/pdi-client.pem
 * </pre>
 *
 * A default that is an undefined variable counts as not set. Resolve with
 * {@link ClusterConnection#resolve(SettingValues, org.pentaho.di.core.variables.VariableSpace)}.
 */
public final class ConnectionSettings {
  private static final Class<?> PKG = ConnectionSettings.class;

  private ConnectionSettings() {}

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

  /** The whole block, in dialog order. */
  public static final List<Setting> SETTINGS = Collections.unmodifiableList(Arrays.asList(
      MESOS_MASTERS, MARATHON_URLS, CHRONOS_URLS, CHRONOS_VERSION, WEAVE_URLS, AUTH_TYPE, USER,
      PASSWORD, CA_BUNDLE, CLIENT_CERTIFICATE, INSECURE_TLS, CONNECT_TIMEOUT, READ_TIMEOUT));
}
