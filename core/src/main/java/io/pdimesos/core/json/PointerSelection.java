package io.pdimesos.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.pdimesos.core.http.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Pointers compiled into one matcher over Jackson's token stream. An item (a task, an app,
 * a peer) is read once, token by token: the values the pointers name are built, and every other
 * subtree is skipped with {@code skipChildren()}, so no tree of the item is ever made. A value
 * that is itself an object or array is kept as a tree, but only that subtree (a field of type
 * JSON, or a text field joining an array).
 *
 * <p>The values equal what {@code item.at(pointer)} gives on the item read as a tree: same node
 * types and numbers, a repeated key keeps its last value, a segment that is a number also
 * indexes an array. {@link #whole()} keeps the whole item instead, for readers asked for every
 * path.
 *
 * <p>A reader that needs some fields of the item for itself (a typed task's id, its statuses)
 * reads them through a {@link FieldReader} in the same pass: a field both want is read once and
 * handed to both.
 */
public final class PointerSelection {
  private static final PointerSelection NONE =
      new PointerSelection(Collections.<String, Integer>emptyMap(), new Node(), false);
  private static final PointerSelection WHOLE =
      new PointerSelection(Collections.<String, Integer>emptyMap(), new Node(), true);

  private final Map<String, Integer> slots;
  private final Node root;
  private final boolean whole;

  private PointerSelection(Map<String, Integer> slots, Node root, boolean whole) {
    this.slots = slots;
    this.root = root;
    this.whole = whole;
  }

  /**
   * The values at {@code pointers} (each a JSON Pointer such as {@code /resources/cpus}; a
   * repeated one is selected once).
   *
   * @throws IllegalArgumentException when one is not a JSON Pointer (names it)
   */
  public static PointerSelection of(Collection<String> pointers) {
    Map<String, Integer> slots = new LinkedHashMap<String, Integer>();
    Node root = new Node();
    for (String text : pointers) {
      if (slots.containsKey(text)) {
        continue;
      }
      JsonPointer pointer;
      try {
        pointer = JsonPointer.compile(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + text + "' is not a JSON Pointer: "
            + e.getMessage(), e);
      }
      if (pointer.matches()) {
        throw new IllegalArgumentException("'" + text + "' names the whole item, not a value");
      }
      int slot = slots.size();
      slots.put(text, slot);
      root.add(pointer, slot);
    }
    root.seal();
    return slots.isEmpty() ? NONE : new PointerSelection(slots, root, false);
  }

  /** Nothing: items are skipped except for what a {@link FieldReader} reads. */
  public static PointerSelection none() {
    return NONE;
  }

  /** Every path: the item is kept as a tree, for readers asked for any path at all. */
  public static PointerSelection whole() {
    return WHOLE;
  }

  public boolean isWhole() {
    return whole;
  }

  /** Starts reading one item; feed it the item's fields, then take its {@link Capture#values}. */
  public Capture capture() {
    return new Capture(this);
  }

  /**
   * Reads the object the parser is on (its {@code START_OBJECT}) up to its {@code END_OBJECT}:
   * the selected values, and the fields {@code typed} wants.
   */
  public JsonValues read(JsonParser p, FieldReader typed) throws IOException {
    Capture c = capture();
    c.object(p, typed);
    return c.values();
  }

  Integer slot(String pointer) {
    return slots.get(pointer);
  }

  @Override
  public String toString() {
    return whole ? "whole item" : slots.keySet().toString();
  }

  /** The values of one item, field by field. Not thread-safe; one per item. */
  public static final class Capture {
    private final PointerSelection selection;
    private final JsonNode[] values;
    private final ObjectNode item;

    Capture(PointerSelection selection) {
      this.selection = selection;
      this.values = new JsonNode[selection.slots.size()];
      this.item = selection.whole ? Json.MAPPER.createObjectNode() : null;
    }

    /**
     * Reads every field of the object the parser is on (at {@code START_OBJECT}), leaving it on
     * the object's {@code END_OBJECT}.
     */
    public void object(JsonParser p, FieldReader typed) throws IOException {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        field(name, p, typed);
      }
    }

    /**
     * One field of the item: the parser is on its value's first token and is left on its last.
     * The value goes to the selected pointers under {@code name} and, when it wants it, to
     * {@code typed}; it is read once either way.
     */
    public void field(String name, JsonParser p, FieldReader typed) throws IOException {
      if (item != null) {
        JsonNode v = Tokens.value(p);
        item.set(name, v);
        if (typed != null && typed.wants(name)) {
          typed.read(name, Tokens.replay(v));
        }
        return;
      }
      field(selection.root, name, p, typed);
    }

    /** Field {@code name} of the object at {@code parent}: to the selection, to typed, or skipped. */
    private void field(Node parent, String name, JsonParser p, FieldReader typed)
        throws IOException {
      Node child = parent.child(name);
      boolean typedWants = typed != null && typed.wants(name);
      if (child == null) {
        if (typedWants) {
          typed.read(name, p);
        } else {
          p.skipChildren();
        }
        return;
      }
      child.clear(values); // a repeated key: its last value wins, as in a tree
      if (!typedWants) {
        child.walk(p, values);
      } else if (!p.currentToken().isStructStart()) {
        typed.read(name, p); // a scalar stays the current token for the next reader
        child.walk(p, values);
      } else if (child.slots.length > 0) {
        JsonNode v = Tokens.value(p);
        child.take(v, values);
        typed.read(name, Tokens.replay(v));
      } else {
        FieldReader inner = p.currentToken() == JsonToken.START_OBJECT ? typed.fields(name)
            : null;
        if (inner != null) {
          // Both want parts of this object: walk its fields once, each to whoever wants it.
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String n = p.currentName();
            p.nextToken();
            field(child, n, p, inner);
          }
          inner.end();
        } else {
          // Copy the tokens once, read the copy twice.
          TokenBuffer copy = TokenBuffer.asCopyOfValue(p);
          typed.read(name, started(copy.asParser()));
          child.walk(started(copy.asParser()), values);
        }
      }
    }

    /** What was selected from the item (only these pointers can be asked for). */
    public JsonValues values() {
      return item != null ? JsonValues.of(item) : new SelectedValues(selection, values);
    }

    private static JsonParser started(JsonParser p) throws IOException {
      p.nextToken();
      return p;
    }
  }

  /** One step of the compiled pointers: what ends here, and where they go on. */
  private static final class Node {
    private int[] slots = new int[0];
    /** Pointers continuing under a property name (or an array index written as one). */
    private Map<String, Node> children;
    /** The same children by array index, for segments that are one. */
    private Node[] elements;
    /** Every slot at or under this node, cleared when its key repeats. */
    private int[] subtree = new int[0];
    /** Slots under this node, with the rest of their pointer, for when this node is kept. */
    private List<Below> below = Collections.emptyList();

    void add(JsonPointer pointer, int slot) {
      Node n = this;
      for (JsonPointer p = pointer; !p.matches(); p = p.tail()) {
        if (n.children == null) {
          n.children = new HashMap<String, Node>();
        }
        Node next = n.children.get(p.getMatchingProperty());
        if (next == null) {
          next = new Node();
          n.children.put(p.getMatchingProperty(), next);
        }
        n = next;
      }
      n.slots = append(n.slots, slot);
    }

    /** Fills the derived tables, once all pointers are in; returns {@link #subtree}. */
    int[] seal() {
      int[] all = slots;
      List<Below> rest = new ArrayList<Below>();
      if (children != null) {
        Map<Integer, Node> byIndex = new HashMap<Integer, Node>();
        int maxIndex = -1;
        for (Map.Entry<String, Node> e : children.entrySet()) {
          Node c = e.getValue();
          all = concat(all, c.seal());
          JsonPointer step = JsonPointer.compile("/" + escape(e.getKey()));
          for (int s : c.slots) {
            rest.add(new Below(s, step));
          }
          for (Below b : c.below) {
            rest.add(new Below(b.slot, step.append(b.rest)));
          }
          if (step.getMatchingIndex() >= 0) {
            byIndex.put(step.getMatchingIndex(), c);
            maxIndex = Math.max(maxIndex, step.getMatchingIndex());
          }
        }
        if (maxIndex >= 0) {
          elements = new Node[maxIndex + 1];
          for (Map.Entry<Integer, Node> e : byIndex.entrySet()) {
            elements[e.getKey()] = e.getValue();
          }
        }
      }
      subtree = all;
      below = rest;
      return all;
    }

    Node child(String name) {
      return children == null ? null : children.get(name);
    }

    void clear(JsonNode[] values) {
      for (int s : subtree) {
        values[s] = null;
      }
    }

    /** The parser is on a value's first token; leaves it on its last. */
    void walk(JsonParser p, JsonNode[] values) throws IOException {
      if (slots.length > 0) {
        take(Tokens.value(p), values);
        return;
      }
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          Node c = children.get(p.currentName());
          p.nextToken();
          if (c == null) {
            p.skipChildren();
          } else {
            c.clear(values);
            c.walk(p, values);
          }
        }
      } else if (t == JsonToken.START_ARRAY) {
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          Node c = elements != null && i < elements.length ? elements[i] : null;
          i++;
          if (c == null) {
            p.skipChildren();
          } else {
            c.walk(p, values);
          }
        }
      }
      // a scalar where a pointer goes deeper: nothing there, as with at() on a tree
    }

    /** This node's value was kept whole: it and every pointer below it come from the tree. */
    void take(JsonNode v, JsonNode[] values) {
      for (int s : slots) {
        values[s] = v;
      }
      for (Below b : below) {
        JsonNode n = v.at(b.rest);
        values[b.slot] = n.isMissingNode() ? null : n;
      }
    }

    private static String escape(String segment) {
      return segment.replace("~", "~0").replace("/", "~1");
    }

    private static int[] append(int[] a, int v) {
      int[] out = Arrays.copyOf(a, a.length + 1);
      out[a.length] = v;
      return out;
    }

    private static int[] concat(int[] a, int[] b) {
      int[] out = Arrays.copyOf(a, a.length + b.length);
      System.arraycopy(b, 0, out, a.length, b.length);
      return out;
    }
  }

  /** A pointer that goes on below a node: its slot and the rest of its path from there. */
  private static final class Below {
    final int slot;
    final JsonPointer rest;

    Below(int slot, JsonPointer rest) {
      this.slot = slot;
      this.rest = rest;
    }
  }

  /** The values of one item that a selection took. */
  private static final class SelectedValues extends JsonValues {
    private final PointerSelection selection;
    private final JsonNode[] values;

    SelectedValues(PointerSelection selection, JsonNode[] values) {
      this.selection = selection;
      this.values = values;
    }

    @Override
    public JsonNode at(String pointer) {
      Integer slot = selection.slot(pointer);
      if (slot == null) {
        throw new IllegalArgumentException("'" + pointer + "' was not selected for this read ("
            + selection + ")");
      }
      return values[slot];
    }

    @Override
    public String toString() {
      return Arrays.toString(values);
    }
  }
}
