package io.pdimesos.core.error;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A server's JSON has a field of the wrong type ({@code "instances":"three"}) or lacks one a
 * reader needs. Thrown by the JSON readers, which do not know the request; the client that made
 * it adds that with {@link #answeredBy} so the message names the field and the server. Values of
 * the wrong type are never coerced into data: a count read as 1 from "three" would be a lie.
 */
public class UnexpectedJsonException extends BadResponseException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String problem;

  private UnexpectedJsonException(String field, String problem, String request, int status,
      String method, String url) {
    super((request == null ? "" : request + " answered HTTP " + status + " with JSON whose ")
        + "field '" + field + "' " + problem, status, method, url, null);
    this.field = field;
    this.problem = problem;
  }

  /** "is a string ("three") where a number was expected". */
  public static UnexpectedJsonException wrongType(String field, JsonNode value,
      String expected) {
    return new UnexpectedJsonException(field, "is " + describe(value) + " where " + expected
        + " was expected", null, 0, null, null);
  }

  /** "is missing (an array was expected)". */
  public static UnexpectedJsonException missing(String field, String expected) {
    return new UnexpectedJsonException(field, "is missing (" + expected + " was expected)", null,
        0, null, null);
  }

  /** The field's name or path ({@code instances}, {@code slaves}). */
  public String field() {
    return field;
  }

  /** The same problem, said of the answer to {@code method url} with {@code status}. */
  public UnexpectedJsonException answeredBy(String method, String url, int status) {
    return new UnexpectedJsonException(field, problem, method + " " + url, status, method, url);
  }

  private static String describe(JsonNode v) {
    String kind = v.isTextual() ? "a string" : v.isNumber() ? "a number" : v.isBoolean()
        ? "a boolean" : v.isArray() ? "an array" : v.isObject() ? "an object" : "null";
    return v.isContainerNode() || v.isNull() ? kind
        : kind + " (" + Printable.quote(v.toString(), 40) + ")";
  }
}
