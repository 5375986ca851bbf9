package io.pdimesos.plugin;

/**
 * Settings of Marathon app operations that the entries and the action step share: each tag,
 * kind, default and validation declared here once. Their texts are the caller's, which says
 * what the setting means there.
 */
public final class MarathonSettings {
  private MarathonSettings() {}

  /** The app an operation acts on, checked as core checks an app id ({@code /group/app}). */
  public static Setting.Builder appId(Class<?> messagesClass, String messageKey) {
    return Setting.text(messagesClass, "app_id", messageKey)
        .validator(Validators.MARATHON_APP_ID);
  }

  /** Off: Marathon refuses to touch an app that another deployment is changing. */
  public static Setting force(Class<?> messagesClass, String messageKey) {
    return Setting.bool(messagesClass, "force", messageKey).build();
  }
}
