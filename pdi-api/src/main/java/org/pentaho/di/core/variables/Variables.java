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

  public void copyVariablesFrom(VariableSpace a0) {
    if (a0 == null || a0 == this) {
      return;
    }
    for (String name : a0.listVariables()) {
      String value = a0.getVariable(name);
      if (value != null) {
        properties.put(name, value);
      }
    }
  }

  public VariableSpace getParentVariableSpace() {
    return parent;
  }

  public void setParentVariableSpace(VariableSpace a0) {
    parent = a0;
  }

  public String getVariable(String a0, String a1) {
    String value = a0 == null ? null : properties.get(a0);
    return value == null ? a1 : value;
  }

  public String getVariable(String a0) {
    return a0 == null ? null : properties.get(a0);
  }

  public boolean getBooleanValueOfVariable(String a0, boolean a1) {
    // PDI passes an expression such as "${FLAG}" here, not a bare name.
    if (a0 != null && !a0.isEmpty()) {
      String value = environmentSubstitute(a0);
      if (value != null && !value.isEmpty()) {
        return ValueMetaBase.convertStringToBoolean(value);
      }
    }
    return a1;
  }

  public void initializeVariablesFrom(VariableSpace a0) {
    parent = a0;
    for (String name : System.getProperties().stringPropertyNames()) {
      properties.put(name, System.getProperty(name));
    }
    if (a0 != null) {
      copyVariablesFrom(a0);
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

  public void setVariable(String a0, String a1) {
    if (a1 != null) {
      properties.put(a0, a1);
    } else {
      properties.remove(a0);
    }
  }

  public String environmentSubstitute(String a0) {
    return VariableSubstitution.substitute(a0, properties, false);
  }

  public String environmentSubstitute(String a0, boolean a1) {
    return VariableSubstitution.substitute(a0, properties, a1);
  }

  public String fieldSubstitute(String a0, RowMetaInterface a1, Object[] a2) throws KettleValueException {
    return VariableSubstitution.substituteFields(a0, a1, a2);
  }

  public String[] environmentSubstitute(String[] a0) {
    if (a0 == null) {
      return null;
    }
    String[] out = new String[a0.length];
    for (int i = 0; i < a0.length; i++) {
      out[i] = environmentSubstitute(a0[i]);
    }
    return out;
  }

  public void shareVariablesWith(VariableSpace a0) {
    // PDI's Variables does nothing here: sharing is done by the objects that own a Variables instance.
  }

  public void injectVariables(Map<String, String> a0) {
    if (a0 == null) {
      return;
    }
    if (initialized) {
      for (Map.Entry<String, String> e : a0.entrySet()) {
        if (e.getKey() != null && !e.getKey().isEmpty()) {
          properties.put(e.getKey(), e.getValue() == null ? "" : e.getValue());
        }
      }
      injection = null;
    } else {
      injection = new HashMap<String, String>(a0);
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
