package io.pdimesos.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Properties;
import java.util.jar.JarFile;

/**
 * The plugin's English texts as the installed jar ships them (every messages_en_US bundle), so
 * tests expect what a user reads without copying it into the test.
 */
final class PluginTexts {
  private final Properties texts = new Properties();

  PluginTexts(PdiWorkspace workspace) {
    try (JarFile jar = new JarFile(workspace.pluginFolder().resolve(BuiltPlugin.folder() + ".jar").toFile())) {
      for (var entry : Collections.list(jar.entries())) {
        if (entry.getName().endsWith("/messages/messages_en_US.properties")) {
          try (InputStream in = jar.getInputStream(entry)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of {@code key} as PDI shows it: always through MessageFormat ('' is a quote). */
  String get(String key, Object... args) {
    String value = texts.getProperty(key);
    if (value == null) {
      throw new AssertionError("the plugin's bundles do not define " + key);
    }
    return new MessageFormat(value).format(args);
  }

  /** A setting's label (its label key plus {@code .Label}). */
  String label(String labelKey) {
    return get(labelKey + ".Label");
  }
}
