package io.pdimesos.steps.samples;

import io.pdimesos.pdiapi.StepChain;
import io.pdimesos.steps.ClusterStepMeta;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.pentaho.di.core.annotations.Step;
import org.pentaho.di.core.row.RowMeta;
import org.pentaho.di.core.row.ValueMetaInterface;
import org.pentaho.di.core.row.value.ValueMetaInteger;
import org.pentaho.di.core.row.value.ValueMetaString;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.StepErrorMeta;
import org.pentaho.metastore.api.IMetaStore;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Runs the project's steps of a sample .ktr the way Pan would, on the pdi-api mirror: parameters set
 * from their defaults (then overridden), each of our steps found by its type id and loaded through
 * its own loadXML, the hops and error hops of the file, all run by {@link StepChain} in hop order.
 * PDI's own steps are not re-implemented: a CSV file input becomes a source whose rows this runner
 * reads from the file the step names (with the field layout the step declares), a text file output
 * a sink that collects what reaches it. Any other PDI step type fails: the samples use only these.
 */
final class PanLikeRunner {
  static final String CSV_INPUT = "CsvInput";
  static final String TEXT_FILE_OUTPUT = "TextFileOutput";
  /** Far more processRow calls than any sample needs; a step that never ends fails the run. */
  static final long MAX_CALLS = 10_000;

  record Hop(String from, String to) {}

  record ErrorHandling(String source, String target, String nrErrors, String descriptions,
      String fields, String codes) {}

  private final Path ktr;
  private final Map<String, String> parameters = new LinkedHashMap<>();
  private final Map<String, Element> steps = new LinkedHashMap<>();
  private final List<Hop> hops = new ArrayList<>();
  private final Map<String, ErrorHandling> errorHandling = new LinkedHashMap<>();

  PanLikeRunner(Path ktr) throws Exception {
    this.ktr = ktr.toAbsolutePath().normalize();
    Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(this.ktr.toFile()).getDocumentElement();
    for (Element p : children(child(child(root, "info"), "parameters"), "parameter")) {
      parameters.put(text(p, "name"), text(p, "default_value"));
    }
    for (Element s : children(root, "step")) {
      steps.put(text(s, "name"), s);
    }
    for (Element h : children(child(root, "order"), "hop")) {
      if ("Y".equals(text(h, "enabled"))) {
        hops.add(new Hop(text(h, "from"), text(h, "to")));
      }
    }
    for (Element e : children(child(root, "step_error_handling"), "error")) {
      if ("Y".equals(text(e, "is_enabled"))) {
        errorHandling.put(text(e, "source_step"), new ErrorHandling(text(e, "source_step"),
            text(e, "target_step"), text(e, "nr_valuename"), text(e, "descriptions_valuename"),
            text(e, "fields_valuename"), text(e, "codes_valuename")));
      }
    }
  }

  Path file() {
    return ktr;
  }

  Map<String, String> parameters() {
    return parameters;
  }

  Map<String, Element> steps() {
    return steps;
  }

  List<Hop> hops() {
    return hops;
  }

  Map<String, ErrorHandling> errorHandling() {
    return errorHandling;
  }

  /**
   * Builds the chain of this transformation: variables as Pan sets them (parameter defaults, the
   * overrides, the file's own directory), then every step, then the hops. Run it with
   * {@code chain.run(MAX_CALLS)}.
   */
  StepChain chain(Map<String, String> overrides) throws Exception {
    TransMeta transMeta = new TransMeta();
    Trans trans = new Trans(transMeta);
    parameters.forEach(trans::setVariable);
    overrides.forEach(trans::setVariable);
    trans.setVariable("Internal.Transformation.Filename.Directory", ktr.getParent().toString());
    StepChain chain = new StepChain(transMeta, trans);
    for (Element s : steps.values()) {
      String name = text(s, "name");
      String type = text(s, "type");
      if (CSV_INPUT.equals(type)) {
        csvSource(chain, trans, name, s);
      } else if (TEXT_FILE_OUTPUT.equals(type)) {
        chain.sink(name);
      } else {
        ClusterStepMeta meta = load(s);
        chain.step(name, meta, meta.getStepData());
      }
    }
    for (Hop h : hops) {
      ErrorHandling e = errorHandling.get(h.from());
      if (e != null && e.target().equals(h.to())) {
        StepErrorMeta meta = chain.errorHop(h.from(), h.to());
        meta.setNrErrorsValuename(e.nrErrors());
        meta.setErrorDescriptionsValuename(e.descriptions());
        meta.setErrorFieldsValuename(e.fields());
        meta.setErrorCodesValuename(e.codes());
      } else {
        chain.hop(h.from(), h.to());
      }
    }
    return chain;
  }

  /** One of our steps, as PDI makes it: a new meta of the type's class, then its loadXML. */
  static ClusterStepMeta load(Element step) throws Exception {
    ClusterStepMeta meta = stepTypes().get(text(step, "type"));
    if (meta == null) {
      throw new IllegalArgumentException("Not a step type this runner knows: " + text(step, "type")
          + " (step " + text(step, "name") + ")");
    }
    meta.loadXML(step, new ArrayList<>(), (IMetaStore) null);
    return meta;
  }

  /**
   * Every @Step class of the steps module, found the way PDI's scan finds them (by the annotation
   * on the compiled classes), each as a new instance keyed by its id.
   */
  static Map<String, ClusterStepMeta> stepTypes() throws IOException, ReflectiveOperationException,
      URISyntaxException {
    Path classes = Path.of(ClusterStepMeta.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    Map<String, ClusterStepMeta> types = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
        String name = classes.relativize(f).toString().replace('/', '.').replace('\\', '.');
        Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
            PanLikeRunner.class.getClassLoader());
        Step step = type.getAnnotation(Step.class);
        if (step != null) {
          types.put(step.id(), (ClusterStepMeta) type.getConstructor().newInstance());
        }
      }
    }
    return types;
  }

  /**
   * Stands in for CSV file input: the rows of the file the step names, split on its separator,
   * typed as its fields declare (String or Integer, all the samples use).
   */
  private static void csvSource(StepChain chain, Trans trans, String name, Element step)
      throws IOException {
    RowMeta layout = new RowMeta();
    for (Element f : children(child(step, "fields"), "field")) {
      String type = text(f, "type");
      ValueMetaInterface v = switch (type) {
        case "String" -> new ValueMetaString(text(f, "name"));
        case "Integer" -> new ValueMetaInteger(text(f, "name"));
        default -> throw new IllegalArgumentException(name + ": field type " + type
            + " is not one this stand-in reads");
      };
      v.setOrigin(name);
      layout.addValueMeta(v);
    }
    Path file = Path.of(trans.environmentSubstitute(text(step, "filename")));
    String separator = text(step, "separator");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    boolean header = "Y".equals(text(step, "header"));
    if (header) {
      // PDI maps columns by position; a sample whose header disagrees would mislead its reader.
      List<String> names = List.of(lines.get(0).split(java.util.regex.Pattern.quote(separator)));
      if (!names.equals(List.of(layout.getFieldNames()))) {
        throw new IllegalArgumentException(file + ": header " + names + " but the step declares "
            + List.of(layout.getFieldNames()));
      }
    }
    List<Object[]> rows = new ArrayList<>();
    for (String line : lines.subList(header ? 1 : 0, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] values = line.split(java.util.regex.Pattern.quote(separator), -1);
      if (values.length != layout.size()) {
        throw new IllegalArgumentException(file + ": '" + line + "' has " + values.length
            + " values, the step declares " + layout.size() + " fields");
      }
      Object[] row = new Object[layout.size()];
      for (int i = 0; i < values.length; i++) {
        String value = values[i].strip();
        row[i] = value.isEmpty() ? null
            : layout.getValueMeta(i).getType() == ValueMetaInterface.TYPE_INTEGER
                ? (Object) Long.valueOf(value) : value;
      }
      rows.add(row);
    }
    chain.source(name, layout, rows);
  }

  static Element child(Element parent, String tag) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element el && el.getTagName().equals(tag)) {
        return el;
      }
    }
    return null;
  }

  static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element el && el.getTagName().equals(tag)) {
        out.add(el);
      }
    }
    return out;
  }

  static String text(Element parent, String tag) {
    Element c = child(parent, tag);
    return c == null ? "" : c.getTextContent();
  }
}
