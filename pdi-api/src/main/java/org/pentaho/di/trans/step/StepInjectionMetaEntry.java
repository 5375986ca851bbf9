package org.pentaho.di.trans.step;

import java.util.ArrayList;
import java.util.List;

public class StepInjectionMetaEntry implements Cloneable {
  private String key;
  private Object value;
  private String description;
  private int valueType;
  private List<StepInjectionMetaEntry> details;

  public StepInjectionMetaEntry(String key, Object value, int valueType, String description) {
    this.key = key;
    this.value = value;
    this.valueType = valueType;
    this.description = description;
    details = new ArrayList<StepInjectionMetaEntry>();
  }

  public StepInjectionMetaEntry(String key, int valueType, String description) {
    this(key, null, valueType, description);
  }

  public String toString() {
    // PDI names the type through ValueMetaFactory; the mirror shows its number.
    return "{" + key + ":" + valueType + (value == null ? "" : "(" + value.toString() + ")") + "}";
  }

  public StepInjectionMetaEntry clone() {
    // Shallow, as in PDI: the copy shares the details list until setDetails replaces it.
    try {
      return (StepInjectionMetaEntry) super.clone();
    } catch (CloneNotSupportedException e) {
      throw new RuntimeException(e);
    }
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public Object getValue() {
    return value;
  }

  public void setValue(Object value) {
    this.value = value;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public int getValueType() {
    return valueType;
  }

  public void setValueType(int valueType) {
    this.valueType = valueType;
  }

  public List<StepInjectionMetaEntry> getDetails() {
    return details;
  }

  public void setDetails(List<StepInjectionMetaEntry> details) {
    this.details = details;
  }
}
