package io.pdimesos.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Upstream fixtures from the test classpath: {@code fixtures/<system>/<file>}, from this artifact
 * (what several modules share, see its SOURCES.md files) or from the module's own test resources.
 */
public final class Fixtures {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Fixtures() {}

  /** The text of {@code fixtures/<path>}, e.g. {@code marathon/examples/info.json}. */
  public static String text(String path) {
    String p = "/fixtures/" + path;
    try (InputStream in = Fixtures.class.getResourceAsStream(p)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + p + " on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #text} parsed as JSON. */
  public static JsonNode json(String path) {
    try {
      return MAPPER.readTree(text(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
