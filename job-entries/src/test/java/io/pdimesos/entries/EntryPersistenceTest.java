package io.pdimesos.entries;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.entries.mesosclustercheck.JobEntryMesosClusterCheck;
import io.pdimesos.entries.weavenetworkcheck.JobEntryWeaveNetworkCheck;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.testing.MapRepository;
import io.pdimesos.plugin.testing.SettingsFiller;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pentaho.di.core.annotations.JobEntry;
import org.pentaho.di.core.xml.XMLHandler;
import org.pentaho.di.repository.StringObjectId;

/**
 * Every setting of every entry survives XML, the repository and clone(); a golden file per entry
 * pins the XML storage format (regenerate with -Dgolden.update=true after a deliberate change,
 * and say why in the commit: old jobs must still load).
 */
class EntryPersistenceTest {
  static Stream<Supplier<ClusterJobEntry>> entries() {
    return AllEntries.all().stream();
  }

  /** The entries of the release before DC/OS mode: all but the Metronome ones, which are new. */
  static Stream<Supplier<ClusterJobEntry>> entriesOfThatRelease() {
    return entries().filter(f -> !AllEntries.slug(f.get().getClass()).startsWith("metronome-"));
  }

  private static ClusterJobEntry filled(Supplier<ClusterJobEntry> factory) {
    ClusterJobEntry e = factory.get();
    e.setName("entry <1> & co");
    e.setDescription("desc");
    SettingsFiller.fill(e.settings());
    return e;
  }

  private static String xml(ClusterJobEntry e) {
    return "<entry>\n" + e.getXML() + "</entry>\n";
  }

  @ParameterizedTest
  @MethodSource("entries")
  void everySettingSurvivesXml(Supplier<ClusterJobEntry> factory) throws Exception {
    ClusterJobEntry before = filled(factory);
    ClusterJobEntry after = factory.get();
    after.loadXML(XMLHandler.loadXMLString(xml(before), "entry"), null, null, null, null);
    assertThat(after.getName()).isEqualTo(before.getName());
    assertThat(after.settings().asMap()).isEqualTo(before.settings().asMap());
    assertThat(after.settings().asMap()).isNotEqualTo(factory.get().settings().asMap());
  }

  @ParameterizedTest
  @MethodSource("entries")
  void everySettingSurvivesTheRepository(Supplier<ClusterJobEntry> factory) throws Exception {
    MapRepository repo = new MapRepository();
    ClusterJobEntry before = filled(factory);
    before.setObjectId(new StringObjectId("entry-1"));
    before.saveRep(repo.rep, null, new StringObjectId("job-1"));
    ClusterJobEntry after = factory.get();
    after.loadRep(repo.rep, null, new StringObjectId("entry-1"), null, null);
    assertThat(after.settings().asMap()).isEqualTo(before.settings().asMap());
    assertThat(repo.attributes.values()).noneMatch(v -> String.valueOf(v).startsWith("pw-"));
  }

  @ParameterizedTest
  @MethodSource("entries")
  void cloneIsDeep(Supplier<ClusterJobEntry> factory) {
    ClusterJobEntry original = filled(factory);
    ClusterJobEntry copy = (ClusterJobEntry) original.clone();
    assertThat(copy.settings().asMap()).isEqualTo(original.settings().asMap());
    copy.settings().setDefaults();
    assertThat(original.settings()).isEqualTo(filled(factory).settings());
  }

  @ParameterizedTest
  @MethodSource("entries")
  void theGoldenXmlPinsTheStorageFormat(Supplier<ClusterJobEntry> factory) throws Exception {
    ClusterJobEntry entry = filled(factory);
    Path golden = Path.of("src/test/resources/golden", AllEntries.slug(entry.getClass()) + ".xml");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, xml(entry), StandardCharsets.UTF_8);
    }
    assertThat(xml(entry)).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    ClusterJobEntry read = factory.get();
    read.loadXML(XMLHandler.loadXMLString(Files.readString(golden), "entry"), null, null, null, null);
    assertThat(read.settings().asMap()).isEqualTo(entry.settings().asMap());
  }

  /**
   * The golden files as the release before DC/OS mode and the Metronome URL wrote them (no dcos_*
   * or metronome_urls tags): every other setting loads as saved, the Metronome URL is its
   * variable, and the DC/OS cluster URL is empty rather than ${PDI_DCOS_URL}, so a saved job keeps
   * reaching its services as it did wherever PDI_DCOS_URL gets defined.
   */
  @ParameterizedTest
  @MethodSource("entriesOfThatRelease")
  void anEntrySavedBeforeDcosModeLoadsUnchangedAndIsNotDcos(Supplier<ClusterJobEntry> factory)
      throws Exception {
    Path old = Path.of("src/test/resources/golden/before-dcos",
        AllEntries.slug(factory.get().getClass()) + ".xml");
    ClusterJobEntry read = factory.get();
    read.loadXML(XMLHandler.loadXMLString(Files.readString(old), "entry"), null, null, null, null);
    assertThat(Files.readString(old)).doesNotContain("dcos_").doesNotContain("metronome_urls");
    assertThat(read.settings())
        .isEqualTo(SettingsFiller.beforeDcosAndMetronome(filled(factory).settings()));
    assertThat(read.settings().raw(ConnectionSettings.DCOS_URL)).isEmpty();
  }

  /**
   * What PDI does with a saved job: the {@code <type>} of each saved entry is its plugin id, which
   * PDI maps to the entry class through the {@code @JobEntry} annotations. The classes were
   * renamed (JobEntryMarathonDeploy, ...); the ids must not move with them.
   */
  @ParameterizedTest
  @MethodSource("entries")
  void aSavedEntryFindsItsClassByPluginIdAndLoads(Supplier<ClusterJobEntry> factory)
      throws Exception {
    String slug = AllEntries.slug(factory.get().getClass());
    Path golden = Path.of("src/test/resources/golden", slug + ".xml");
    org.w3c.dom.Node node = XMLHandler.loadXMLString(Files.readString(golden), "entry");
    String type = XMLHandler.getTagValue(node, "type");
    assertThat(type).isEqualTo(RELEASED_IDS.get(slug));
    ClusterJobEntry byId = AllEntries.all().stream().map(Supplier::get)
        .filter(e -> e.getClass().getAnnotation(JobEntry.class).id().equals(type))
        .findFirst().orElseThrow();
    byId.loadXML(node, null, null, null, null);
    assertThat(byId.getClass()).isEqualTo(factory.get().getClass());
    assertThat(byId.settings().asMap()).isEqualTo(filled(factory).settings().asMap());
  }

  /**
   * Before the checks had a wait switch, a timeout above 0 meant "check again until the criteria
   * hold" and 0 "check once"; a check saved then keeps doing what it did.
   */
  @Test
  void aCheckSavedBeforeItsWaitSwitchExistedKeepsItsBehaviour() throws Exception {
    for (ClusterJobEntry check : List.of(new JobEntryMesosClusterCheck(),
        new JobEntryWeaveNetworkCheck())) {
      Setting waitSwitch = check.settings().settings().stream()
          .filter(s -> s.tag().equals("wait")).findFirst().orElseThrow();
      check.loadXML(XMLHandler.loadXMLString("<entry><name>old</name>"
          + "<timeout_seconds>120</timeout_seconds></entry>", "entry"), null, null, null, null);
      assertThat(check.settings().bool(waitSwitch)).as(check.getName() + " with a timeout").isTrue();
      check.loadXML(XMLHandler.loadXMLString("<entry><name>old</name>"
          + "<timeout_seconds>0</timeout_seconds></entry>", "entry"), null, null, null, null);
      assertThat(check.settings().bool(waitSwitch)).as(check.getName() + " at 0").isFalse();
    }
  }

  /** The plugin ids as released, by docs page: saved jobs refer to them. */
  private static final java.util.Map<String, String> RELEASED_IDS = java.util.Map.ofEntries(
      java.util.Map.entry("mesos-check-cluster", "PdiMesosMesosCheckCluster"),
      java.util.Map.entry("weave-check-network", "PdiMesosWeaveCheckNetwork"),
      java.util.Map.entry("marathon-deploy-app", "PdiMesosMarathonDeployApp"),
      java.util.Map.entry("marathon-scale-app", "PdiMesosMarathonScaleApp"),
      java.util.Map.entry("marathon-restart-app", "PdiMesosMarathonRestartApp"),
      java.util.Map.entry("marathon-delete-app", "PdiMesosMarathonDeleteApp"),
      java.util.Map.entry("marathon-wait-for-app", "PdiMesosMarathonWaitForApp"),
      java.util.Map.entry("chronos-run-job", "PdiMesosChronosRunJob"),
      java.util.Map.entry("chronos-delete-job", "PdiMesosChronosDeleteJob"),
      java.util.Map.entry("chronos-submit-job", "PdiMesosChronosSubmitJob"),
      java.util.Map.entry("metronome-submit-job", "PdiMesosMetronomeSubmitJob"),
      java.util.Map.entry("metronome-run-job", "PdiMesosMetronomeRunJob"),
      java.util.Map.entry("metronome-delete-job", "PdiMesosMetronomeDeleteJob"));

  @ParameterizedTest
  @MethodSource("entries")
  void anEntryFromBeforeTheSettingsExistedLoadsTheDefaults(Supplier<ClusterJobEntry> factory) throws Exception {
    ClusterJobEntry read = filled(factory);
    read.loadXML(XMLHandler.loadXMLString("<entry><name>old</name></entry>", "entry"), null, null, null, null);
    // The defaults, but for the DC/OS cluster URL: a missing tag means "not DC/OS".
    assertThat(read.settings()).isEqualTo(new SettingValues(factory.get().settings().settings())
        .set(ConnectionSettings.DCOS_URL, ""));
  }

  @ParameterizedTest
  @MethodSource("entries")
  @SuppressWarnings("deprecation")
  void theDeprecatedOverloadsKeepTheSettingsToo(Supplier<ClusterJobEntry> factory) throws Exception {
    ClusterJobEntry before = filled(factory);
    ClusterJobEntry viaXml = factory.get();
    viaXml.loadXML(XMLHandler.loadXMLString(xml(before), "entry"), null, null, null);
    assertThat(viaXml.settings()).isEqualTo(before.settings());
    MapRepository repo = new MapRepository();
    before.setObjectId(new StringObjectId("e"));
    before.saveRep(repo.rep, new StringObjectId("j"));
    ClusterJobEntry viaRep = factory.get();
    viaRep.loadRep(repo.rep, new StringObjectId("e"), null, null);
    assertThat(viaRep.settings()).isEqualTo(before.settings());
  }
}
