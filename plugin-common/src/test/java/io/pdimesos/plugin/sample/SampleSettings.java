package io.pdimesos.plugin.sample;

import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingTab;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.TableColumn;
import io.pdimesos.plugin.TableRow;
import io.pdimesos.plugin.Validators;
import java.util.List;

/** One setting of every kind, declared the way entries declare theirs. */
public final class SampleSettings {
  private static final Class<?> PKG = SampleSettings.class;

  public static final Setting APP_ID = Setting.text(PKG, "app_id", "Sample.General.AppId")
      .required().validator(Validators.MARATHON_APP_ID).build();
  public static final Setting TOKEN = Setting.password(PKG, "token", "Sample.General.Token").build();
  public static final Setting FORCE = Setting.bool(PKG, "force", "Sample.General.Force").build();
  public static final Setting WAIT = Setting.bool(PKG, "wait", "Sample.Wait.Wait").defaultValue(true)
      .tab(SettingTab.WAIT).build();
  public static final Setting INSTANCES = Setting.integer(PKG, "instances", "Sample.Definition.Instances")
      .defaultValue(1).tab(SettingTab.DEFINITION).build();
  public static final Setting CPUS = Setting.number(PKG, "cpus", "Sample.Definition.Cpus")
      .defaultValue("0.5").tab(SettingTab.DEFINITION).build();
  public static final Setting MODE = Setting.choice(PKG, "mode", "Sample.General.Mode", "inline", "file")
      .defaultValue("inline").build();
  public static final Setting DEFINITION = Setting.json(PKG, "definition", "Sample.Definition.Json")
      .tab(SettingTab.DEFINITION).build();
  public static final Setting ENV = Setting.keyValues(PKG, "env", "Sample.Definition.Env")
      .tab(SettingTab.DEFINITION).build();
  public static final Setting NAMES = Setting.textList(PKG, "names", "Sample.General.Names")
      .defaultLines("marathon").build();

  public static final Setting FIELDS = Setting.table(PKG, "fields", "Sample.Fields", "field",
          TableColumn.text("name", "Sample.Fields.Name").required(),
          TableColumn.text("path", "Sample.Fields.Path"),
          TableColumn.choice("type", "Sample.Fields.Type", "String", "Integer", "Boolean"))
      .defaultRows(TableRow.of("name", "id", "path", "/id", "type", "String"),
          TableRow.of("name", "instances", "path", "/instances", "type", "Integer"))
      .tab(SettingTab.DEFINITION).build();

  public static final List<Setting> OWN = List.of(APP_ID, TOKEN, FORCE, WAIT, INSTANCES, CPUS, MODE,
      DEFINITION, ENV, NAMES, FIELDS);
  public static final List<Setting> ALL = SettingValues.concat(OWN, ConnectionSettings.SETTINGS);

  private SampleSettings() {}
}
