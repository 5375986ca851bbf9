package io.pdimesos.core.mesos;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.pdimesos.core.error.UnexpectedJsonException;
import io.pdimesos.core.json.FieldReader;
import io.pdimesos.core.json.Tokens;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A v0 resources object: {@code cpus}, {@code mem} and {@code disk} in MB, {@code gpus} (absent
 * before 1.0), ranges such as {@code ports} as Mesos writes them ({@code "[31000-32000]"}), and
 * any other named resource.
 */
public final class Resources {
  public static final Resources EMPTY = new Resources(
      Collections.<String, Double>emptyMap(), Collections.<String, String>emptyMap());

  private final Map<String, Double> scalars;
  private final Map<String, String> texts;

  private Resources(Map<String, Double> scalars, Map<String, String> texts) {
    this.scalars = scalars;
    this.texts = texts;
  }

  /**
   * Reads the resources object the parser is on (the value of {@code field}), leaving it on the
   * object's end: numbers as scalars, texts as ranges; members of other kinds add nothing. Null
   * is no resources; a value that is not an object is a wrong type.
   */
  static Resources read(JsonParser p, String field) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return EMPTY;
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw UnexpectedJsonException.wrongType(field, Tokens.value(p), "an object");
    }
    Reader r = new Reader();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      r.read(name, p);
    }
    return r.build();
  }

  /**
   * A reader of a resources object's fields for a typed item that reads it in the same pass as a
   * selection: {@code into} gets the resources after the object's last field.
   */
  static FieldReader reader(final Consumer<Resources> into) {
    return new Reader() {
      @Override
      public void end() {
        into.accept(build());
      }
    };
  }

  /** Reads a resources object field by field (also when a selection reads it in the pass). */
  private static class Reader implements FieldReader {
    private Map<String, Double> scalars;
    private Map<String, String> texts;

    @Override
    public boolean wants(String name) {
      return true;
    }

    @Override
    public void read(String name, JsonParser p) throws IOException {
      if (scalars == null) {
        scalars = new LinkedHashMap<String, Double>();
        texts = new LinkedHashMap<String, String>();
      }
      JsonToken v = p.currentToken();
      // A repeated name keeps only its last value, as a tree would.
      if (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT) {
        scalars.put(name, p.getDoubleValue());
        texts.remove(name);
      } else if (v == JsonToken.VALUE_STRING) {
        texts.put(name, p.getText());
        scalars.remove(name);
      } else {
        p.skipChildren();
        scalars.remove(name);
        texts.remove(name);
      }
    }

    Resources build() {
      return scalars == null ? EMPTY : new Resources(Collections.unmodifiableMap(scalars),
          Collections.unmodifiableMap(texts));
    }
  }

  public double cpus() {
    return scalar("cpus");
  }

  public double mem() {
    return scalar("mem");
  }

  public double disk() {
    return scalar("disk");
  }

  public double gpus() {
    return scalar("gpus");
  }

  /** Port ranges as Mesos writes them, e.g. {@code "[31000-32000]"}, or null. */
  public String ports() {
    return texts.get("ports");
  }

  /** A scalar resource by name, 0 when absent. */
  public double scalar(String name) {
    Double v = scalars.get(name);
    return v == null ? 0 : v;
  }

  public Map<String, Double> scalars() {
    return scalars;
  }

  /** Range and set resources by name, as strings. */
  public Map<String, String> ranges() {
    return texts;
  }

  @Override
  public String toString() {
    return "cpus=" + cpus() + ", mem=" + mem() + ", disk=" + disk()
        + (ports() == null ? "" : ", ports=" + ports());
  }
}
