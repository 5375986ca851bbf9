package io.pdimesos.plugin;

/** One row of a {@link SettingKind#KEY_VALUES} setting. Immutable. */
public final class KeyValue {
  private final String key;
  private final String value;

  public KeyValue(String key, String value) {
    this.key = key == null ? "" : key;
    this.value = value == null ? "" : value;
  }

  public String key() {
    return key;
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof KeyValue)) {
      return false;
    }
    KeyValue other = (KeyValue) o;
    return key.equals(other.key) && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return key.hashCode() * 31 + value.hashCode();
  }

  @Override
  public String toString() {
    return key + "=" + value;
  }
}
