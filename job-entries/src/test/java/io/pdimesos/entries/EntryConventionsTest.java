package io.pdimesos.entries;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingsDoc;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pentaho.di.core.annotations.JobEntry;
import org.pentaho.di.i18n.BaseMessages;

/**
 * The rules every entry follows: the annotation's texts, every setting's label and tooltip and
 * every message key in the code resolves in en_US ({@link EntryMessagesTest}); the icon is a 32x32 SVG at the declared path;
 * the docs page exists and its settings table matches the declarations (regenerate the table
 * with -Ddocs.update=true).
 */
class EntryConventionsTest {

  @BeforeAll
  static void english() {
    Locale.setDefault(Locale.US);
  }

  static Stream<Supplier<ClusterJobEntry>> entries() {
    return AllEntries.all().stream();
  }

  private static void assertResolves(Class<?> pkg, String key) {
    assertThat(BaseMessages.getString(pkg, key)).as(pkg.getPackage().getName() + ": " + key)
        .doesNotStartWith("!").isNotBlank();
  }

  @ParameterizedTest
  @MethodSource("entries")
  void annotationTextsResolveInEnglish(Supplier<ClusterJobEntry> factory) {
    Class<?> c = factory.get().getClass();
    JobEntry a = c.getAnnotation(JobEntry.class);
    assertThat(a.id()).startsWith("PdiMesos").doesNotContain(",");
    assertThat(a.i18nPackageName()).isEqualTo(c.getPackage().getName());
    for (String key : List.of(a.name(), a.description(), a.categoryDescription())) {
      assertResolves(c, key);
    }
    assertThat(BaseMessages.getString(c, a.categoryDescription())).isEqualTo("Mesos Cluster");
    assertThat(factory.get().getPluginId()).isEqualTo(a.id());
    assertThat(factory.get().evaluates()).isTrue();
    assertThat(factory.get().getDialogClassName()).isEqualTo(c.getName() + "Dialog");
  }

  @ParameterizedTest
  @MethodSource("entries")
  void everySettingHasALabelAndATooltip(Supplier<ClusterJobEntry> factory) {
    for (Setting s : factory.get().settings().settings()) {
      assertResolves(s.messagesClass(), s.labelKey());
      assertResolves(s.messagesClass(), s.tooltipKey());
    }
  }

  @ParameterizedTest
  @MethodSource("entries")
  void theIconIsA32By32SvgAtTheDeclaredPath(Supplier<ClusterJobEntry> factory) throws Exception {
    Class<?> c = factory.get().getClass();
    String image = c.getAnnotation(JobEntry.class).image();
    assertThat(image).startsWith(c.getPackage().getName().replace('.', '/') + "/").endsWith(".svg");
    try (InputStream in = c.getClassLoader().getResourceAsStream(image)) {
      assertThat(in).as(image).isNotNull();
      String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(svg).contains("viewBox=\"0 0 32 32\"").contains("<svg");
      assertThat(javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new java.io.ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
          .getDocumentElement().getNodeName()).isEqualTo("svg");
    }
  }

  @ParameterizedTest
  @MethodSource("entries")
  void theDocsPageListsExactlyTheDeclaredSettings(Supplier<ClusterJobEntry> factory) throws Exception {
    ClusterJobEntry e = factory.get();
    String url = e.getClass().getAnnotation(JobEntry.class).documentationUrl();
    assertThat(url).isEqualTo(ClusterJobEntry.DOCS_BASE + AllEntries.slug(e.getClass()) + ".md");
    Path page = Path.of("..", "docs", "entries", AllEntries.slug(e.getClass()) + ".md");
    String table = SettingsDoc.table(e.settings().settings());
    if (Boolean.getBoolean("docs.update")) {
      Files.writeString(page, SettingsDoc.replaceRegion(Files.readString(page), table));
    }
    assertThat(SettingsDoc.region(Files.readString(page))).as(page + " (regenerate with -Ddocs.update=true)")
        .isEqualTo(table);
  }
}
