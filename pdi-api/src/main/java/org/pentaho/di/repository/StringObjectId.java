package org.pentaho.di.repository;

public class StringObjectId implements ObjectId, Comparable<StringObjectId> {
  public StringObjectId(String a0) {
    id = a0;
  }

  public StringObjectId(ObjectId a0) {
    id = a0 == null ? null : a0.getId();
  }

  public boolean equals(Object a0) {
    return a0 instanceof ObjectId && id != null && id.equals(((ObjectId) a0).getId());
  }

  public int hashCode() {
    return id == null ? 0 : id.hashCode();
  }

  public int compareTo(StringObjectId a0) {
    return id.compareTo(a0.id);
  }

  public String toString() {
    return id;
  }

  public String getId() {
    return id;
  }

  private final String id;
}
