package io.pdimesos.it.harness;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pentaho.di.core.KettleEnvironment;
import org.pentaho.di.core.injection.bean.BeanInjectionInfo;
import org.pentaho.di.core.row.ValueMetaInterface;
import org.pentaho.di.core.xml.XMLHandler;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.StepInjectionMetaEntry;
import org.pentaho.di.trans.step.StepMeta;
import org.pentaho.di.trans.step.StepMetaInjectionInterface;
import org.pentaho.di.trans.step.StepMetaInterface;

/**
 * Metadata injection into a template transformation through PDI's real engine, the way its ETL
 * Metadata Injection step ("MetaInject", plugins/meta-inject upstream) goes about it:
 *
 * <ol>
 *   <li>which path it takes for a step: {@code BeanInjectionInfo.isInjectionSupported(metaClass)}
 *       (the {@code @InjectionSupported} annotations), else the step's
 *       {@code getStepMetaInjectionInterface()}; and whether PDI's annotation path could reflect
 *       over the meta class at all ({@code getDeclaredMethods()} of it and of each superclass, as
 *       BeanLevelInfo does);</li>
 *   <li>the injection itself on that legacy path, as MetaInject's oldInjection builds it: the
 *       step's own entries ({@code getStepInjectionMetadataEntries()}), a top-level entry per value,
 *       typed as MetaInject types a Data Grid cell (String, Boolean, Long), and for a list the
 *       root entry cloned with one clone of its row template per row;
 *       {@code injectStepMetadataEntries()}; then the template saved through getXML().</li>
 * </ol>
 *
 * <p>Arguments: the report file, the template .ktr, the values file (lines {@code step TAB KEY TAB
 * value} or {@code step TAB LIST_KEY TAB row number TAB CELL_KEY TAB value}), the .ktr to write.
 */
public final class InjectionProbe {
  private InjectionProbe() {}

  public static void main(String[] args) throws Exception {
    Report report = new Report(args[0]);
    KettleEnvironment.init();
    TransMeta template = new TransMeta(args[1]);
    Map<String, Map<String, Object>> scalars = new LinkedHashMap<String, Map<String, Object>>();
    Map<String, Map<String, List<Map<String, String>>>> lists =
        new LinkedHashMap<String, Map<String, List<Map<String, String>>>>();
    readValues(args[2], scalars, lists);

    for (StepMeta step : template.getSteps()) {
      StepMetaInterface meta = step.getStepMetaInterface();
      if (!scalars.containsKey(step.getName()) && !lists.containsKey(step.getName())) {
        continue;
      }
      Class<?> type = meta.getClass();
      report.put("annotation-path", step.getName(), BeanInjectionInfo.isInjectionSupported(type));
      try {
        // BeanLevelInfo.introspect reflects the class and, through getGenericSuperclass, each superclass.
        int methods = 0;
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
          methods += c.getDeclaredMethods().length;
        }
        report.put("declared-methods", step.getName(), methods);
      } catch (Throwable e) {
        report.error("declared-methods", e, step.getName());
      }
      StepMetaInjectionInterface injection = meta.getStepMetaInjectionInterface();
      if (injection == null) {
        report.put("legacy-path", step.getName(), "none");
        continue;
      }
      List<StepInjectionMetaEntry> offered = injection.getStepInjectionMetadataEntries();
      for (StepInjectionMetaEntry entry : offered) {
        report.put("offered", step.getName(), entry.getKey(), entry.getValueType(), entry.getDescription());
      }
      List<StepInjectionMetaEntry> inject = new ArrayList<StepInjectionMetaEntry>();
      Map<String, Object> values = scalars.get(step.getName());
      if (values != null) {
        for (Map.Entry<String, Object> value : values.entrySet()) {
          StepInjectionMetaEntry entry = find(offered, value.getKey()).clone();
          entry.setValue(typed(entry.getValueType(), (String) value.getValue()));
          inject.add(entry);
        }
      }
      Map<String, List<Map<String, String>>> stepLists = lists.get(step.getName());
      if (stepLists != null) {
        for (Map.Entry<String, List<Map<String, String>>> list : stepLists.entrySet()) {
          inject.add(listEntry(find(offered, list.getKey()), list.getValue()));
        }
      }
      injection.injectStepMetadataEntries(inject);
      report.put("injected", step.getName(), inject.size());
    }
    Writer out = new OutputStreamWriter(new FileOutputStream(args[3]), StandardCharsets.UTF_8);
    out.write(XMLHandler.getXMLHeader());
    out.write(template.getXML());
    out.close();
    report.close();
    System.exit(0);
  }

  /** The root entry cloned, its details one clone of the row template per row, cells valued by key. */
  private static StepInjectionMetaEntry listEntry(StepInjectionMetaEntry root, List<Map<String, String>> rows) {
    StepInjectionMetaEntry list = root.clone();
    list.setDetails(new ArrayList<StepInjectionMetaEntry>());
    StepInjectionMetaEntry rowTemplate = root.getDetails().get(0);
    for (Map<String, String> cells : rows) {
      StepInjectionMetaEntry row = rowTemplate.clone();
      row.setDetails(new ArrayList<StepInjectionMetaEntry>());
      for (StepInjectionMetaEntry cellTemplate : rowTemplate.getDetails()) {
        StepInjectionMetaEntry cell = cellTemplate.clone();
        cell.setValue(typed(cell.getValueType(), cells.get(cell.getKey())));
        row.getDetails().add(cell);
      }
      list.getDetails().add(row);
    }
    return list;
  }

  private static StepInjectionMetaEntry find(List<StepInjectionMetaEntry> offered, String key) {
    for (StepInjectionMetaEntry entry : offered) {
      if (entry.getKey().equals(key)) {
        return entry;
      }
    }
    throw new IllegalArgumentException("the step offers no injection key " + key);
  }

  /** As MetaInject reads a Data Grid cell for an entry of this type. */
  private static Object typed(int valueType, String text) {
    if (text == null) {
      return null;
    }
    switch (valueType) {
      case ValueMetaInterface.TYPE_BOOLEAN:
        return Boolean.valueOf("Y".equalsIgnoreCase(text) || "true".equalsIgnoreCase(text));
      case ValueMetaInterface.TYPE_INTEGER:
        return Long.valueOf(text);
      default:
        return text;
    }
  }

  private static void readValues(String file, Map<String, Map<String, Object>> scalars,
      Map<String, Map<String, List<Map<String, String>>>> lists) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(file), StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] f = line.split("\t", -1);
      if (f.length == 3) {
        scalarsOf(scalars, f[0]).put(f[1], f[2]);
      } else {
        Map<String, List<Map<String, String>>> stepLists = lists.get(f[0]);
        if (stepLists == null) {
          stepLists = new LinkedHashMap<String, List<Map<String, String>>>();
          lists.put(f[0], stepLists);
        }
        List<Map<String, String>> rows = stepLists.get(f[1]);
        if (rows == null) {
          rows = new ArrayList<Map<String, String>>();
          stepLists.put(f[1], rows);
        }
        int row = Integer.parseInt(f[2]);
        while (rows.size() <= row) {
          rows.add(new LinkedHashMap<String, String>());
        }
        rows.get(row).put(f[3], f[4]);
      }
    }
    in.close();
  }

  private static Map<String, Object> scalarsOf(Map<String, Map<String, Object>> scalars, String step) {
    Map<String, Object> values = scalars.get(step);
    if (values == null) {
      values = new LinkedHashMap<String, Object>();
      scalars.put(step, values);
    }
    return values;
  }
}
