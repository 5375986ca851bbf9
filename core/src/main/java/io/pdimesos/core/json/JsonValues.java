package io.pdimesos.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON values of one item that a read kept: every path of an item kept whole
 * ({@link #of(JsonNode)}), or only the pointers a {@link PointerSelection} selected.
 */
public abstract class JsonValues {
  private static final Map<String, JsonPointer> POINTERS =
      new ConcurrentHashMap<String, JsonPointer>();
  private static final int MAX_CACHED_POINTERS = 4096;

  JsonValues() {}

  /** Every path of {@code item}. */
  public static JsonValues of(JsonNode item) {
    return new Whole(item);
  }

  /**
   * The value at {@code pointer}: a node (JSON null is a null node), or null when the item has
   * nothing there.
   *
   * @throws IllegalArgumentException when the read did not select {@code pointer}
   */
  public abstract JsonNode at(String pointer);

  /** The item as a tree when it was kept whole, else null. */
  public JsonNode whole() {
    return null;
  }

  private static final class Whole extends JsonValues {
    private final JsonNode item;

    Whole(JsonNode item) {
      this.item = item;
    }

    @Override
    public JsonNode at(String pointer) {
      JsonNode n = item.at(pointer(pointer));
      return n.isMissingNode() ? null : n;
    }

    @Override
    public JsonNode whole() {
      return item;
    }

    @Override
    public String toString() {
      return item.toString();
    }

    private static JsonPointer pointer(String path) {
      JsonPointer p = POINTERS.get(path);
      if (p == null) {
        p = JsonPointer.compile(path);
        if (POINTERS.size() < MAX_CACHED_POINTERS) {
          POINTERS.put(path, p);
        }
      }
      return p;
    }
  }
}
