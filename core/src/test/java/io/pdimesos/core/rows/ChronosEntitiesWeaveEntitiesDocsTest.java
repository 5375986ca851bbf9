package io.pdimesos.core.rows;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.weave.WeaveClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The default field tables of docs/core.md ("Cluster state as rows: Chronos and Weave") must be
 * exactly what the readers declare: name, type and source, in order.
 */
class ChronosEntitiesWeaveEntitiesDocsTest {
  /** Never asked: the readers are only made, to list their fields. */
  private static final String LOCAL_ROUTER = "http://127.0.0.1:6784";
  private static final Path DOC = Path.of("..", "docs", "core.md");
  private static final Pattern ROW = Pattern.compile(
      "^\\| `([^`]+)` \\| (\\w+) \\| `([^`]+)` \\| (.+) \\|$");

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"Chronos, jobs", "Weave, peers", "Weave, connections", "Weave, ipam",
      "Weave, dns"})
  void theDocumentedTableIsTheDefaultFieldList(String system, String code) throws IOException {
    EntityReader reader = system.equals("Chronos") ? ChronosEntities.reader(code, null)
        : WeaveEntities.reader(code, List.of(WeaveClient.forUrl(LOCAL_ROUTER,
            ServiceSettings.builder().urls(LOCAL_ROUTER).build(), null)));
    List<String> documented = table(Files.readAllLines(DOC), "#### " + system + " `" + code
        + "`");
    List<String> declared = new ArrayList<>();
    for (SourceField f : reader.defaultFields()) {
      declared.add(f.name() + " " + f.type() + " " + f.path() + " " + f.description());
    }
    assertThat(documented).as("docs/core.md table of %s %s", system, code)
        .containsExactlyElementsOf(declared);
  }

  private static List<String> table(List<String> lines, String heading) {
    int start = lines.indexOf(heading);
    assertThat(start).as("heading '%s' in docs/core.md", heading).isNotNegative();
    List<String> rows = new ArrayList<>();
    for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
      Matcher m = ROW.matcher(lines.get(i));
      if (m.matches()) {
        rows.add(m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4));
      }
    }
    return rows;
  }
}
