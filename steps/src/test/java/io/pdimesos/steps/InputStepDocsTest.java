package io.pdimesos.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pentaho.di.core.annotations.Step;

/**
 * Each input step's page in docs/steps/ exists where its @Step documentationUrl points, and its
 * settings table and entity field tables match the declarations (regenerate them with
 * -Ddocs.update=true).
 */
class InputStepDocsTest {
  @BeforeAll
  static void english() {
    Locale.setDefault(Locale.US);
  }

  static Stream<Supplier<InputStepMeta>> steps() {
    return AllInputSteps.all().stream();
  }

  @ParameterizedTest
  @MethodSource("steps")
  void thePageMatchesTheDeclarations(Supplier<InputStepMeta> factory) throws Exception {
    InputStepMeta meta = factory.get();
    String url = meta.getClass().getAnnotation(Step.class).documentationUrl();
    assertThat(url).isEqualTo(ClusterStepMeta.DOCS_BASE + StepDocs.slug(meta.getClass()) + ".md");
    assertThat(StepDocs.page(meta.getClass())).exists();
    StepDocs.assertInSync(meta.getClass(),
        List.of(StepDocs.settings(meta), StepDocs.entities(meta)));
  }

  @ParameterizedTest
  @MethodSource("steps")
  void thePageNamesEveryEntity(Supplier<InputStepMeta> factory) throws Exception {
    InputStepMeta meta = factory.get();
    String page = Files.readString(StepDocs.page(meta.getClass()));
    for (String entity : meta.entitySetting().choices()) {
      assertThat(page).contains("#### `" + entity + "`");
    }
    assertThat(page).contains("![").contains("## Example");
  }

  @ParameterizedTest
  @MethodSource("steps")
  void theAnnotationTextsAndEverySettingResolveInEnglish(Supplier<InputStepMeta> factory) {
    Class<?> c = factory.get().getClass();
    Step a = c.getAnnotation(Step.class);
    assertThat(a.id()).startsWith("PdiMesos");
    assertThat(a.i18nPackageName()).isEqualTo(c.getPackage().getName());
    for (String key : List.of(a.name(), a.description(), a.categoryDescription())) {
      assertThat(org.pentaho.di.i18n.BaseMessages.getString(c, key)).as(key)
          .doesNotStartWith("!").isNotBlank();
    }
    assertThat(org.pentaho.di.i18n.BaseMessages.getString(c, a.categoryDescription()))
        .isEqualTo("Mesos Cluster");
    assertThat(c.getClassLoader().getResource(a.image())).as(a.image()).isNotNull();
    for (io.pdimesos.plugin.Setting s : factory.get().settings().settings()) {
      assertThat(s.label()).as(s.tag()).doesNotStartWith("!").isNotBlank();
      assertThat(s.tooltip()).as(s.tag()).doesNotStartWith("!").isNotBlank();
    }
  }
}
