package io.pdimesos.plugin;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.dcos.DcosService;
import io.pdimesos.core.dcos.DcosSettings;
import io.pdimesos.core.dcos.ServiceAccountKey;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.http.Tls;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.i18n.BaseMessages;

/**
 * The connection block's DC/OS group ({@link ConnectionSettings#DCOS}) as one core
 * {@link DcosSettings}: the cluster URL, and the login its kind asks for. Nothing else decides
 * about DC/OS: a run ({@link ClusterConnection}), Test connection and {@code check()} all build
 * the settings here, so they accept and refuse the same values with the same words.
 */
public final class DcosConnection {
  private static final Class<?> PKG = DcosConnection.class;

  private DcosConnection() {}

  /** How to log in to the cluster. */
  enum Login {
    /**
     * From what is filled in: a user with a key file is a service account, a user alone logs in
     * with the password (core's {@code account(...)} decides), no user sends the token if any.
     */
    AUTO,
    NONE,
    /** A DC/OS authentication token, as given; it cannot be renewed when it expires. */
    TOKEN,
    PASSWORD,
    SERVICE_ACCOUNT;

    /** Whether this login reads {@code field} (the dialog greys out the others). */
    boolean uses(Setting field) {
      switch (this) {
        case AUTO:
          return true;
        case TOKEN:
          return field == ConnectionSettings.DCOS_PASSWORD;
        case PASSWORD:
          return field == ConnectionSettings.DCOS_UID || field == ConnectionSettings.DCOS_PASSWORD;
        case SERVICE_ACCOUNT:
          return field == ConnectionSettings.DCOS_UID
              || field == ConnectionSettings.DCOS_PRIVATE_KEY;
        default:
          return false;
      }
    }

    String code() {
      return Choice.codeOf(this);
    }
  }

  /** The codes of the logins that read {@code field}: when the dialog lets it be edited. */
  public static List<String> loginsUsing(Setting field) {
    List<String> codes = new ArrayList<String>();
    for (Login login : Login.values()) {
      if (login.uses(field)) {
        codes.add(login.code());
      }
    }
    return codes;
  }

  /** The route of the service whose URL setting is {@code urls}; null when DC/OS has none. */
  static DcosService route(Setting urls) {
    if (urls == ConnectionSettings.MESOS_MASTERS) {
      return DcosService.MESOS;
    }
    if (urls == ConnectionSettings.MARATHON_URLS) {
      return DcosService.MARATHON;
    }
    if (urls == ConnectionSettings.METRONOME_URLS) {
      return DcosService.METRONOME;
    }
    return urls == ConnectionSettings.CHRONOS_URLS ? DcosService.CHRONOS : null;
  }

  /**
   * The cluster's settings, or null when no DC/OS cluster URL is set (not DC/OS). Sends nothing:
   * the login happens on the first request.
   *
   * @param log where the login reports ("Logged in to DC/OS as ..."), at detailed level
   * @throws SettingException naming the setting that cannot be used
   */
  static DcosSettings settings(ResolvedSettings values, Tls tls, Timeouts timeouts,
      ProgressListener log) {
    String url = values.text(ConnectionSettings.DCOS_URL);
    if (url.isEmpty()) {
      return null;
    }
    DcosSettings.Builder b = DcosSettings.builder().clusterUrl(url).tls(tls).timeouts(timeouts)
        .progress(log);
    Login login = values.choice(ConnectionSettings.DCOS_LOGIN, Login.class);
    switch (login) {
      case AUTO:
        auto(values, b);
        break;
      case TOKEN:
        b.token(given(values, ConnectionSettings.DCOS_PASSWORD, login));
        break;
      case PASSWORD:
        b.userPassword(given(values, ConnectionSettings.DCOS_UID, login),
            given(values, ConnectionSettings.DCOS_PASSWORD, login));
        break;
      case SERVICE_ACCOUNT:
        b.serviceAccount(given(values, ConnectionSettings.DCOS_UID, login),
            key(given(values, ConnectionSettings.DCOS_PRIVATE_KEY, login)));
        break;
      default:
        break;
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new SettingException(ConnectionSettings.DCOS_URL, e.getMessage());
    }
  }

  private static void auto(ResolvedSettings values, DcosSettings.Builder b) {
    String uid = values.text(ConnectionSettings.DCOS_UID);
    String secret = values.secret(ConnectionSettings.DCOS_PASSWORD);
    if (uid.isEmpty()) {
      if (!secret.trim().isEmpty()) {
        b.token(secret);
      }
      return;
    }
    String keyFile = values.text(ConnectionSettings.DCOS_PRIVATE_KEY);
    try {
      b.account(uid, secret, keyFile);
    } catch (IllegalArgumentException e) {
      // With a key file core read the key; without one it asked for the user's password.
      throw new SettingException(keyFile.isEmpty() ? ConnectionSettings.DCOS_PASSWORD
          : ConnectionSettings.DCOS_PRIVATE_KEY, e.getMessage());
    }
  }

  /** The value of a field {@code login} needs, or why it is missing (an undefined variable?). */
  private static String given(ResolvedSettings values, Setting field, Login login) {
    String v = field.secret() ? values.secret(field) : values.text(field);
    if (!v.trim().isEmpty()) {
      return v;
    }
    if (!values.raw(field).trim().isEmpty()) {
      values.required(field); // says which variable is not defined
    }
    throw new SettingException(field, BaseMessages.getString(PKG,
        "DcosConnection.Problem.LoginNeeds", login.code()));
  }

  private static ServiceAccountKey key(String file) {
    try {
      return ServiceAccountKey.fromPemFile(file);
    } catch (IllegalArgumentException e) {
      throw new SettingException(ConnectionSettings.DCOS_PRIVATE_KEY, e.getMessage());
    }
  }

  // ---- check() ----

  /**
   * Of the connection settings an entry or step needs ({@code needed}: its service's URLs), those
   * still needed when the DC/OS cluster URL leads to the services. A cluster URL that is not
   * defined here does not count: the service's own URL setting then says what it uses.
   */
  static Collection<Setting> stillNeeded(SettingValues values, VariableSpace space,
      Collection<Setting> needed) {
    if (!values.settings().contains(ConnectionSettings.DCOS_URL)) {
      return needed;
    }
    try {
      if (values.in(space).text(ConnectionSettings.DCOS_URL).isEmpty()) {
        return needed;
      }
    } catch (SettingException e) {
      return needed; // a bad cluster URL is its own remark
    }
    List<Setting> still = new ArrayList<Setting>();
    for (Setting s : needed) {
      if (route(s) == null) {
        still.add(s);
      }
    }
    return still;
  }

  /**
   * Spoon's Verify for the DC/OS group: builds the cluster's settings from the values as a run
   * would and remarks on what stops it (a service account without its key file, a key file that
   * cannot be read or is not an RSA key, a user without a password). A value holding variables
   * that are not defined here is left to the run. The URL and the login kind are checked by
   * their own declarations.
   */
  static void check(SettingsCheck check, SettingValues values, VariableSpace space) {
    if (!values.settings().containsAll(ConnectionSettings.DCOS)) {
      return;
    }
    ResolvedSettings resolved = values.in(space);
    try {
      if (resolved.text(ConnectionSettings.DCOS_URL).isEmpty()) {
        return;
      }
      resolved.choice(ConnectionSettings.DCOS_LOGIN);
    } catch (SettingException e) {
      return; // the setting's own check says what is wrong
    }
    try {
      settings(resolved, Tls.systemDefault(), Timeouts.defaults(), ProgressListener.NONE);
    } catch (SettingException e) {
      String typed = ResolvedSettings.substitute(values.raw(e.setting()), space);
      if (VariableRefs.contains(typed)) {
        check.checkedAtRunTime(e.setting(), typed);
      } else {
        check.error(BaseMessages.getString(PKG, "DcosConnection.Check.Problem",
            e.setting().label(), e.problem()));
      }
    }
  }
}
