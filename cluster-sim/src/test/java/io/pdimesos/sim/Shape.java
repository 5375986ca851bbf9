package io.pdimesos.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Recursive shape comparison of an emulator answer against a real upstream body: every key of the
 * fixture is present with the same JSON type (numbers are one type: upstream mixes 2 and 2.0);
 * the emulator may only add keys named in {@code allowedExtra} (keys upstream has in other
 * versions or captures). Fixture keys the emulator legitimately omits (optional in upstream) are
 * listed in {@code optional}. Paths look like {@code /slaves[]/resources/ports}.
 */
final class Shape {
  static final ObjectMapper MAPPER = new ObjectMapper();

  /** Objects whose keys are data, not schema. */
  static final Set<String> FREE_MAPS = Set.of("flags", "attributes", "reserved_resources", "labels",
      "env", "environment");

  private Shape() {}

  static JsonNode fixture(String path) {
    try (InputStream in = Shape.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String path) {
    try (InputStream in = Shape.class.getResourceAsStream("/fixtures/" + path)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> diff(JsonNode fixture, JsonNode actual, Set<String> optional, Set<String> allowedExtra) {
    List<String> out = new ArrayList<>();
    walk("", fixture, actual, optional, allowedExtra, out);
    return out;
  }

  /** Deep union of two sample elements; keys only one side has become optional. */
  private static JsonNode merge(String path, JsonNode u, JsonNode e, Set<String> optional) {
    if (u.isNull()) {
      return e;
    }
    if (!u.isObject() || !e.isObject() || FREE_MAPS.contains(path.substring(path.lastIndexOf('/') + 1))) {
      return u;
    }
    com.fasterxml.jackson.databind.node.ObjectNode out = (com.fasterxml.jackson.databind.node.ObjectNode) u;
    for (Iterator<String> it = u.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!e.has(k)) {
        optional.add(path + "/" + k);
      }
    }
    for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!out.has(k)) {
        optional.add(path + "/" + k);
        out.set(k, e.get(k));
      } else {
        out.set(k, merge(path + "/" + k, out.get(k), e.get(k), optional));
      }
    }
    return out;
  }

  private static String type(JsonNode n) {
    if (n.isNumber()) {
      return "number";
    }
    return n.getNodeType().name().toLowerCase();
  }

  private static void walk(String path, JsonNode f, JsonNode a, Set<String> optional,
      Set<String> extra, List<String> out) {
    if (f.isNull()) {
      return; // null upstream: the type is not pinned by this fixture
    }
    if (!type(f).equals(type(a))) {
      out.add(path + ": fixture " + type(f) + " but emulator " + type(a));
      return;
    }
    if (f.isObject() && FREE_MAPS.contains(path.substring(path.lastIndexOf('/') + 1))) {
      // free-key maps (flags, attributes, labels, env): only the value types must agree
      if (f.size() > 0) {
        JsonNode sample = f.elements().next();
        for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
          String k = it.next();
          walk(path + "/" + k, sample, a.get(k), optional, extra, out);
        }
      }
      return;
    }
    if (f.isObject()) {
      for (Iterator<String> it = f.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        String p = path + "/" + k;
        if (!a.has(k)) {
          if (!optional.contains(p) && !optional.contains(k)) {
            out.add(p + ": missing in emulator");
          }
          continue;
        }
        walk(p, f.get(k), a.get(k), optional, extra, out);
      }
      for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        String p = path + "/" + k;
        if (!f.has(k) && !extra.contains(p) && !extra.contains(k)) {
          out.add(p + ": extra key in emulator");
        }
      }
    } else if (f.isArray() && f.size() > 0 && a.size() > 0) {
      // Elements are compared with the union of all fixture elements; a key only some fixture
      // elements have is optional for the emulator too.
      Set<String> localOptional = new java.util.HashSet<>(optional);
      JsonNode union = f.get(0).deepCopy();
      for (int i = 1; i < f.size(); i++) {
        union = merge(path + "[]", union, f.get(i), localOptional);
      }
      for (int i = 0; i < Math.min(5, a.size()); i++) {
        walk(path + "[]", union, a.get(i), localOptional, extra, out);
      }
    }
  }

}
