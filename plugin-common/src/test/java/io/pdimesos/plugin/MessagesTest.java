package io.pdimesos.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pentaho.di.i18n.BaseMessages;

/** Every message plugin-common uses resolves in en_US, and no bundle line loses an apostrophe. */
class MessagesTest {
  @BeforeAll
  static void english() {
    Locale.setDefault(Locale.US);
  }

  private static void assertResolves(Class<?> pkg, String key) {
    assertThat(BaseMessages.getString(pkg, key)).as(key).doesNotStartWith("!").isNotBlank();
  }

  @Test
  void connectionSettingsHaveLabelsAndTooltips() {
    for (Setting s : ConnectionSettings.SETTINGS) {
      assertResolves(s.messagesClass(), s.labelKey());
      assertResolves(s.messagesClass(), s.tooltipKey());
    }
  }

  @Test
  void everyMessageKeyInTheCodeResolves() throws Exception {
    Pattern key = Pattern.compile("\"(SettingValues\\.Check\\.[A-Za-z]+)\"");
    int found = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        Matcher m = key.matcher(Files.readString(f));
        while (m.find()) {
          assertResolves(SettingValues.class, m.group(1));
          found++;
        }
      }
    }
    assertThat(found).isGreaterThanOrEqualTo(5);
  }

  @Test
  void noBundleHasALoneApostrophe() throws Exception {
    Pattern lone = Pattern.compile("(?<!')'(?!')");
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".properties"))::iterator) {
        for (String line : Files.readAllLines(f)) {
          assertThat(lone.matcher(line).find()).as(f + ": " + line).isFalse();
        }
      }
    }
  }
}
