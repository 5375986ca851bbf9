package io.pdimesos.core.marathon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the copied upstream Marathon fixtures from the test classpath. */
public final class MarathonFixtures {
  private MarathonFixtures() {}

  public static String text(String path) {
    String p = "/fixtures/marathon/" + path;
    try (InputStream in = MarathonFixtures.class.getResourceAsStream(p)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + p);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode json(String path) {
    try {
      return Json.MAPPER.readTree(text(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A {@code GET /v2/apps/{id}} body. Upstream has no valid sample (see SOURCES.md "Gaps"), so
   * one app of the 1.5 list fixture is wrapped as {@code {"app":…}}, as SOURCES.md suggests.
   */
  public static String appBody(String listFixture, int index, java.util.function.Consumer<ObjectNode> edit) {
    ObjectNode app = (ObjectNode) json(listFixture).get("apps").get(index).deepCopy();
    if (edit != null) {
      edit.accept(app);
    }
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.set("app", app);
    return Json.write(root);
  }

  public static final String HEALTHY_APPS = "responses/marathon-lb.GET-apps-embed-tasks.marathon-1.5.health.json";
  public static final String PLAIN_APPS = "responses/marathon-lb.GET-apps-embed-tasks.marathon-1.5.json";
  public static final String OLD_APPS = "responses/marathon-lb.GET-apps-embed-tasks.marathon-1.3-era.health.json";
}
