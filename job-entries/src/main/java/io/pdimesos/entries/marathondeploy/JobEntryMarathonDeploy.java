package io.pdimesos.entries.marathondeploy;

import io.pdimesos.core.marathon.AppDefinition;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.ops.MarathonDeploy;
import io.pdimesos.entries.ClusterJobEntry;
import io.pdimesos.entries.DefinitionFiles;
import io.pdimesos.entries.EntryOutcome;
import io.pdimesos.entries.MarathonAppSettings;
import io.pdimesos.entries.MarathonResults;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingException;
import io.pdimesos.plugin.SettingTab;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.Validators;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.pentaho.di.core.annotations.JobEntry;

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

  /** Inline JSON is what most users paste from Marathon's UI. */
  public static final Setting SOURCE = Setting.choice(PKG, "definition_source",
      "JobEntryMarathonDeploy.General.Source", "json", "file", "form").defaultValue("json").build();
  public static final Setting APP_ID = Setting.text(PKG, "app_id",
      "JobEntryMarathonDeploy.General.AppId")
      .validator(Validators.MARATHON_APP_ID).build();
  public static final Setting FORCE = MarathonAppSettings.FORCE;
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
      "JobEntryMarathonDeploy.Definition.Cmd")
      .tab(SettingTab.DEFINITION).build();
  /** Marathon's own defaults for a new app: 1 instance, 1 CPU, 128 MB. */
  public static final Setting INSTANCES = Setting.integer(PKG, "instances",
      "JobEntryMarathonDeploy.Definition.Instances").defaultValue(1).tab(SettingTab.DEFINITION)
      .build();
  public static final Setting CPUS = Setting.number(PKG, "cpus",
      "JobEntryMarathonDeploy.Definition.Cpus")
      .defaultValue("1").tab(SettingTab.DEFINITION).build();
  public static final Setting MEM = Setting.number(PKG, "mem",
      "JobEntryMarathonDeploy.Definition.Mem")
      .defaultValue("128").tab(SettingTab.DEFINITION).build();
  public static final Setting ENV = Setting.keyValues(PKG, "env",
      "JobEntryMarathonDeploy.Definition.Env")
      .tab(SettingTab.DEFINITION).build();
  public static final Setting LABELS = Setting.keyValues(PKG, "labels",
      "JobEntryMarathonDeploy.Definition.Labels").tab(SettingTab.DEFINITION).build();
  public static final Setting PORTS = Setting.textList(PKG, "ports",
      "JobEntryMarathonDeploy.Definition.Ports").tab(SettingTab.DEFINITION).build();
  public static final Setting HEALTH_PROTOCOL = Setting.choice(PKG, "health_check_protocol",
      "JobEntryMarathonDeploy.Definition.HealthProtocol", "none", "MESOS_HTTP", "MESOS_TCP", "HTTP",
      "TCP", "COMMAND").defaultValue("none").tab(SettingTab.DEFINITION).build();
  public static final Setting HEALTH_TARGET = Setting.text(PKG, "health_check_target",
      "JobEntryMarathonDeploy.Definition.HealthTarget").tab(SettingTab.DEFINITION).build();
  public static final Setting CONSTRAINTS = Setting.textList(PKG, "constraints",
      "JobEntryMarathonDeploy.Definition.Constraints").tab(SettingTab.DEFINITION).build();

  public static final Setting WAIT = MarathonAppSettings.WAIT;
  public static final Setting TIMEOUT = MarathonAppSettings.TIMEOUT;
  public static final Setting CHECK_CYCLE = MarathonAppSettings.CHECK_CYCLE;
  public static final Setting SUCCESS_ON_TIMEOUT = MarathonAppSettings.SUCCESS_ON_TIMEOUT;
  public static final Setting ON_TIMEOUT = MarathonAppSettings.ON_TIMEOUT;

  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(SOURCE, APP_ID,
      FORCE, REDEPLOY_UNCHANGED, REPLACE, JSON, FILE, IMAGE, CMD, INSTANCES, CPUS, MEM, ENV, LABELS,
      PORTS, HEALTH_PROTOCOL, HEALTH_TARGET, CONSTRAINTS, WAIT, TIMEOUT, CHECK_CYCLE,
      SUCCESS_ON_TIMEOUT, ON_TIMEOUT), ConnectionSettings.SETTINGS);

  public JobEntryMarathonDeploy() {
    super("Marathon: Deploy App", SETTINGS, ConnectionSettings.MARATHON_URLS);
  }

  @Override
  protected EntryOutcome run(ClusterRun run) {
    AppDefinition definition = definition(run);
    MarathonClient client = new MarathonClient(run.connection().marathon(), run.log());
    MarathonDeploy deploy =
        MarathonAppSettings.configureWait(new MarathonDeploy(client, definition)
            .partialUpdate(!run.bool(REPLACE))
            .redeployWhenUnchanged(run.bool(REDEPLOY_UNCHANGED))
            .force(run.bool(FORCE)), run);
    run.log().basic("Deploying Marathon app " + definition.id());
    return MarathonResults.outcome(deploy.run(run.millis(TIMEOUT), run.log(), run.token()), run);
  }

  /** The definition from the chosen source; the app id setting, when filled, names the app. */
  static AppDefinition definition(ClusterRun run) {
    String source = run.choice(SOURCE);
    String appId = run.text(APP_ID);
    if ("form".equals(source)) {
      return formDefinition(run, appId);
    }
    String json = DefinitionFiles.definitionText(run, source, JSON, FILE);
    AppDefinition parsed = AppDefinition.fromJson(json);
    if (appId.isEmpty()) {
      return parsed;
    }
    com.fasterxml.jackson.databind.node.ObjectNode withId = parsed.json();
    withId.put("id", appId);
    return AppDefinition.fromJson(withId.toString());
  }

  private static AppDefinition formDefinition(ClusterRun run, String appId) {
    if (appId.isEmpty()) {
      throw new SettingException(APP_ID, "is empty, but the definition is built from the form");
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
        throw new SettingException(PORTS, "'" + port + "' is not a port number");
      }
    }
    for (String line : run.lines(CONSTRAINTS)) {
      String[] parts = line.split(":", 3);
      if (parts.length < 2) {
        throw new SettingException(CONSTRAINTS, "'" + line + "' is not field:OPERATOR[:value]"
            + " (e.g. hostname:UNIQUE)");
      }
      b.constraint(parts[0].trim(), parts[1].trim(), parts.length > 2 ? parts[2].trim() : null);
    }
    String protocol = run.choice(HEALTH_PROTOCOL);
    if (!"none".equals(protocol)) {
      AppDefinition.HealthCheck check = new AppDefinition.HealthCheck(protocol);
      String target = run.text(HEALTH_TARGET);
      if ("COMMAND".equals(protocol)) {
        check.command(target);
      } else if (!target.isEmpty()) {
        check.path(target);
      }
      b.healthCheck(check);
    }
    return b.build();
  }
}
