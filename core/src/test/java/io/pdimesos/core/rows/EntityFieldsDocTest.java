package io.pdimesos.core.rows;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.metronome.MetronomeClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The entity tables of {@code docs/core.md} ("Cluster state as rows") are generated from
 * {@link EntityReader#defaultFields()}: this test fails when they differ, and rewrites them when
 * run with {@code -Drows.docs.write=true}.
 */
class EntityFieldsDocTest {
  private static final Path DOC = Path.of("..", "docs", "core.md");
  // no request is made: the readers only declare their fields here
  private static final ServiceSettings NOWHERE = ServiceSettings.builder()
      .urls("http://127.0.0.1:9").build();

  @Test
  void theMesosTablesMatchTheReaders() throws IOException {
    MesosClient mesos = new MesosClient(NOWHERE, ProgressListener.NONE);
    check("mesos", MesosEntities.CODES, code -> MesosEntities.reader(code, mesos));
  }

  @Test
  void theMarathonTablesMatchTheReaders() throws IOException {
    MarathonClient marathon = new MarathonClient(NOWHERE, ProgressListener.NONE);
    check("marathon", MarathonEntities.CODES, code -> MarathonEntities.reader(code, marathon));
  }

  @Test
  void theMetronomeTablesMatchTheReaders() throws IOException {
    MetronomeClient metronome = new MetronomeClient(NOWHERE, ProgressListener.NONE);
    check("metronome", MetronomeEntities.CODES,
        code -> MetronomeEntities.reader(code, metronome));
    for (String code : MetronomeEntities.CODES) {
      assertFields(MetronomeEntities.reader(code, metronome));
    }
  }

  @Test
  void everyDefaultFieldNameIsUniqueSnakeCaseAndDescribed() {
    MesosClient mesos = new MesosClient(NOWHERE, ProgressListener.NONE);
    MarathonClient marathon = new MarathonClient(NOWHERE, ProgressListener.NONE);
    for (String code : MesosEntities.CODES) {
      assertFields(MesosEntities.reader(code, mesos));
    }
    for (String code : MarathonEntities.CODES) {
      assertFields(MarathonEntities.reader(code, marathon));
    }
  }

  private static void assertFields(EntityReader reader) {
    List<SourceField> fields = reader.defaultFields();
    assertThat(fields).as(reader.code()).isNotEmpty();
    assertThat(fields).extracting(SourceField::name).as(reader.code()).doesNotHaveDuplicates()
        .allMatch(n -> n.matches("[a-z][a-z0-9_]*"));
    assertThat(fields).extracting(SourceField::description).as(reader.code())
        .allMatch(d -> !d.isEmpty());
  }

  static String render(String system, List<String> codes, Function<String, EntityReader> readers) {
    StringBuilder sb = new StringBuilder();
    sb.append(start(system)).append('\n');
    for (String code : codes) {
      EntityReader r = readers.apply(code);
      sb.append('\n').append("`").append(code).append("`");
      sb.append(r.filters().isEmpty() ? " (no filters)"
          : " (filters: " + String.join(", ", r.filters()) + ")");
      sb.append("\n\n| field | type | source | meaning |\n|---|---|---|---|\n");
      for (SourceField f : r.defaultFields()) {
        sb.append("| ").append(f.name()).append(" | ").append(f.type()).append(" | `")
            .append(f.path()).append("` | ").append(f.description().replace("|", "\\|"))
            .append(" |\n");
      }
    }
    sb.append('\n').append(end(system));
    return sb.toString();
  }

  private static String start(String system) {
    return "<!-- rows:" + system + " (generated from defaultFields() by EntityFieldsDocTest) -->";
  }

  private static String end(String system) {
    return "<!-- /rows:" + system + " -->";
  }

  private static void check(String system, List<String> codes,
      Function<String, EntityReader> readers) throws IOException {
    String expected = render(system, codes, readers);
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int from = doc.indexOf(start(system));
    int to = doc.indexOf(end(system));
    if (Boolean.getBoolean("rows.docs.write") && from >= 0 && to > from) {
      doc = doc.substring(0, from) + expected + doc.substring(to + end(system).length());
      Files.writeString(DOC, doc, StandardCharsets.UTF_8);
      from = doc.indexOf(start(system));
      to = doc.indexOf(end(system));
    }
    assertThat(from).as("marker " + start(system) + " in " + DOC).isNotNegative();
    assertThat(doc.substring(from, to + end(system).length()))
        .as("the %s tables of %s (rerun with -Drows.docs.write=true)", system, DOC)
        .isEqualTo(expected);
  }
}
