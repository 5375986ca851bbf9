package io.pdimesos.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.testing.MapRepository;
import io.pdimesos.plugin.testing.SettingsFiller;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pentaho.di.core.xml.XMLHandler;
import org.pentaho.di.repository.StringObjectId;
import org.pentaho.metastore.api.IMetaStore;

/**
 * Every setting of every action step survives XML, the repository and clone(); a golden file per
 * step pins the XML storage format (regenerate with -Dgolden.update=true after a deliberate
 * change, and say why in the commit: old transformations must still load).
 */
class ActionStepPersistenceTest {
  static Stream<Supplier<ActionStepMeta>> steps() {
    return AllActionSteps.all().stream();
  }

  /** The steps of the release before DC/OS mode: all but the Metronome ones, which are new. */
  static Stream<Supplier<ActionStepMeta>> stepsOfThatRelease() {
    return steps().filter(f -> !StepDocs.slug(f.get().getClass()).startsWith("metronome-"));
  }

  private static ActionStepMeta filled(Supplier<ActionStepMeta> factory) {
    ActionStepMeta m = factory.get();
    SettingsFiller.fill(m.settings());
    return m;
  }

  private static String xml(ActionStepMeta m) {
    return "<step>\n" + m.getXML() + "</step>\n";
  }

  private static ActionStepMeta load(Supplier<ActionStepMeta> factory, String xml) throws Exception {
    ActionStepMeta m = factory.get();
    m.loadXML(XMLHandler.loadXMLString(xml, "step"), null, (IMetaStore) null);
    return m;
  }

  @ParameterizedTest
  @MethodSource("steps")
  void everySettingSurvivesXml(Supplier<ActionStepMeta> factory) throws Exception {
    ActionStepMeta before = filled(factory);
    ActionStepMeta after = load(factory, xml(before));
    assertThat(after.settings().asMap()).isEqualTo(before.settings().asMap());
    assertThat(after.settings().asMap()).isNotEqualTo(factory.get().settings().asMap());
  }

  @ParameterizedTest
  @MethodSource("steps")
  void everySettingSurvivesTheRepository(Supplier<ActionStepMeta> factory) throws Exception {
    MapRepository repo = new MapRepository();
    ActionStepMeta before = filled(factory);
    before.saveRep(repo.rep, null, new StringObjectId("trans-1"), new StringObjectId("step-1"));
    ActionStepMeta after = factory.get();
    after.readRep(repo.rep, null, new StringObjectId("step-1"), null);
    assertThat(after.settings().asMap()).isEqualTo(before.settings().asMap());
    assertThat(repo.attributes).isNotEmpty();
    assertThat(repo.attributes.values()).noneMatch(v -> String.valueOf(v).startsWith("pw-"));
  }

  @ParameterizedTest
  @MethodSource("steps")
  void cloneIsDeep(Supplier<ActionStepMeta> factory) {
    ActionStepMeta original = filled(factory);
    ActionStepMeta copy = (ActionStepMeta) original.clone();
    assertThat(copy.settings().asMap()).isEqualTo(original.settings().asMap());
    copy.settings().setDefaults();
    assertThat(original.settings()).isEqualTo(filled(factory).settings());
  }

  @ParameterizedTest
  @MethodSource("steps")
  void theGoldenXmlPinsTheStorageFormat(Supplier<ActionStepMeta> factory) throws Exception {
    ActionStepMeta meta = filled(factory);
    Path golden = Path.of("src/test/resources/golden", AllActionSteps.slug(meta.getClass()) + ".xml");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, xml(meta), StandardCharsets.UTF_8);
    }
    assertThat(xml(meta)).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    assertThat(load(factory, Files.readString(golden)).settings().asMap()).isEqualTo(meta.settings().asMap());
  }

  /** As the release before DC/OS mode saved it: unchanged, and not DC/OS. */
  @ParameterizedTest
  @MethodSource("stepsOfThatRelease")
  void aStepSavedBeforeDcosModeLoadsUnchangedAndIsNotDcos(Supplier<ActionStepMeta> factory)
      throws Exception {
    String old = Files.readString(Path.of("src/test/resources/golden/before-dcos",
        AllActionSteps.slug(factory.get().getClass()) + ".xml"), StandardCharsets.UTF_8);
    assertThat(old).doesNotContain("dcos_").doesNotContain("metronome_urls");
    assertThat(load(factory, old).settings())
        .isEqualTo(SettingsFiller.beforeDcosAndMetronome(filled(factory).settings()));
  }

  @ParameterizedTest
  @MethodSource("steps")
  void aStepFromBeforeTheSettingsExistedLoadsTheDefaults(Supplier<ActionStepMeta> factory) throws Exception {
    ActionStepMeta read = load(factory, "<step><name>old</name></step>");
    SettingValues defaults = new SettingValues(factory.get().settings().settings());
    defaults.setDefaults();
    // The defaults, but for the DC/OS cluster URL: a missing tag means "not DC/OS".
    assertThat(read.settings()).isEqualTo(defaults.set(ConnectionSettings.DCOS_URL, ""));
  }
}
