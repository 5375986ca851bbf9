package io.pdimesos.entries.marathondeploy;

import io.pdimesos.core.marathon.AppDefinition;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.ops.MarathonDeploy;
import io.pdimesos.entries.ClusterJobEntry;
import io.pdimesos.entries.DefinitionSource;
import io.pdimesos.entries.EntryOutcome;
import io.pdimesos.entries.MarathonAppEntries;
import io.pdimesos.plugin.Choice;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.MarathonSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingException;
import io.pdimesos.plugin.SettingTab;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.WaitBlock;
import io.pdimesos.plugin.WaitBlock.Wait;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.pentaho.di.core.annotations.JobEntry;
import org.pentaho.di.i18n.BaseMessages;

/**
 * Marathon: Deploy App. Creates or updates an app (upsert by id) from inline JSON, a file or
 * form fields, and by default waits until the deployment is done and the tasks are healthy.
 * On a timeout or a stop the unfinished deployment is left running or rolled back.
 */
@JobEntry(id = "PdiMesosMarathonDeployApp", i18nPackageName = "io.pdimesos.entries.marathondeploy",
    name = "JobEntryMarathonDeploy.Name", description = "JobEntryMarathonDeploy.Description",
    categoryDescription = "PdiMesos.Category",
    image = "io/pdimesos/entries/marathondeploy/marathon-deploy-app.svg",
    documentationUrl = ClusterJobEntry.DOCS_BASE + "marathon-deploy-app.md")
public class JobEntryMarathonDeploy extends ClusterJobEntry {
  private static final Class<?> PKG = JobEntryMarathonDeploy.class;

  /** The protocol of a form definition's one health check; the codes are Marathon's own. */
  enum HealthCheckProtocol implements Choice {
    /** No health check. */
    NONE,
    MESOS_HTTP,
    MESOS_TCP,
    HTTP,
    TCP,
    /** A shell command; its target is the command rather than a path. */
    COMMAND;

    @Override
    public String code() {
      return this == NONE ? "none" : name();
    }
  }

  public static final Setting SOURCE = DefinitionSource.setting(PKG,
      "JobEntryMarathonDeploy.General.Source");
  public static final Setting APP_ID = MarathonSettings.appId(PKG,
      "JobEntryMarathonDeploy.General.AppId").build();
  public static final Setting REDEPLOY_UNCHANGED = Setting.bool(PKG, "redeploy_unchanged",
      "JobEntryMarathonDeploy.General.RedeployUnchanged").build();
  /** Off: Marathon's own default keeps the fields a definition leaves out. */
  public static final Setting REPLACE = Setting.bool(PKG, "replace_definition",
      "JobEntryMarathonDeploy.General.Replace").build();

  public static final Setting JSON = Setting.json(PKG, "definition_json",
      "JobEntryMarathonDeploy.Definition.Json").tab(SettingTab.DEFINITION).build();
  public static final Setting FILE = Setting.text(PKG, "definition_file",
      "JobEntryMarathonDeploy.Definition.File").tab(SettingTab.DEFINITION).build();
  public static final Setting IMAGE = Setting.text(PKG, "docker_image",
      "JobEntryMarathonDeploy.Definition.Image").tab(SettingTab.DEFINITION).build();
  public static final Setting CMD = Setting.text(PKG, "cmd",
      "JobEntryMarathonDeploy.Definition.Cmd").tab(SettingTab.DEFINITION).build();
  /** Marathon's own defaults for a new app: 1 instance, 1 CPU, 128 MB. */
  public static final Setting INSTANCES = Setting.integer(PKG, "instances",
      "JobEntryMarathonDeploy.Definition.Instances").defaultValue(1).tab(SettingTab.DEFINITION)
      .build();
  public static final Setting CPUS = Setting.number(PKG, "cpus",
      "JobEntryMarathonDeploy.Definition.Cpus").defaultValue("1").tab(SettingTab.DEFINITION)
      .build();
  public static final Setting MEM = Setting.number(PKG, "mem",
      "JobEntryMarathonDeploy.Definition.Mem").defaultValue("128").tab(SettingTab.DEFINITION)
      .build();
  public static final Setting ENV = Setting.keyValues(PKG, "env",
      "JobEntryMarathonDeploy.Definition.Env").tab(SettingTab.DEFINITION).build();
  public static final Setting LABELS = Setting.keyValues(PKG, "labels",
      "JobEntryMarathonDeploy.Definition.Labels").tab(SettingTab.DEFINITION).build();
  public static final Setting PORTS = Setting.textList(PKG, "ports",
      "JobEntryMarathonDeploy.Definition.Ports").tab(SettingTab.DEFINITION).build();
  public static final Setting HEALTH_PROTOCOL = Setting.choice(PKG, "health_check_protocol",
      "JobEntryMarathonDeploy.Definition.HealthProtocol", HealthCheckProtocol.values())
      .defaultValue(HealthCheckProtocol.NONE).tab(SettingTab.DEFINITION).build();
  public static final Setting HEALTH_TARGET = Setting.text(PKG, "health_check_target",
      "JobEntryMarathonDeploy.Definition.HealthTarget").tab(SettingTab.DEFINITION).build();
  public static final Setting CONSTRAINTS = Setting.textList(PKG, "constraints",
      "JobEntryMarathonDeploy.Definition.Constraints").tab(SettingTab.DEFINITION).build();

  /** What only a form definition uses; the dialog greys it out for the other sources. */
  static final List<Setting> FORM_FIELDS = Collections.unmodifiableList(Arrays.asList(IMAGE,
      CMD, INSTANCES, CPUS, MEM, ENV, LABELS, PORTS, HEALTH_PROTOCOL, HEALTH_TARGET,
      CONSTRAINTS));

  public static final WaitBlock WAITING = MarathonAppEntries.WAITING;

  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(SOURCE, APP_ID,
      MarathonAppEntries.FORCE, REDEPLOY_UNCHANGED, REPLACE, JSON, FILE), FORM_FIELDS,
      WAITING.settings(), ConnectionSettings.SETTINGS);

  public JobEntryMarathonDeploy() {
    super("Marathon: Deploy App", SETTINGS, ConnectionSettings.MARATHON_URLS);
  }

  @Override
  protected EntryOutcome run(ClusterRun run) {
    AppDefinition definition = definition(run);
    MarathonClient client = new MarathonClient(run.connection().marathon(), run.log());
    Wait wait = WAITING.resolve(run);
    MarathonDeploy deploy = wait.configure(new MarathonDeploy(client, definition)
        .partialUpdate(!run.bool(REPLACE))
        .redeployWhenUnchanged(run.bool(REDEPLOY_UNCHANGED))
        .force(run.bool(MarathonAppEntries.FORCE)));
    run.log().basic("Deploying Marathon app " + definition.id());
    return MarathonAppEntries.outcome(deploy.run(wait.timeoutMillis(), run.log(), run.token()),
        wait);
  }

  /** The definition from the chosen source; the app id setting, when filled, names the app. */
  static AppDefinition definition(ClusterRun run) {
    DefinitionSource source = run.choice(SOURCE, DefinitionSource.class);
    String appId = run.text(APP_ID);
    if (source == DefinitionSource.FORM) {
      return formDefinition(run, appId);
    }
    AppDefinition parsed = AppDefinition.fromJson(source.text(run, JSON, FILE));
    return appId.isEmpty() ? parsed : parsed.withId(appId);
  }

  private static AppDefinition formDefinition(ClusterRun run, String appId) {
    if (appId.isEmpty()) {
      throw new SettingException(APP_ID, BaseMessages.getString(PKG,
          "JobEntryMarathonDeploy.Problem.FormWithoutAppId"));
    }
    AppDefinition.Builder b = AppDefinition.builder().id(appId)
        .instances((int) run.integer(INSTANCES)).cpus(run.number(CPUS)).mem(run.number(MEM));
    String cmd = run.text(CMD);
    if (!cmd.isEmpty()) {
      b.cmd(cmd);
    }
    String image = run.text(IMAGE);
    if (!image.isEmpty()) {
      b.dockerImage(image);
    }
    for (Map.Entry<String, String> e : run.pairs(ENV).entrySet()) {
      b.env(e.getKey(), e.getValue());
    }
    for (Map.Entry<String, String> e : run.pairs(LABELS).entrySet()) {
      b.label(e.getKey(), e.getValue());
    }
    for (String port : run.lines(PORTS)) {
      try {
        b.port(Integer.parseInt(port));
      } catch (NumberFormatException e) {
        throw new SettingException(PORTS, BaseMessages.getString(PKG,
            "JobEntryMarathonDeploy.Problem.NotAPort", port));
      }
    }
    for (String line : run.lines(CONSTRAINTS)) {
      String[] parts = line.split(":", 3);
      if (parts.length < 2) {
        throw new SettingException(CONSTRAINTS, BaseMessages.getString(PKG,
            "JobEntryMarathonDeploy.Problem.NotAConstraint", line));
      }
      b.constraint(parts[0].trim(), parts[1].trim(), parts.length > 2 ? parts[2].trim() : null);
    }
    HealthCheckProtocol protocol = run.choice(HEALTH_PROTOCOL, HealthCheckProtocol.class);
    if (protocol != HealthCheckProtocol.NONE) {
      AppDefinition.HealthCheck check = new AppDefinition.HealthCheck(protocol.code());
      String target = run.text(HEALTH_TARGET);
      if (protocol == HealthCheckProtocol.COMMAND) {
        check.command(target);
      } else if (!target.isEmpty()) {
        check.path(target);
      }
      b.healthCheck(check);
    }
    return b.build();
  }
}
