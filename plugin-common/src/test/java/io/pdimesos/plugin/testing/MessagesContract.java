package io.pdimesos.plugin.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.plugin.testing.MessageKeys.Use;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The i18n guard, as each plugin module runs it over its own {@code src/main}: every text the code
 * looks up resolves in the en_US bundle of its package, the guard names a key that is removed
 * (so it cannot pass by finding nothing), no bundle line loses an apostrophe, and no class uses
 * Jackson or okhttp itself (HTTP and JSON live in core). A module extends it and names texts the
 * guard must find; the first is the one the removal test takes away.
 */
public abstract class MessagesContract {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path BUNDLES = Path.of("src/main/resources");

  /** Keys the code of this module looks up, which the guard must therefore find. */
  protected abstract List<String> keysInTheCode();

  @Test
  void everyMessageKeyInTheCodeResolves() {
    List<Use> uses = MessageKeys.inCode(SOURCES);
    assertThat(uses).extracting(Use::key).containsAll(keysInTheCode());
    assertThat(MessageKeys.unresolved(uses, BUNDLES)).isEmpty();
  }

  @Test
  void theGuardFailsWhenAKeyIsRemoved(@TempDir Path copy) {
    List<Use> uses = MessageKeys.inCode(SOURCES);
    Use removed = uses.stream().filter(u -> u.key().equals(keysInTheCode().get(0))).findFirst()
        .orElseThrow();
    assertThat(MessageKeys.unresolved(uses, MessageKeys.withoutKey(BUNDLES, removed, copy)))
        .containsExactly(removed);
  }

  @Test
  void noBundleHasALoneApostrophe() {
    assertThat(MessageKeys.loneApostrophes(BUNDLES)).isEmpty();
  }

  @Test
  void noClassUsesJacksonOrOkhttpItself() throws Exception {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        assertThat(Files.readString(f)).as(f.toString()).doesNotContain("com.fasterxml")
            .doesNotContain("okhttp3");
      }
    }
  }
}
