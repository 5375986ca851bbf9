package io.pdimesos.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.rows.SourceField;
import io.pdimesos.plugin.ClusterConnection;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingsDoc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pentaho.di.core.annotations.Step;
import org.pentaho.di.trans.TransMeta;

/**
 * The generated parts of a step's page in docs/steps/: the settings table (plugin-common's
 * {@link SettingsDoc}) and, for an input step, each entity's default fields. A page keeps each
 * part between its markers, so the prose around them is free; {@link #assertInSync} fails when a
 * page and the declarations disagree, and rewrites the parts with {@code -Ddocs.update=true}.
 */
final class StepDocs {
  static final String FIELDS_BEGIN =
      "<!-- fields:begin (generated from the entities' defaultFields; do not edit) -->";
  static final String FIELDS_END = "<!-- fields:end -->";

  /** One generated part of a page: its markers and its content. */
  record Part(String begin, String end, String content) {}

  private StepDocs() {}

  /** The page name from the step's documentation URL, e.g. mesos-state-input. */
  static String slug(Class<?> metaClass) {
    String url = metaClass.getAnnotation(Step.class).documentationUrl();
    return url.substring(url.lastIndexOf('/') + 1, url.length() - ".md".length());
  }

  /** The page of a step, from the module's directory (where Maven runs the tests). */
  static Path page(Class<?> metaClass) {
    return Path.of("..", "docs", "steps", slug(metaClass) + ".md");
  }

  /** The settings part of any step's page. */
  static Part settings(ClusterStepMeta meta) {
    return new Part(SettingsDoc.BEGIN, SettingsDoc.END,
        SettingsDoc.table(meta.settings().settings()));
  }

  /** The entities part of an input step's page: per entity its filters and default fields. */
  static Part entities(InputStepMeta meta) {
    InputStepMeta m = (InputStepMeta) meta.clone();
    m.settings().set(InputRun.serviceUrls(m), "http://127.0.0.1:1");
    ClusterConnection connection = ClusterConnection.resolve(m.settings(), new TransMeta());
    StringBuilder md = new StringBuilder();
    for (String entity : m.entitySetting().choices()) {
      List<String> filters = new ArrayList<>();
      for (String code : m.reader(entity, connection, ProgressListener.NONE).filters()) {
        filters.add(label(m, code) + " (`" + code + "`)");
      }
      md.append("\n#### `").append(entity).append("`\n\n")
          .append("Filters: ").append(filters.isEmpty() ? "none" : String.join(", ", filters))
          .append(".\n\n")
          .append("| Field | Type | Source path | Meaning |\n|---|---|---|---|\n");
      for (SourceField f : m.defaultFields(entity)) {
        md.append("| ").append(f.name()).append(" | ")
            .append(InputSettings.typeCode(f.type())).append(" | `").append(f.path())
            .append("` | ").append(f.description().replace("|", "\\|")).append(" |\n");
      }
    }
    return new Part(FIELDS_BEGIN, FIELDS_END, md.append('\n').toString());
  }

  private static String label(InputStepMeta m, String filterCode) {
    for (Setting s : m.settings().settings()) {
      if (s.tag().equals(filterCode)) {
        return s.label();
      }
    }
    throw new AssertionError(m.getClass().getSimpleName() + " declares no setting for filter "
        + filterCode + ", which its reader honours");
  }

  /** Each part of the page equals what the declarations generate (rewritten on docs.update). */
  static void assertInSync(Class<?> metaClass, List<Part> parts) throws IOException {
    Path page = page(metaClass);
    String text = Files.readString(page, StandardCharsets.UTF_8);
    if (Boolean.getBoolean("docs.update")) {
      for (Part p : parts) {
        text = replace(text, p);
      }
      Files.writeString(page, text, StandardCharsets.UTF_8);
    }
    for (Part p : parts) {
      assertThat(region(text, p)).as(page + " between " + p.begin()
          + " (regenerate with -Ddocs.update=true)").isEqualTo(p.content());
    }
  }

  static String replace(String page, Part p) {
    int begin = page.indexOf(p.begin());
    int end = page.indexOf(p.end());
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("The page has no " + p.begin() + " ... " + p.end());
    }
    return page.substring(0, begin + p.begin().length()) + "\n" + p.content()
        + page.substring(end);
  }

  static String region(String page, Part p) {
    int begin = page.indexOf(p.begin());
    int end = page.indexOf(p.end());
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("The page has no " + p.begin() + " ... " + p.end());
    }
    return page.substring(begin + p.begin().length() + 1, end);
  }
}
