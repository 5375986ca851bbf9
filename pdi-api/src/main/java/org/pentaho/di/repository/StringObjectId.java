package org.pentaho.di.repository;

public class StringObjectId implements ObjectId, Comparable<StringObjectId> {
  public StringObjectId(String text) {
    id = text;
  }

  public StringObjectId(ObjectId id2) {
    id = id2 == null ? null : id2.getId();
  }

  public boolean equals(Object value) {
    return value instanceof ObjectId && id != null && id.equals(((ObjectId) value).getId());
  }

  public int hashCode() {
    return id == null ? 0 : id.hashCode();
  }

  public int compareTo(StringObjectId stringObjectId) {
    return id.compareTo(stringObjectId.id);
  }

  public String toString() {
    return id;
  }

  public String getId() {
    return id;
  }

  private final String id;
}
