package io.pdimesos.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Just enough DOM for the suite: parse a PDI file, find elements, compare them. */
final class Xml {
  private Xml() {}

  static Element parse(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot parse " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        out.add((Element) n);
      }
    }
    return out;
  }

  static List<Element> children(Element parent, String tag) {
    return children(parent).stream().filter(e -> e.getTagName().equals(tag)).toList();
  }

  static Optional<Element> child(Element parent, String tag) {
    return children(parent, tag).stream().findFirst();
  }

  static String text(Element parent, String tag) {
    return child(parent, tag).map(Element::getTextContent).orElse(null);
  }

  /**
   * The steps ({@code <step>} of a transformation) or entries ({@code <entries><entry>} of a job)
   * of a PDI file.
   */
  static List<Element> stepsOrEntries(Element root) {
    return root.getTagName().equals("job") ? children(child(root, "entries").orElseThrow(), "entry")
        : children(root, "step");
  }

  static Element named(Element root, String name) {
    return stepsOrEntries(root).stream().filter(e -> name.equals(text(e, "name"))).findFirst()
        .orElseThrow(() -> new AssertionError("no step or entry named " + name));
  }

  /**
   * The element as a canonical string: tag, then either its exact text (a leaf: values keep their
   * whitespace) or its child elements (formatting whitespace between them ignored).
   */
  static String canonical(Element e) {
    List<Element> children = children(e);
    if (children.isEmpty()) {
      return "<" + e.getTagName() + ">" + e.getTextContent() + "</" + e.getTagName() + ">";
    }
    StringBuilder out = new StringBuilder("<" + e.getTagName() + ">");
    children.forEach(c -> out.append(canonical(c)));
    return out.append("</").append(e.getTagName()).append(">").toString();
  }
}
