package io.pdimesos.core.rows;

/**
 * The type of one output value, engine-neutral (the steps map it to PDI's value metas). Each type
 * says how a JSON value or a derived value becomes a Java value; see {@link Record#value}.
 */
public enum FieldType {
  /** {@link String}: text as is; numbers and booleans as JSON writes them; arrays of scalars
   * joined with ","; objects and other arrays as compact JSON. */
  STRING,
  /** {@link Long}: whole numbers; a decimal is truncated; numeric text is parsed. */
  INTEGER,
  /** {@link Double}. */
  NUMBER,
  /** {@link Boolean}: JSON booleans, and the texts true/false/Y/N. */
  BOOLEAN,
  /** {@link java.util.Date}: an ISO 8601 text (Marathon, Chronos), or a number of seconds since
   * the epoch (Mesos writes seconds with a fraction). */
  DATE,
  /** {@link String}: the value's compact JSON, whatever it is (labels, ports, resources). */
  JSON
}
