package io.pdimesos.plugin;

import static io.pdimesos.plugin.sample.SampleSettings.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.plugin.sample.SampleSettings;
import java.util.ArrayList;
import io.pdimesos.plugin.testing.MapRepository;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.CheckResultInterface;
import org.pentaho.di.core.CheckResultSourceInterface;
import org.pentaho.di.core.encryption.Encr;
import org.pentaho.di.core.variables.Variables;
import org.pentaho.di.core.xml.XMLHandler;
import org.pentaho.di.repository.StringObjectId;
import org.w3c.dom.Node;

class SettingValuesTest {
  private static final String JSON = "{\n  \"id\": \"/web\",\n  \"cmd\": \"echo <a> & 'b' ${PORT0}\",\n"
      + "  \"instances\": ${N}\n}";

  @BeforeAll
  static void english() {
    Locale.setDefault(Locale.US);
  }

  static SettingValues filled() {
    SettingValues v = new SettingValues(SampleSettings.ALL);
    v.set(APP_ID, "/prod/web").set(TOKEN, "s3cr3t-t0ken").set(FORCE, true).set(WAIT, false)
        .set(INSTANCES, "${N}").set(CPUS, "1.25").set(MODE, "file").set(DEFINITION, JSON);
    v.setPairs(ENV, List.of(new KeyValue("A", "1 & <2>"), new KeyValue("B", "${X}"), new KeyValue("C", "")));
    v.setLines(NAMES, List.of("marathon", "chronos & co", ""));
    v.setTable(SampleSettings.FIELDS, List.of(TableRow.of("name", "id & <x>", "path", "/id", "type", "String"),
        TableRow.of("name", "n", "path", "", "type", "${T}")));
    v.set(ConnectionSettings.MARATHON_URLS, "http://m1:8080, http://m2:8080");
    v.set(ConnectionSettings.USER, "");
    return v;
  }

  static Node entryNode(String xml) throws Exception {
    return XMLHandler.loadXMLString("<entry>" + xml + "</entry>", "entry");
  }

  @Test
  void everyKindSurvivesXml() throws Exception {
    SettingValues before = filled();
    SettingValues after = new SettingValues(SampleSettings.ALL);
    SettingsXml.read(after, entryNode(SettingsXml.write(before)));
    assertThat(after.asMap()).isEqualTo(before.asMap());
    assertThat(after.raw(DEFINITION)).isEqualTo(JSON);
    assertThat(after.pairs(ENV)).containsExactly(new KeyValue("A", "1 & <2>"), new KeyValue("B", "${X}"),
        new KeyValue("C", ""));
    assertThat(after.lines(NAMES)).containsExactly("marathon", "chronos & co", "");
    // An emptied field that defaults to a variable stays empty.
    assertThat(after.raw(ConnectionSettings.USER)).isEmpty();
  }

  @Test
  void missingTagsMeanTheDeclaredDefaults() throws Exception {
    SettingValues read = filled();
    SettingsXml.read(read, entryNode("<name>old</name><app_id>/a</app_id>"));
    assertThat(read.raw(APP_ID)).isEqualTo("/a");
    assertThat(read.raw(WAIT)).isEqualTo("Y");
    assertThat(read.raw(INSTANCES)).isEqualTo("1");
    assertThat(read.lines(NAMES)).containsExactly("marathon");
    assertThat(read.pairs(ENV)).isEmpty();
    assertThat(read.raw(ConnectionSettings.MARATHON_URLS)).isEqualTo("${PDI_MARATHON_URL}");
  }

  @Test
  void secretsAreEncryptedInXmlUnlessTheyAreVariables() throws Exception {
    SettingValues v = filled();
    String xml = SettingsXml.write(v);
    String stored = XMLHandler.getTagValue(entryNode(xml), "token");
    assertThat(stored).startsWith("Encrypted ").isEqualTo(Encr.encryptPasswordIfNotUsingVariables("s3cr3t-t0ken"));
    assertThat(xml).doesNotContain("s3cr3t-t0ken");
    assertThat(XMLHandler.getTagValue(entryNode(xml), "auth_password")).isEqualTo("${PDI_MESOS_PASSWORD}");

    SettingValues read = new SettingValues(SampleSettings.ALL);
    SettingsXml.read(read, entryNode(xml));
    assertThat(read.raw(TOKEN)).isEqualTo("s3cr3t-t0ken");
    // A password typed in plain text by hand in the file is still read.
    SettingsXml.read(read, entryNode("<token>plain</token>"));
    assertThat(read.raw(TOKEN)).isEqualTo("plain");
  }

  /** Found by the real-PDI suite (pdi-it StepsIT): kettle.properties may hold the password encrypted. */
  @Test
  void aSecretThatAVariableHoldsEncryptedIsDecryptedAfterSubstitution() {
    SettingValues v = new SettingValues(ConnectionSettings.SETTINGS);
    v.setDefaults();
    Variables space = new Variables();
    space.setVariable("PDI_MESOS_PASSWORD", Encr.encryptPasswordIfNotUsingVariables("s3cr3t"));
    assertThat(v.in(space).secret(ConnectionSettings.PASSWORD)).isEqualTo("s3cr3t");
    space.setVariable("PDI_MESOS_PASSWORD", "plain");
    assertThat(v.in(space).secret(ConnectionSettings.PASSWORD)).isEqualTo("plain");
  }

  @Test
  void everyKindSurvivesAJobEntryRepository() throws Exception {
    MapRepository repo = new MapRepository();
    SettingValues before = filled();
    SettingsRepository.save(before, RepositoryAttributes.jobEntry(repo.rep, new StringObjectId("job"), new StringObjectId("e1")));
    assertThat(repo.attributes.get("e1/0/token")).asString().startsWith("Encrypted ");
    assertThat(repo.attributes.get("e1/0/force")).isEqualTo(true);
    assertThat(repo.attributes.get("e1/1/env_key")).isEqualTo("B");
    assertThat(repo.attributes).doesNotContainValue("s3cr3t-t0ken");

    SettingValues after = new SettingValues(SampleSettings.ALL);
    SettingsRepository.read(after, RepositoryAttributes.jobEntry(repo.rep, null, new StringObjectId("e1")));
    assertThat(after.asMap()).isEqualTo(before.asMap());
  }

  @Test
  void everyKindSurvivesAStepRepository() throws Exception {
    MapRepository repo = new MapRepository();
    SettingValues before = filled();
    SettingsRepository.save(before, RepositoryAttributes.step(repo.rep, new StringObjectId("t"), new StringObjectId("s1")));
    SettingValues after = new SettingValues(SampleSettings.ALL);
    SettingsRepository.read(after, RepositoryAttributes.step(repo.rep, null, new StringObjectId("s1")));
    assertThat(after.asMap()).isEqualTo(before.asMap());
  }

  @Test
  void anEntrySavedBeforeTheSettingsExistedReadsDefaults() throws Exception {
    MapRepository repo = new MapRepository();
    SettingValues after = filled();
    SettingsRepository.read(after, RepositoryAttributes.jobEntry(repo.rep, null, new StringObjectId("old")));
    // The defaults, but for the DC/OS cluster URL: a missing tag means "not DC/OS".
    assertThat(after.asMap()).isEqualTo(new SettingValues(SampleSettings.ALL)
        .set(ConnectionSettings.DCOS_URL, "").asMap());
  }

  @Test
  void typedGettersSubstituteAtRunTime() {
    SettingValues v = filled();
    Variables space = new Variables();
    space.setVariable("N", "3");
    space.setVariable("X", "ex");
    assertThat(v.in(space).integer(INSTANCES)).isEqualTo(3);
    assertThat(v.in(space).number(CPUS)).isEqualTo(1.25);
    assertThat(v.in(space).json(DEFINITION)).contains("\"instances\": 3").contains("${PORT0}");
    assertThat(v.in(space).pairs(ENV)).containsExactly(Map.entry("A", "1 & <2>"), Map.entry("B", "ex"),
        Map.entry("C", ""));
    assertThat(v.in(space).lines(NAMES)).containsExactly("marathon", "chronos & co");
    assertThat(v.in(space).choice(MODE)).isEqualTo("file");
    assertThat(v.in(space).text(APP_ID)).isEqualTo("/prod/web");
    // The design-time values are untouched.
    assertThat(v.raw(INSTANCES)).isEqualTo("${N}");
  }

  @Test
  void runTimeErrorsNameTheSetting() {
    SettingValues v = filled();
    Variables space = new Variables();
    // An undefined variable alone means "not set": the declared default.
    assertThat(v.in(space).integer(INSTANCES)).isEqualTo(1);
    v.set(INSTANCES, "${N}0");
    assertThatThrownBy(() -> v.in(space).integer(INSTANCES)).isInstanceOf(SettingException.class)
        .hasMessageContaining("'Instances' (instances)").hasMessageContaining("whole number");
    assertThatThrownBy(() -> v.in(space).json(DEFINITION)).isInstanceOf(SettingException.class)
        .hasMessageContaining("'Definition' (definition)").hasMessageContaining("not well-formed JSON")
        .hasMessageContaining("line 4");
    v.set(APP_ID, "/Prod/Web");
    assertThatThrownBy(() -> v.in(space).text(APP_ID)).hasMessageContaining("'App id' (app_id)")
        .hasMessageContaining("invalid segment 'Prod'");
    v.set(APP_ID, "${APP}");
    assertThatThrownBy(() -> v.in(space).text(APP_ID)).hasMessageContaining("APP is not defined");
    v.set(INSTANCES, "-2");
    assertThatThrownBy(() -> v.in(space).integer(INSTANCES)).hasMessageContaining("must not be negative");
    v.set(MODE, "ftp");
    assertThatThrownBy(() -> v.in(space).choice(MODE)).hasMessageContaining("must be one of [inline, file]");
  }

  @Test
  void anUndefinedVariableAloneMeansNotSet() {
    SettingValues v = new SettingValues(SampleSettings.ALL);
    Variables space = new Variables();
    assertThat(v.in(space).text(ConnectionSettings.USER)).isEmpty();
    assertThat(v.in(space).choice(ConnectionSettings.AUTH_TYPE)).isEqualTo("auto");
    space.setVariable("PDI_MESOS_USER", "ops");
    assertThat(v.in(space).text(ConnectionSettings.USER)).isEqualTo("ops");
  }

  @Test
  void checkNamesTheLabelOfEachBadSetting() {
    SettingValues v = filled();
    v.set(APP_ID, "").set(CPUS, "-1").set(MODE, "ftp").set(DEFINITION, "{\"id\": }")
        .setPairs(ENV, List.of(new KeyValue("", "orphan")));
    List<CheckResultInterface> remarks = new ArrayList<>();
    CheckResultSourceInterface source = null;
    SettingsCheck.check(v, remarks, new Variables(), source);
    assertThat(remarks).extracting(CheckResultInterface::getType).containsOnly(CheckResultInterface.TYPE_RESULT_ERROR);
    assertThat(remarks).extracting(CheckResultInterface::getText).contains(
        "'App id' is required",
        "'CPUs' must be a number of 0 or more, got -1",
        "'Mode' must be one of [inline, file], got 'ftp'",
        "'Environment' has a row without a key (value 'orphan')")
        .anyMatch(t -> t.startsWith("'Definition' is not well-formed JSON"));
  }

  @Test
  void checkLeavesUndefinedVariablesOfRequiredSettingsToTheRun() {
    SettingValues v = filled();
    v.set(APP_ID, "${APP}");
    List<CheckResultInterface> remarks = new ArrayList<>();
    SettingsCheck.check(v, remarks, new Variables(), null);
    assertThat(remarks).extracting(CheckResultInterface::getType).containsExactly(
        CheckResultInterface.TYPE_RESULT_COMMENT, CheckResultInterface.TYPE_RESULT_COMMENT,
        CheckResultInterface.TYPE_RESULT_OK);
    assertThat(remarks.get(0).getText()).isEqualTo("'App id' uses APP, not defined here: it is checked when the job runs");
    // JSON that is malformed only until ${N} is defined is left to the run as well.
    assertThat(remarks.get(1).getText()).isEqualTo("'Definition' uses PORT0, N, not defined here: it is checked when the job runs");
  }

  @Test
  void checkOfGoodSettingsSaysSo() {
    SettingValues v = filled();
    v.set(APP_ID, "${APP}");
    Variables space = new Variables();
    space.setVariable("APP", "/web");
    space.setVariable("N", "2");
    List<CheckResultInterface> remarks = new ArrayList<>();
    SettingsCheck.check(v, remarks, space, null);
    assertThat(remarks).extracting(CheckResultInterface::getText).containsExactly("All settings are valid");
  }

  @Test
  void copyIsDeep() {
    SettingValues v = filled();
    SettingValues c = v.copy();
    c.setLines(NAMES, List.of("x"));
    c.set(APP_ID, "/other");
    assertThat(v.lines(NAMES)).containsExactly("marathon", "chronos & co", "");
    assertThat(v.raw(APP_ID)).isEqualTo("/prod/web");
    assertThat(v.copy()).isEqualTo(v);
    assertThat(v.toString()).doesNotContain("s3cr3t");
  }

  @Test
  void declarationsRejectKettlesOwnTagsAndDuplicates() {
    assertThatThrownBy(() -> Setting.text(getClass(), "name", "X.Y.Z").build())
        .hasMessageContaining("Kettle's own tags");
    assertThatThrownBy(() -> new SettingValues(List.of(APP_ID, APP_ID))).hasMessageContaining("declared twice");
    assertThat(APP_ID.label()).isEqualTo("App id");
    assertThat(APP_ID.injectionKey()).isEqualTo("APP_ID");
  }
}
