package io.pdimesos.plugin;

import io.pdimesos.core.chronos.ChronosValidation;
import io.pdimesos.core.chronos.ChronosVersion;
import io.pdimesos.core.chronos.Iso8601Schedule;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.marathon.MarathonIds;
import io.pdimesos.core.metronome.CronExpression;
import io.pdimesos.core.metronome.MetronomeIds;
import java.net.URI;
import java.net.URISyntaxException;
import org.pentaho.di.i18n.BaseMessages;

/**
 * Validators for settings, built on the core's own rules so that {@code check()} and the run
 * reject the same values with the same words.
 */
public final class Validators {
  private static final Class<?> PKG = Validators.class;

  private Validators() {}

  /** A Marathon app id ({@code /group/app}, lowercase segments). */
  public static final SettingValidator MARATHON_APP_ID = new SettingValidator() {
    @Override
    public String problem(String resolved) {
      return rejected(() -> MarathonIds.appId(resolved));
    }
  };

  /**
   * A Chronos job name by the 2.x rule, the looser one: the Chronos version is only known when
   * the job runs, where the client checks the name again against the server's rule.
   */
  public static final SettingValidator CHRONOS_JOB_NAME = new SettingValidator() {
    @Override
    public String problem(String resolved) {
      return rejected(() -> ChronosValidation.checkName(resolved, ChronosVersion.V2));
    }
  };

  /** An ISO 8601 repeating interval ({@code R/2030-01-01T02:00:00Z/P1D}). */
  public static final SettingValidator CHRONOS_SCHEDULE = new SettingValidator() {
    @Override
    public String problem(String resolved) {
      return rejected(() -> Iso8601Schedule.parse(resolved));
    }
  };

  /** A Metronome job id: lower-case dot-separated segments ({@code nightly.load}). */
  public static final SettingValidator METRONOME_JOB_ID = new SettingValidator() {
    @Override
    public String problem(String resolved) {
      return rejected(() -> MetronomeIds.checkJobId(resolved));
    }
  };

  /** A cron expression as Metronome reads it ({@code 0 2 * * *}, optional year). */
  public static final SettingValidator METRONOME_CRON = new SettingValidator() {
    @Override
    public String problem(String resolved) {
      return rejected(() -> CronExpression.parse(resolved));
    }
  };

  /** A list of http(s) URLs (comma, semicolon or space separated); zk:// allowed for Mesos. */
  public static SettingValidator urlList(final boolean zooKeeperAllowed) {
    return new SettingValidator() {
      @Override
      public String problem(String resolved) {
        for (String url : ServiceSettings.splitUrls(resolved)) {
          String lower = url.toLowerCase(java.util.Locale.ROOT);
          if (lower.startsWith("zk://")) {
            if (!zooKeeperAllowed) {
              return BaseMessages.getString(PKG, "Validators.Problem.ZooKeeperUrl", url);
            }
            continue;
          }
          String withScheme = lower.contains("://") ? url : "http://" + url;
          try {
            URI uri = new URI(withScheme);
            if (uri.getHost() == null || !(uri.getScheme().equalsIgnoreCase("http")
                || uri.getScheme().equalsIgnoreCase("https"))) {
              return BaseMessages.getString(PKG, "Validators.Problem.NotHttp", url);
            }
          } catch (URISyntaxException e) {
            return BaseMessages.getString(PKG, "Validators.Problem.NotUrl", url, e.getReason());
          }
        }
        return null;
      }
    };
  }

  /**
   * One http(s) URL: a DC/OS cluster URL, where the admin router finds each service's leader, so
   * a list of them is a mistake worth naming.
   */
  public static final SettingValidator ONE_URL = new SettingValidator() {
    @Override
    public String problem(String resolved) {
      if (ServiceSettings.splitUrls(resolved).size() > 1) {
        return BaseMessages.getString(PKG, "Validators.Problem.OneUrl", resolved.trim());
      }
      return urlList(false).problem(resolved);
    }
  };

  private interface Check {
    void run();
  }

  private static String rejected(Check check) {
    try {
      check.run();
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
