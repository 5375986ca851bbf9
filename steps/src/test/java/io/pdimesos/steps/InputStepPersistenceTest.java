package io.pdimesos.steps;

import static io.pdimesos.steps.InputRun.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.rows.SourceField;
import io.pdimesos.pdiapi.FieldsDispatch;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.testing.MapRepository;
import io.pdimesos.plugin.testing.SettingsFiller;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pentaho.di.core.CheckResultInterface;
import org.pentaho.di.core.row.RowMeta;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.xml.XMLHandler;
import org.pentaho.di.repository.StringObjectId;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.StepInjectionMetaEntry;
import org.pentaho.di.trans.step.StepMeta;
import org.pentaho.di.trans.step.StepMetaInjectionInterface;

/**
 * Every input step's settings survive XML, the repository, clone() and metadata injection; a
 * golden file per step pins the XML storage format (regenerate with -Dgolden.update=true after a
 * deliberate change, and say why in the commit: old transformations must still load); check()
 * names what is wrong; getFields declares the same fields on PDI 9.4, 10.2 and 11.
 */
class InputStepPersistenceTest {
  static Stream<Supplier<InputStepMeta>> steps() {
    return AllInputSteps.all().stream();
  }

  /** The steps of the release before DC/OS mode: all but the Metronome ones, which are new. */
  static Stream<Supplier<InputStepMeta>> stepsOfThatRelease() {
    return steps().filter(f -> !StepDocs.slug(f.get().getClass()).startsWith("metronome-"));
  }

  @AfterEach
  void back() {
    FieldsDispatch.emulate(FieldsDispatch.Line.PDI_9_4);
  }

  private static InputStepMeta filled(Supplier<InputStepMeta> factory) {
    InputStepMeta m = factory.get();
    m.setDefault();
    SettingsFiller.fill(m.settings());
    return m;
  }

  private static String xml(InputStepMeta m) {
    return "<step>\n" + m.getXML() + "</step>\n";
  }

  private static InputStepMeta fromXml(Supplier<InputStepMeta> factory, String xml)
      throws Exception {
    InputStepMeta m = factory.get();
    m.loadXML(XMLHandler.loadXMLString(xml, "step"), null, (org.pentaho.metastore.api.IMetaStore) null);
    return m;
  }

  @ParameterizedTest
  @MethodSource("steps")
  void everySettingSurvivesXml(Supplier<InputStepMeta> factory) throws Exception {
    InputStepMeta before = filled(factory);
    InputStepMeta after = fromXml(factory, xml(before));
    assertThat(after.settings().asMap()).isEqualTo(before.settings().asMap());
    InputStepMeta defaults = factory.get();
    defaults.setDefault();
    assertThat(after.settings().asMap()).isNotEqualTo(defaults.settings().asMap());
    assertThat(xml(before)).doesNotContain("pw-auth_password");
  }

  @ParameterizedTest
  @MethodSource("steps")
  void theGoldenXmlPinsTheStorageFormat(Supplier<InputStepMeta> factory) throws Exception {
    InputStepMeta m = filled(factory);
    Path golden = Path.of("src/test/resources/golden", StepDocs.slug(m.getClass()) + ".xml");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, xml(m), StandardCharsets.UTF_8);
    }
    String stored = Files.readString(golden, StandardCharsets.UTF_8);
    assertThat(xml(m)).as(golden + " (regenerate with -Dgolden.update=true)").isEqualTo(stored);
    assertThat(fromXml(factory, stored).settings()).isEqualTo(m.settings());
  }

  /** As the release before DC/OS mode saved it: unchanged, and not DC/OS. */
  @ParameterizedTest
  @MethodSource("stepsOfThatRelease")
  void aStepSavedBeforeDcosModeLoadsUnchangedAndIsNotDcos(Supplier<InputStepMeta> factory)
      throws Exception {
    String old = Files.readString(Path.of("src/test/resources/golden/before-dcos",
        StepDocs.slug(factory.get().getClass()) + ".xml"), StandardCharsets.UTF_8);
    assertThat(old).doesNotContain("dcos_").doesNotContain("metronome_urls");
    assertThat(fromXml(factory, old).settings())
        .isEqualTo(SettingsFiller.beforeDcosAndMetronome(filled(factory).settings()));
  }

  @ParameterizedTest
  @MethodSource("steps")
  void aStepFromBeforeTheSettingsExistedLoadsTheDefaults(Supplier<InputStepMeta> factory)
      throws Exception {
    InputStepMeta read = filled(factory);
    read.loadXML(XMLHandler.loadXMLString("<step><name>old</name></step>", "step"), null,
        (org.pentaho.metastore.api.IMetaStore) null);
    // The defaults, but for the DC/OS cluster URL: a missing tag means "not DC/OS".
    assertThat(read.settings()).isEqualTo(new SettingValues(factory.get().settings().settings())
        .set(ConnectionSettings.DCOS_URL, ""));
    // An empty field table means the entity's defaults.
    assertThat(read.outputFields(new TransMeta()).fields())
        .isEqualTo(read.defaultFields(read.entity(new TransMeta())));
  }

  @ParameterizedTest
  @MethodSource("steps")
  @SuppressWarnings("deprecation")
  void everySettingSurvivesTheRepository(Supplier<InputStepMeta> factory) throws Exception {
    MapRepository repo = new MapRepository();
    InputStepMeta before = filled(factory);
    before.saveRep(repo.rep, null, new StringObjectId("trans-1"), new StringObjectId("step-1"));
    InputStepMeta after = factory.get();
    after.readRep(repo.rep, null, new StringObjectId("step-1"), null);
    assertThat(after.settings().asMap()).isEqualTo(before.settings().asMap());
    assertThat(repo.attributes.values()).noneMatch(v -> String.valueOf(v).startsWith("pw-"));

    MapRepository legacy = new MapRepository();
    before.saveRep(legacy.rep, new StringObjectId("t"), new StringObjectId("s"));
    InputStepMeta viaLegacy = factory.get();
    viaLegacy.readRep(legacy.rep, new StringObjectId("s"), null, null);
    assertThat(viaLegacy.settings()).isEqualTo(before.settings());
  }

  @ParameterizedTest
  @MethodSource("steps")
  void cloneIsIndependent(Supplier<InputStepMeta> factory) {
    InputStepMeta original = filled(factory);
    InputStepMeta copy = (InputStepMeta) original.clone();
    assertThat(copy.settings().asMap()).isEqualTo(original.settings().asMap());
    copy.settings().setDefaults();
    copy.settings().setTable(InputSettings.FIELDS, List.of(field("x", "/x", "String")));
    assertThat(original.settings()).isEqualTo(filled(factory).settings());
  }

  @ParameterizedTest
  @MethodSource("steps")
  @SuppressWarnings("deprecation")
  void injectionRoundTripsEverySetting(Supplier<InputStepMeta> factory) throws Exception {
    InputStepMeta source = filled(factory);
    List<StepInjectionMetaEntry> extracted = source.extractStepMetadataEntries();
    InputStepMeta target = factory.get();
    target.setDefault();
    target.getStepMetaInjectionInterface().injectStepMetadataEntries(extracted);
    assertThat(target.settings()).isEqualTo(source.settings());
  }

  @ParameterizedTest
  @MethodSource("steps")
  @SuppressWarnings("deprecation")
  void injectionOffersTheFieldTableAndTheExtraFields(Supplier<InputStepMeta> factory)
      throws Exception {
    StepMetaInjectionInterface injection = factory.get().getStepMetaInjectionInterface();
    List<String> keys = injection.getStepInjectionMetadataEntries().stream()
        .map(StepInjectionMetaEntry::getKey).collect(Collectors.toList());
    assertThat(keys).contains("ENTITY", "FIELDS", "RESPONSE_TIME_FIELD", "LEADER_URL_FIELD",
        "ERROR_FIELD");
    StepInjectionMetaEntry fields = injection.getStepInjectionMetadataEntries().stream()
        .filter(e -> e.getKey().equals("FIELDS")).findFirst().orElseThrow();
    assertThat(fields.getDetails().get(0).getKey()).isEqualTo("FIELD");
    assertThat(fields.getDetails().get(0).getDetails()).extracting(StepInjectionMetaEntry::getKey)
        .containsExactly("NAME", "PATH", "TYPE");
  }

  // ---- check() ----

  private static List<CheckResultInterface> check(InputStepMeta m) {
    List<CheckResultInterface> remarks = new ArrayList<>();
    TransMeta transMeta = new TransMeta();
    StepMeta stepMeta = new StepMeta("Input", m);
    m.check(remarks, transMeta, stepMeta, null, new String[0], new String[0], null, transMeta,
        null, null);
    return remarks;
  }

  private static List<String> errors(List<CheckResultInterface> remarks) {
    return remarks.stream().filter(r -> r.getType() == CheckResultInterface.TYPE_RESULT_ERROR)
        .map(CheckResultInterface::getText).collect(Collectors.toList());
  }

  private static InputStepMeta valid(Supplier<InputStepMeta> factory) {
    InputStepMeta m = factory.get();
    m.setDefault();
    m.settings().set(InputRun.serviceUrls(m), "http://127.0.0.1:1");
    return m;
  }

  @ParameterizedTest
  @MethodSource("steps")
  void aValidStepHasNoErrorRemark(Supplier<InputStepMeta> factory) {
    for (String entity : valid(factory).entitySetting().choices()) {
      InputStepMeta m = valid(factory);
      m.settings().set(m.entitySetting(), entity);
      m.settings().setTable(InputSettings.FIELDS, OutputFields.rowsOf(m.defaultFields(entity)));
      assertThat(errors(check(m))).as(entity).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("steps")
  void checkNamesAMissingUrlABadPathADuplicateAndABadType(Supplier<InputStepMeta> factory) {
    InputStepMeta m = valid(factory);
    m.settings().set(InputRun.serviceUrls(m), "");
    m.settings().setTable(InputSettings.FIELDS, List.of(
        field("a", "@no_such_value", "String"),
        field("b", "/id", "Int"),
        field("B", "/name", "String"),
        field("c", "resources.cpus", "Number")));
    List<String> errors = errors(check(m));

    String urlLabel = InputRun.serviceUrls(m).label();
    assertThat(errors).anySatisfy(e -> assertThat(e).contains(urlLabel));
    assertThat(errors).anySatisfy(e -> assertThat(e).contains("'a'").contains("@no_such_value")
        .contains("does not offer"));
    assertThat(errors).anySatisfy(e -> assertThat(e).contains("Int"));
    assertThat(errors).anySatisfy(e -> assertThat(e).contains("'B'").contains("twice"));
    assertThat(errors).anySatisfy(e -> assertThat(e).contains("resources.cpus")
        .contains("JSON Pointer"));
    assertThat(errors).hasSize(5);
  }

  @ParameterizedTest
  @MethodSource("steps")
  void checkNamesAnExtraFieldThatClashesWithAnOutputField(Supplier<InputStepMeta> factory) {
    InputStepMeta m = valid(factory);
    m.settings().setTable(InputSettings.FIELDS, List.of());
    String first = m.defaultFields(m.entity(new TransMeta())).get(0).name();
    m.settings().set(InputSettings.ERROR_FIELD, first.toUpperCase());
    assertThat(errors(check(m))).singleElement().satisfies(e -> assertThat(e)
        .contains("'" + first.toUpperCase() + "'").contains("twice"));
  }

  // ---- getFields on every PDI line ----

  static Stream<Arguments> stepsOnEveryLine() {
    return AllInputSteps.all().stream().flatMap(f -> Stream.of(FieldsDispatch.Line.values())
        .map(line -> Arguments.of(f, line)));
  }

  @ParameterizedTest
  @MethodSource("stepsOnEveryLine")
  void getFieldsDeclaresTheTableAndTheExtrasOnEveryLine(Supplier<InputStepMeta> factory,
      FieldsDispatch.Line line) throws Exception {
    for (String entity : factory.get().entitySetting().choices()) {
      InputStepMeta m = valid(factory);
      m.settings().set(m.entitySetting(), entity);
      m.settings().setTable(InputSettings.FIELDS, List.of());
      m.settings().set(InputSettings.RESPONSE_TIME_FIELD, "took_ms");
      m.settings().set(InputSettings.ERROR_FIELD, "error");
      RowMetaInterface row = new RowMeta();
      FieldsDispatch.getFields(line, m, row, "Input", null, null, new TransMeta(), null, null);

      List<String> expected = new ArrayList<>();
      for (SourceField f : m.defaultFields(entity)) {
        expected.add(f.name() + ":" + OutputFields.valueMeta(f, "x").getTypeDesc());
      }
      expected.add("took_ms:Integer");
      expected.add("error:String");
      assertThat(InputRun.layout(row)).as(entity + " on " + line).isEqualTo(expected);
      assertThat(row.getValueMetaList()).allSatisfy(v -> assertThat(v.getOrigin())
          .isEqualTo("Input"));
    }
  }

  @ParameterizedTest
  @MethodSource("steps")
  void getFieldsRefusesAPathItCannotReadWithAKettleStepExceptionNamingTheField(
      Supplier<InputStepMeta> factory) {
    InputStepMeta m = valid(factory);
    m.settings().setTable(InputSettings.FIELDS, List.of(field("cpus", "resources.cpus", "Number")));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> InputRun.declared(m))
        .isInstanceOf(org.pentaho.di.core.exception.KettleStepException.class)
        .hasMessageContaining("'cpus'").hasMessageContaining("resources.cpus");
  }

  @ParameterizedTest
  @MethodSource("stepsOnEveryLine")
  void transMetaAsksTheStepOnEveryLine(Supplier<InputStepMeta> factory, FieldsDispatch.Line line)
      throws Exception {
    FieldsDispatch.emulate(line);
    InputStepMeta m = valid(factory);
    m.settings().setTable(InputSettings.FIELDS, List.of(field("only", "/x", "Boolean")));
    TransMeta transMeta = new TransMeta();
    StepMeta stepMeta = new StepMeta("Input", m);
    transMeta.addStep(stepMeta);
    assertThat(InputRun.layout(transMeta.getStepFields(stepMeta)))
        .containsExactly("only:Boolean");
  }

  @ParameterizedTest
  @MethodSource("steps")
  void setDefaultFillsTheTableWithTheDefaultEntitysFields(Supplier<InputStepMeta> factory) {
    InputStepMeta m = factory.get();
    m.setDefault();
    String entity = m.settings().raw(m.entitySetting());
    assertThat(m.settings().table(InputSettings.FIELDS))
        .isEqualTo(OutputFields.rowsOf(m.defaultFields(entity)));
    assertThat(m.settings().table(InputSettings.FIELDS)).isNotEmpty();
  }
}
