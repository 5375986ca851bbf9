package io.pdimesos.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.http.Json;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Keeps a few named fields of an item as a small tree, for a typed class that reads trees (a
 * Marathon app's id and deployments): only those fields are built, the rest of the item is left
 * to the selection or skipped.
 */
public final class KeptFields implements FieldReader {
  private final Set<String> names;
  private final ObjectNode kept = Json.MAPPER.createObjectNode();

  private KeptFields(Set<String> names) {
    this.names = names;
  }

  /** The names to keep, made once per reader. */
  public static Set<String> names(String... names) {
    return Collections.unmodifiableSet(new HashSet<String>(Arrays.asList(names)));
  }

  /** A fresh keeper for one item. */
  public static KeptFields of(Set<String> names) {
    return new KeptFields(names);
  }

  @Override
  public boolean wants(String name) {
    return names.contains(name);
  }

  @Override
  public void read(String name, JsonParser p) throws IOException {
    kept.set(name, Tokens.value(p));
  }

  /** The kept fields, as an object with only those (a repeated one keeps its last value). */
  public JsonNode tree() {
    return kept;
  }
}
