package org.pentaho.di.core.variables;

import io.pdimesos.pdiapi.VariableSubstitution;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.pentaho.di.core.row.value.ValueMetaBase;

import java.util.Map;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.row.RowMetaInterface;

public class Variables implements VariableSpace {
  public Variables() {
  }

  public void copyVariablesFrom(VariableSpace space) {
    if (space == null || space == this) {
      return;
    }
    for (String name : space.listVariables()) {
      String value = space.getVariable(name);
      if (value != null) {
        properties.put(name, value);
      }
    }
  }

  public VariableSpace getParentVariableSpace() {
    return parent;
  }

  public void setParentVariableSpace(VariableSpace space) {
    parent = space;
  }

  public String getVariable(String text, String text2) {
    String value = text == null ? null : properties.get(text);
    return value == null ? text2 : value;
  }

  public String getVariable(String text) {
    return text == null ? null : properties.get(text);
  }

  public boolean getBooleanValueOfVariable(String text, boolean flag) {
    // PDI passes an expression such as "${FLAG}" here, not a bare name.
    if (text != null && !text.isEmpty()) {
      String value = environmentSubstitute(text);
      if (value != null && !value.isEmpty()) {
        return ValueMetaBase.convertStringToBoolean(value);
      }
    }
    return flag;
  }

  public void initializeVariablesFrom(VariableSpace space) {
    parent = space;
    for (String name : System.getProperties().stringPropertyNames()) {
      properties.put(name, System.getProperty(name));
    }
    if (space != null) {
      copyVariablesFrom(space);
    }
    if (injection != null) {
      properties.putAll(injection);
      injection = null;
    }
    initialized = true;
  }

  public String[] listVariables() {
    return properties.keySet().toArray(new String[0]);
  }

  public void setVariable(String text, String text2) {
    if (text2 != null) {
      properties.put(text, text2);
    } else {
      properties.remove(text);
    }
  }

  public String environmentSubstitute(String text) {
    return VariableSubstitution.substitute(text, properties, false);
  }

  public String environmentSubstitute(String text, boolean flag) {
    return VariableSubstitution.substitute(text, properties, flag);
  }

  public String fieldSubstitute(String text, RowMetaInterface rowMeta, Object[] row) throws KettleValueException {
    return VariableSubstitution.substituteFields(text, rowMeta, row);
  }

  public String[] environmentSubstitute(String[] texts) {
    if (texts == null) {
      return null;
    }
    String[] out = new String[texts.length];
    for (int i = 0; i < texts.length; i++) {
      out[i] = environmentSubstitute(texts[i]);
    }
    return out;
  }

  public void shareVariablesWith(VariableSpace space) {
    // PDI's Variables does nothing here: sharing is done by the objects that own a Variables instance.
  }

  public void injectVariables(Map<String, String> map) {
    if (map == null) {
      return;
    }
    if (initialized) {
      for (Map.Entry<String, String> e : map.entrySet()) {
        if (e.getKey() != null && !e.getKey().isEmpty()) {
          properties.put(e.getKey(), e.getValue() == null ? "" : e.getValue());
        }
      }
      injection = null;
    } else {
      injection = new HashMap<String, String>(map);
    }
  }

  public static VariableSpace getADefaultVariableSpace() {
    VariableSpace space = new Variables();
    space.initializeVariablesFrom(null);
    return space;
  }

  private final Map<String, String> properties = new ConcurrentHashMap<String, String>();
  private VariableSpace parent;
  private Map<String, String> injection;
  private boolean initialized;
}
