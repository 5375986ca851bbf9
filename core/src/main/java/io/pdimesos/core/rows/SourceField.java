package io.pdimesos.core.rows;

/**
 * One value an entity's records offer: its default output name, its type, where it comes from, and
 * what it means (for the docs). Immutable.
 *
 * <p>The source path is either a JSON Pointer into the entity's item as the server sent it
 * ({@code /resources/cpus}, {@code /labels}, {@code /statuses/0/state}), so users can reach any
 * value the server reports, or {@code @name} for a value the reader derives or carries from the
 * context the item came in ({@code @framework_name}, {@code @ip_addresses}, {@code @router_url}).
 * Each entity lists its {@code @} names among its default fields.
 */
public final class SourceField {
  private final String name;
  private final FieldType type;
  private final String path;
  private final String description;
  /** The name of a derived value, without its {@code @}; null for a pointer. */
  private final String derivedName;

  public SourceField(String name, FieldType type, String path, String description) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("A field needs a name");
    }
    if (path == null || !(path.startsWith("/") || path.startsWith("@"))) {
      throw new IllegalArgumentException("Field '" + name + "': source path '" + path
          + "' must be a JSON Pointer (/a/b) or a derived value (@name)");
    }
    this.name = name;
    this.type = type == null ? FieldType.STRING : type;
    this.path = path;
    this.description = description == null ? "" : description;
    this.derivedName = path.startsWith("@") ? path.substring(1) : null;
  }

  public static SourceField of(String name, FieldType type, String path, String description) {
    return new SourceField(name, type, path, description);
  }

  public String name() {
    return name;
  }

  public FieldType type() {
    return type;
  }

  public String path() {
    return path;
  }

  public String description() {
    return description;
  }

  public boolean derived() {
    return derivedName != null;
  }

  /** The derived value's name ({@code framework_name} for {@code @framework_name}), or null. */
  String derivedName() {
    return derivedName;
  }

  /** The same source under another output name or type (the user's choice in the step). */
  public SourceField as(String newName, FieldType newType) {
    return new SourceField(newName, newType, path, description);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SourceField)) {
      return false;
    }
    SourceField f = (SourceField) o;
    return name.equals(f.name) && type == f.type && path.equals(f.path);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + path.hashCode();
  }

  @Override
  public String toString() {
    return name + " " + type + " <- " + path;
  }
}
