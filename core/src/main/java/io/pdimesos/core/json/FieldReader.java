package io.pdimesos.core.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * A typed reader of an object's fields (a task's id, its statuses), fed by a
 * {@link PointerSelection.Capture} in the same pass that takes the selected values.
 */
public interface FieldReader {
  /** Whether {@link #read} wants the value of field {@code name}. */
  boolean wants(String name);

  /**
   * Reads the value of field {@code name}: the parser is on the value's first token and must be
   * left on its last (a scalar: not moved; an object or array: on its closing token).
   */
  void read(String name, JsonParser p) throws IOException;

  /**
   * For an object value that both this reader and the selection want (a task's resources, when
   * a row shows {@code /resources/cpus}): a reader of that object's fields, so the object is read
   * once for both; its {@link #end} follows the object's last field. Null (the default) reads the
   * value through {@link #read} from a copy of its tokens instead.
   */
  default FieldReader fields(String name) {
    return null;
  }

  /** After the last field of an object read through {@link #fields}. */
  default void end() {}
}
