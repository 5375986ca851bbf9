package io.pdimesos.plugin;

import static io.pdimesos.plugin.sample.SampleSettings.ENV;
import static io.pdimesos.plugin.sample.SampleSettings.FIELDS;
import static io.pdimesos.plugin.sample.SampleSettings.FORCE;
import static io.pdimesos.plugin.sample.SampleSettings.INSTANCES;
import static io.pdimesos.plugin.sample.SampleSettings.NAMES;
import static io.pdimesos.plugin.sample.SampleSettings.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.plugin.sample.SampleSettings;
import io.pdimesos.plugin.testing.SettingsFiller;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.encryption.Encr;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.row.ValueMetaInterface;
import org.pentaho.di.trans.step.StepInjectionMetaEntry;

/** Legacy metadata injection of declared settings, driven the way ETL Metadata Injection drives it. */
class SettingsInjectionTest {
  @BeforeAll
  static void english() {
    Locale.setDefault(Locale.US);
  }

  private static StepInjectionMetaEntry find(List<StepInjectionMetaEntry> entries, String key) {
    return entries.stream().filter(e -> e.getKey().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void describesOneEntryPerSettingAndATemplateRowPerList() {
    List<StepInjectionMetaEntry> entries = new SettingsInjection(new SettingValues(SampleSettings.ALL))
        .getStepInjectionMetadataEntries();
    assertThat(entries).extracting(StepInjectionMetaEntry::getKey)
        .containsExactlyElementsOf(SampleSettings.ALL.stream().map(Setting::injectionKey).toList());
    assertThat(find(entries, "APP_ID").getValueType()).isEqualTo(ValueMetaInterface.TYPE_STRING);
    assertThat(find(entries, "APP_ID").getDescription()).isEqualTo("App id");
    assertThat(find(entries, "FORCE").getValueType()).isEqualTo(ValueMetaInterface.TYPE_BOOLEAN);
    assertThat(find(entries, "INSTANCES").getValueType()).isEqualTo(ValueMetaInterface.TYPE_INTEGER);
    StepInjectionMetaEntry fields = find(entries, "FIELDS");
    assertThat(fields.getValueType()).isEqualTo(ValueMetaInterface.TYPE_NONE);
    assertThat(fields.getDetails()).singleElement().satisfies(row -> {
      assertThat(row.getKey()).isEqualTo("FIELD");
      assertThat(row.getDetails()).extracting(StepInjectionMetaEntry::getKey).containsExactly("NAME", "PATH", "TYPE");
      assertThat(row.getDetails()).extracting(StepInjectionMetaEntry::getDescription)
          .containsExactly("Name", "Source path", "Type");
      assertThat(row.getDetails()).allMatch(c -> c.getValue() == null);
    });
    assertThat(find(entries, "ENV").getDetails().get(0).getDetails()).extracting(StepInjectionMetaEntry::getKey)
        .containsExactly("ENV_KEY", "ENV_VALUE");
    assertThat(find(entries, "NAMES").getDetails().get(0).getDetails()).extracting(StepInjectionMetaEntry::getKey)
        .containsExactly("NAMES_LINE");
  }

  @Test
  void extractThenInjectIntoFreshValuesGivesTheSameValues() throws KettleException {
    SettingValues before = SettingsFiller.fill(new SettingValues(SampleSettings.ALL));
    before.set(INSTANCES, "${N}");
    List<StepInjectionMetaEntry> extracted = new SettingsInjection(before).extractStepMetadataEntries();

    SettingValues after = new SettingValues(SampleSettings.ALL);
    new SettingsInjection(after).injectStepMetadataEntries(extracted);

    assertThat(after).isEqualTo(before);
    assertThat(after.table(FIELDS)).hasSize(2);
  }

  @Test
  void secretsAreExtractedEncryptedAndAcceptedPlainOrEncrypted() throws KettleException {
    SettingValues v = new SettingValues(SampleSettings.ALL).set(TOKEN, "s3cr3t");
    SettingsInjection injection = new SettingsInjection(v);
    Object token = find(injection.extractStepMetadataEntries(), "TOKEN").getValue();
    assertThat(token).isEqualTo(Encr.encryptPasswordIfNotUsingVariables("s3cr3t"));
    assertThat(injection.extractStepMetadataEntries().toString()).doesNotContain("s3cr3t");

    injection.injectStepMetadataEntries(List.of(new StepInjectionMetaEntry("TOKEN", "plain-one",
        ValueMetaInterface.TYPE_STRING, "")));
    assertThat(v.raw(TOKEN)).isEqualTo("plain-one");
    injection.injectStepMetadataEntries(List.of(new StepInjectionMetaEntry("TOKEN", token,
        ValueMetaInterface.TYPE_STRING, "")));
    assertThat(v.raw(TOKEN)).isEqualTo("s3cr3t");
  }

  @Test
  void scalarsTakeTheTypesMetadataInjectionSendsAndNullKeepsTheValue() throws KettleException {
    SettingValues v = new SettingValues(SampleSettings.ALL).set(SampleSettings.APP_ID, "/kept");
    new SettingsInjection(v).injectStepMetadataEntries(List.of(
        new StepInjectionMetaEntry("FORCE", Boolean.TRUE, ValueMetaInterface.TYPE_BOOLEAN, ""),
        new StepInjectionMetaEntry("INSTANCES", 7L, ValueMetaInterface.TYPE_INTEGER, ""),
        new StepInjectionMetaEntry("APP_ID", ValueMetaInterface.TYPE_STRING, "")));
    assertThat(v.bool(FORCE)).isTrue();
    assertThat(v.raw(INSTANCES)).isEqualTo("7");
    assertThat(v.raw(SampleSettings.APP_ID)).isEqualTo("/kept");
  }

  /** Built as MetaInject.oldInjection builds it: the template cloned once per source row. */
  @Test
  void tableInjectionReplacesTheRows() throws KettleException {
    SettingValues v = new SettingValues(SampleSettings.ALL);
    SettingsInjection injection = new SettingsInjection(v);
    StepInjectionMetaEntry template = find(injection.getStepInjectionMetadataEntries(), "FIELDS");
    StepInjectionMetaEntry list = template.clone();
    list.setDetails(new ArrayList<>());
    String[][] source = {{"id", "/id", "String"}, {"up", "/up", null}};
    for (String[] sourceRow : source) {
      StepInjectionMetaEntry row = template.getDetails().get(0).clone();
      row.setDetails(new ArrayList<>());
      for (StepInjectionMetaEntry cell : template.getDetails().get(0).getDetails()) {
        row.getDetails().add(cell.clone());
      }
      for (int c = 0; c < 3; c++) {
        row.getDetails().get(c).setValue(sourceRow[c]);
      }
      list.getDetails().add(row);
    }

    injection.injectStepMetadataEntries(List.of(list));

    assertThat(v.table(FIELDS)).containsExactly(TableRow.of("name", "id", "path", "/id", "type", "String"),
        TableRow.of("name", "up", "path", "/up"));
    assertThat(template.getDetails().get(0).getDetails()).allMatch(c -> c.getValue() == null);
  }

  @Test
  void keyValuesAndLinesAreListsToo() throws KettleException {
    SettingValues v = new SettingValues(SampleSettings.ALL);
    v.setPairs(ENV, List.of(new KeyValue("A", "1")));
    v.setLines(NAMES, List.of("x", "y"));
    List<StepInjectionMetaEntry> extracted = new SettingsInjection(v).extractStepMetadataEntries();
    Map<String, Object> env = find(extracted, "ENV").getDetails().get(0).getDetails().stream()
        .collect(Collectors.toMap(StepInjectionMetaEntry::getKey, StepInjectionMetaEntry::getValue));
    assertThat(env).containsExactlyInAnyOrderEntriesOf(Map.of("ENV_KEY", "A", "ENV_VALUE", "1"));
    assertThat(find(extracted, "NAMES").getDetails()).extracting(r -> r.getDetails().get(0).getValue())
        .containsExactly("x", "y");
  }

  @Test
  void anUnknownKeyNamesItAndTheValidOnesAndChangesNothing() {
    SettingValues v = new SettingValues(SampleSettings.ALL);
    SettingValues before = v.copy();
    SettingsInjection injection = new SettingsInjection(v);
    assertThatThrownBy(() -> injection.injectStepMetadataEntries(List.of(
        new StepInjectionMetaEntry("FORCE", Boolean.TRUE, ValueMetaInterface.TYPE_BOOLEAN, ""),
        new StepInjectionMetaEntry("NOPE", "x", ValueMetaInterface.TYPE_STRING, ""))))
        .isInstanceOf(KettleException.class)
        .hasMessageContaining("'NOPE'").hasMessageContaining("APP_ID, TOKEN, FORCE");
    assertThat(v).isEqualTo(before);

    StepInjectionMetaEntry fields = new StepInjectionMetaEntry("FIELDS", ValueMetaInterface.TYPE_NONE, "");
    StepInjectionMetaEntry row = new StepInjectionMetaEntry("FIELD", ValueMetaInterface.TYPE_NONE, "");
    row.getDetails().add(new StepInjectionMetaEntry("FORMAT", "x", ValueMetaInterface.TYPE_STRING, ""));
    fields.getDetails().add(row);
    assertThatThrownBy(() -> injection.injectStepMetadataEntries(List.of(fields)))
        .hasMessageContaining("'FORMAT'").hasMessageContaining("NAME, PATH, TYPE");
  }

  @Test
  void clashingKeysAreRefusedWhenDeclared() {
    Setting name = Setting.text(getClass(), "path", "X").build();
    assertThatThrownBy(() -> new SettingsInjection(new SettingValues(List.of(FIELDS, name))))
        .hasMessageContaining("'PATH'");
  }
}
