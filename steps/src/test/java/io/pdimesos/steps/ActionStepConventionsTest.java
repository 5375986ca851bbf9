package io.pdimesos.steps;

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
import org.pentaho.di.core.annotations.Step;
import org.pentaho.di.i18n.BaseMessages;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.StepMeta;

/**
 * The rules every action step follows: the annotation's texts and every setting's label and
 * tooltip resolve in en_US; the icon is a 32x32 SVG at the declared path; the docs page exists
 * and its settings table matches the declarations (regenerate with -Ddocs.update=true).
 */
class ActionStepConventionsTest {
  @BeforeAll
  static void english() {
    Locale.setDefault(Locale.US);
  }

  static Stream<Supplier<ActionStepMeta>> steps() {
    return AllActionSteps.all().stream();
  }

  private static void assertResolves(Class<?> pkg, String key) {
    assertThat(BaseMessages.getString(pkg, key)).as(pkg.getPackage().getName() + ": " + key)
        .doesNotStartWith("!").isNotBlank();
  }

  @ParameterizedTest
  @MethodSource("steps")
  void annotationTextsResolveInEnglish(Supplier<ActionStepMeta> factory) {
    ActionStepMeta meta = factory.get();
    Class<?> c = meta.getClass();
    Step a = c.getAnnotation(Step.class);
    assertThat(a.id()).startsWith("PdiMesos").doesNotContain(",");
    assertThat(a.i18nPackageName()).isEqualTo(c.getPackage().getName());
    for (String key : List.of(a.name(), a.description(), a.categoryDescription())) {
      assertResolves(c, key);
    }
    assertThat(BaseMessages.getString(c, a.categoryDescription())).isEqualTo("Mesos Cluster");
    assertThat(meta.supportsErrorHandling()).isTrue();
    TransMeta transMeta = new TransMeta();
    assertThat(meta.getStep(new StepMeta("s", meta), meta.getStepData(), 0, transMeta, new Trans(transMeta)))
        .isInstanceOf(RowActionStep.class);
  }

  @ParameterizedTest
  @MethodSource("steps")
  void everySettingHasALabelAndATooltip(Supplier<ActionStepMeta> factory) {
    for (Setting s : factory.get().settings().settings()) {
      assertResolves(s.messagesClass(), s.labelKey());
      assertResolves(s.messagesClass(), s.tooltipKey());
    }
    for (String key : List.of("ActionStepMeta.Check.NoInput", "ActionStepMeta.Check.FieldNeeded",
        "ActionStepMeta.Check.FieldMissing", "ActionStepMeta.Check.OutputTwice",
        "ActionStepMeta.Check.OutputIsInput")) {
      assertResolves(ActionStepMeta.class, key);
    }
  }

  @ParameterizedTest
  @MethodSource("steps")
  void theIconIsA32By32SvgAtTheDeclaredPath(Supplier<ActionStepMeta> factory) throws Exception {
    Class<?> c = factory.get().getClass();
    String image = c.getAnnotation(Step.class).image();
    assertThat(image).startsWith(c.getPackage().getName().replace('.', '/') + "/").endsWith(".svg");
    try (InputStream in = c.getClassLoader().getResourceAsStream(image)) {
      assertThat(in).as(image).isNotNull();
      String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(svg).contains("viewBox=\"0 0 32 32\"");
      assertThat(javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new java.io.ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
          .getDocumentElement().getNodeName()).isEqualTo("svg");
    }
  }

  @ParameterizedTest
  @MethodSource("steps")
  void theDocsPageListsExactlyTheDeclaredSettings(Supplier<ActionStepMeta> factory) throws Exception {
    ActionStepMeta meta = factory.get();
    String url = meta.getClass().getAnnotation(Step.class).documentationUrl();
    assertThat(url).isEqualTo(ClusterStepMeta.DOCS_BASE + AllActionSteps.slug(meta.getClass()) + ".md");
    Path page = Path.of("..", "docs", "steps", AllActionSteps.slug(meta.getClass()) + ".md");
    String table = SettingsDoc.table(meta.settings().settings());
    if (Boolean.getBoolean("docs.update")) {
      Files.writeString(page, SettingsDoc.replaceRegion(Files.readString(page), table));
    }
    assertThat(SettingsDoc.region(Files.readString(page))).as(page + " (regenerate with -Ddocs.update=true)")
        .isEqualTo(table);
  }
}
