package io.pdimesos.entries.emulator;

import io.pdimesos.entries.AllEntries;
import io.pdimesos.entries.ClusterJobEntry;
import io.pdimesos.pdiapi.JobEntryRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.xml.parsers.DocumentBuilderFactory;
import org.pentaho.di.core.annotations.JobEntry;
import org.pentaho.di.job.Job;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Runs a sample .kjb the way Kitchen walks a job, on the pdi-api mirror: parameters set from
 * their defaults (then overridden), entries loaded through their own loadXML and run by the
 * mirror's JobEntryRunner (as Job.execute runs them), from START
 * along the enabled hops that are unconditional or whose evaluation matches the entry's result.
 * Only our entries and PDI's START, SUCCESS and ABORT are understood; anything else fails.
 */
final class KitchenLikeRunner {
  static final int MAX_STEPS = 50;

  record Hop(String from, String to, boolean evaluation, boolean unconditional) {}

  /** What happened: the entries run in order, each entry's result, and where the job ended. */
  record Outcome(List<String> path, Map<String, Boolean> results, String endType, Job job) {
    boolean reachedSuccess() {
      return "SUCCESS".equals(endType);
    }
  }

  private final Path kjb;
  private final Map<String, Element> entries = new LinkedHashMap<>();
  private final List<Hop> hops = new ArrayList<>();
  private final Map<String, String> parameters = new LinkedHashMap<>();

  KitchenLikeRunner(Path kjb) throws Exception {
    this.kjb = kjb.toAbsolutePath().normalize();
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(this.kjb.toFile());
    Element root = doc.getDocumentElement();
    for (Element p : children(child(root, "parameters"), "parameter")) {
      parameters.put(text(p, "name"), text(p, "default_value"));
    }
    for (Element e : children(child(root, "entries"), "entry")) {
      entries.put(text(e, "name"), e);
    }
    for (Element h : children(child(root, "hops"), "hop")) {
      if ("Y".equals(text(h, "enabled"))) {
        hops.add(new Hop(text(h, "from"), text(h, "to"), "Y".equals(text(h, "evaluation")),
            "Y".equals(text(h, "unconditional"))));
      }
    }
  }

  Map<String, String> parameters() {
    return parameters;
  }

  List<Hop> hops() {
    return hops;
  }

  Map<String, Element> entries() {
    return entries;
  }

  /** Runs the job with the parameter defaults, each overridden by {@code overrides}. */
  Outcome run(Job job, Map<String, String> overrides) throws Exception {
    parameters.forEach(job::setVariable);
    overrides.forEach(job::setVariable);
    // what Kitchen sets for a job file: relative definition paths resolve next to the .kjb
    job.setVariable("Internal.Entry.Current.Directory", kjb.getParent().toString());
    job.setVariable("Internal.Job.Filename.Directory", kjb.getParent().toString());

    List<String> path = new ArrayList<>();
    Map<String, Boolean> results = new LinkedHashMap<>();
    String current = entries.values().stream()
        .filter(e -> "SPECIAL".equals(text(e, "type")) && "Y".equals(text(e, "start")))
        .map(e -> text(e, "name")).findFirst()
        .orElseThrow(() -> new IllegalStateException("No START entry in " + kjb));
    for (int step = 0; step < MAX_STEPS; step++) {
      Element e = entries.get(current);
      if (e == null) {
        throw new IllegalStateException("A hop leads to the unknown entry " + current);
      }
      String type = text(e, "type");
      path.add(current);
      if ("SUCCESS".equals(type) || "ABORT".equals(type)) {
        return new Outcome(path, results, type, job);
      }
      boolean result = "SPECIAL".equals(type) || runEntry(type, e, job);
      results.put(current, result);
      String from = current;
      current = hops.stream()
          .filter(h -> h.from().equals(from) && (h.unconditional() || h.evaluation() == result))
          .map(Hop::to).findFirst().orElse(null);
      if (current == null) {
        return new Outcome(path, results, null, job);
      }
    }
    throw new IllegalStateException("More than " + MAX_STEPS + " entries run: " + path);
  }

  private static boolean runEntry(String type, Element node, Job job) throws Exception {
    ClusterJobEntry entry = newEntry(type);
    entry.loadXML(node, null, null, null, null);
    return JobEntryRunner.run(entry, job, null).getResult();
  }

  static ClusterJobEntry newEntry(String type) {
    for (Supplier<ClusterJobEntry> s : AllEntries.all()) {
      ClusterJobEntry entry = s.get();
      if (entry.getClass().getAnnotation(JobEntry.class).id().equals(type)) {
        return entry;
      }
    }
    throw new IllegalArgumentException("Not an entry type this runner knows: " + type);
  }

  private static Element child(Element parent, String tag) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element el && el.getTagName().equals(tag)) {
        return el;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element el && el.getTagName().equals(tag)) {
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
