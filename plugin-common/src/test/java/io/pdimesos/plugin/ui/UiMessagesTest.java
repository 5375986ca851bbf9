package io.pdimesos.plugin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.plugin.SettingTab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pentaho.di.i18n.BaseMessages;

/** Every text the dialog builder shows resolves in en_US (needs no display). */
class UiMessagesTest {
  @BeforeAll
  static void english() {
    Locale.setDefault(Locale.US);
  }

  @Test
  void everyTabHasATitle() {
    for (SettingTab tab : SettingTab.values()) {
      assertThat(tab.label()).as(tab.name()).doesNotStartWith("!").isNotBlank();
    }
    assertThat(SettingTab.OUTPUT.label()).isEqualTo("Output fields");
  }

  @Test
  void everyKeyInTheBuilderResolves() throws Exception {
    Pattern key = Pattern.compile("\"(Settings(?:Form|Dialog)\\.[A-Za-z.]+[A-Za-z])\"");
    int found = 0;
    try (Stream<Path> files = Files.list(Path.of("src/main/java/io/pdimesos/plugin/ui"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Matcher m = key.matcher(Files.readString(f));
        while (m.find()) {
          found++;
          assertThat(BaseMessages.getString(SettingsDialog.class, m.group(1))).as(m.group(1))
              .doesNotStartWith("!").isNotBlank();
        }
      }
    }
    assertThat(found).isGreaterThanOrEqualTo(7);
  }

  @Test
  void theNameLabelsForEntriesAndStepsResolve() {
    for (String key : new String[] {"SettingsDialog.EntryName.Label",
        "SettingsDialog.StepName.Label"}) {
      assertThat(BaseMessages.getString(SettingsDialog.class, key)).as(key).doesNotStartWith("!");
    }
  }
}
