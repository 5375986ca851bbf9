package org.pentaho.di.core.xml;

import io.pdimesos.pdiapi.XmlEscaping;
import io.pdimesos.pdiapi.XmlParsing;
import java.io.StringReader;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import org.pentaho.di.core.Const;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import io.pdimesos.pdiapi.OutsideMirror;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import org.pentaho.di.core.KettleAttributeInterface;
import org.pentaho.di.core.exception.KettleXMLException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

public class XMLHandler {
  public static String getXMLHeader() {
    return getXMLHeader(Const.XML_ENCODING);
  }

  public static String getXMLHeader(String a0) {
    return "<?xml version=\"1.0\" encoding=\"" + a0 + "\"?>" + Const.CR;
  }

  public static String getTagValue(Node a0, KettleAttributeInterface a1) {
    throw OutsideMirror.unsupported("XMLHandler.getTagValue");
  }

  public static String getTagValue(Node a0, String a1) {
    if (a0 == null) {
      return null;
    }
    NodeList children = a0.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      // PDI skips an empty element and keeps looking for a later one with the same name.
      if (child.getNodeName().equalsIgnoreCase(a1) && child.getFirstChild() != null) {
        return child.getFirstChild().getNodeValue();
      }
    }
    return null;
  }

  public static String getTagValueWithAttribute(Node a0, String a1, String a2) {
    throw OutsideMirror.unsupported("XMLHandler.getTagValueWithAttribute");
  }

  public static String getTagValue(Node a0, String a1, String a2) {
    return getTagValue(getSubNode(a0, a1), a2);
  }

  public static int countNodes(Node a0, String a1) {
    return getNodes(a0, a1).size();
  }

  public static List<Node> getNodes(Node a0, String a1) {
    List<Node> nodes = new ArrayList<Node>();
    if (a0 == null) {
      return nodes;
    }
    NodeList children = a0.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i).getNodeName().equalsIgnoreCase(a1)) {
        nodes.add(children.item(i));
      }
    }
    return nodes;
  }

  public static Node getNodeWithTagValue(Node a0, String a1, String a2, String a3, int a4) {
    int found = 0;
    for (Node node : getNodes(a0, a1)) {
      String value = getTagValue(node, a2);
      if (value != null && value.equalsIgnoreCase(a3)) {
        if (found == a4) {
          return node;
        }
        found++;
      }
    }
    return null;
  }

  public static Node getSubNode(Node a0, String a1) {
    List<Node> nodes = getNodes(a0, a1);
    return nodes.isEmpty() ? null : nodes.get(0);
  }

  public static Node getLastSubNode(Node a0, String a1) {
    List<Node> nodes = getNodes(a0, a1);
    return nodes.isEmpty() ? null : nodes.get(nodes.size() - 1);
  }

  public static Node getSubNode(Node a0, String a1, String a2) {
    return getSubNode(getSubNode(a0, a1), a2);
  }

  public static Node getSubNodeByNr(Node a0, String a1, int a2) {
    return getSubNodeByNr(a0, a1, a2, true);
  }

  public static Node getSubNodeByNr(Node a0, String a1, int a2, boolean a3) {
    List<Node> nodes = getNodes(a0, a1);
    return a2 >= 0 && a2 < nodes.size() ? nodes.get(a2) : null;
  }

  public static String getNodeValue(Node a0) {
    if (a0 == null || a0.getFirstChild() == null) {
      return null;
    }
    return a0.getFirstChild().getNodeValue();
  }

  public static String getTagAttribute(Node a0, String a1) {
    if (a0 == null || a0.getAttributes() == null) {
      return null;
    }
    Node attribute = a0.getAttributes().getNamedItem(a1);
    return attribute == null ? null : attribute.getNodeValue();
  }

  public static Document loadXMLFile(String a0) throws KettleXMLException {
    return loadXMLFile(new File(a0));
  }

  public static Document loadXMLFile(InputStream a0) throws KettleXMLException {
    return loadXMLFile(a0, null, false, false);
  }

  public static Document loadXMLFile(InputStream a0, String a1, boolean a2, boolean a3) throws KettleXMLException {
    try {
      return XmlParsing.builder(a2).parse(a0);
    } catch (Exception e) {
      throw new KettleXMLException("Error reading information from input stream", e);
    }
  }

  public static Document loadXMLFile(File a0) throws KettleXMLException {
    try {
      return XmlParsing.builder(false).parse(a0);
    } catch (Exception e) {
      throw new KettleXMLException("Error reading information from file " + a0, e);
    }
  }

  public static Document loadXMLFile(URL a0) throws KettleXMLException {
    try {
      return XmlParsing.builder(false).parse(a0.toString());
    } catch (Exception e) {
      throw new KettleXMLException("Error reading information from URL " + a0, e);
    }
  }

  public static Document loadXMLString(String a0) throws KettleXMLException {
    return loadXMLString(a0, Boolean.FALSE, Boolean.TRUE);
  }

  public static Node loadXMLString(String a0, String a1) throws KettleXMLException {
    return getSubNode(loadXMLString(a0), a1);
  }

  public static Document loadXMLString(String a0, Boolean a1, Boolean a2) throws KettleXMLException {
    try {
      return loadXMLString(XmlParsing.builder(Boolean.TRUE.equals(a1)), a0);
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new KettleXMLException("Error creating an XML parser", e);
    }
  }

  public static Document loadXMLString(DocumentBuilder a0, String a1) throws KettleXMLException {
    try {
      return a0.parse(new InputSource(new StringReader(a1)));
    } catch (Exception e) {
      throw new KettleXMLException("Error reading information from input string", e);
    }
  }

  public static String addTagValue(String a0, String a1, boolean a2, String... a3) {
    StringBuilder xml = new StringBuilder("<").append(a0);
    for (int i = 0; i + 1 < a3.length; i += 2) {
      xml.append(' ').append(a3[i]).append("=\"").append(XmlEscaping.escape(a3[i + 1])).append('"');
    }
    if (a1 != null && !a1.isEmpty()) {
      xml.append('>').append(XmlEscaping.escape(a1)).append("</").append(a0).append('>');
    } else {
      xml.append("/>");
    }
    if (a2) {
      xml.append(Const.CR);
    }
    return xml.toString();
  }

  public static String addTagValue(KettleAttributeInterface a0, String a1) {
    throw OutsideMirror.unsupported("XMLHandler.addTagValue");
  }

  public static String addTagValue(String a0, String a1) {
    return addTagValue(a0, a1, true);
  }

  public static String addTagValue(KettleAttributeInterface a0, boolean a1) {
    throw OutsideMirror.unsupported("XMLHandler.addTagValue");
  }

  public static String addTagValue(String a0, boolean a1) {
    return addTagValue(a0, a1, true);
  }

  public static String addTagValue(String a0, boolean a1, boolean a2) {
    return addTagValue(a0, a1 ? "Y" : "N", a2);
  }

  public static String addTagValue(String a0, long a1) {
    return addTagValue(a0, a1, true);
  }

  public static String addTagValue(String a0, long a1, boolean a2) {
    return addTagValue(a0, String.valueOf(a1), a2);
  }

  public static String addTagValue(KettleAttributeInterface a0, int a1) {
    throw OutsideMirror.unsupported("XMLHandler.addTagValue");
  }

  public static String addTagValue(String a0, int a1) {
    return addTagValue(a0, a1, true);
  }

  public static String addTagValue(String a0, int a1, boolean a2) {
    return addTagValue(a0, String.valueOf(a1), a2);
  }

  public static String addTagValue(String a0, double a1) {
    return addTagValue(a0, a1, true);
  }

  public static String addTagValue(String a0, double a1, boolean a2) {
    return addTagValue(a0, String.valueOf(a1), a2);
  }

  public static String addTagValue(String a0, Date a1) {
    return addTagValue(a0, a1, true);
  }

  public static String addTagValue(String a0, Date a1, boolean a2) {
    // PDI writes dates in its fixed XML date format.
    return addTagValue(a0, a1 == null ? null : new SimpleDateFormat("yyyy/MM/dd HH:mm:ss.SSS").format(a1), a2);
  }

  public static String addTagValue(String a0, BigDecimal a1) {
    return addTagValue(a0, a1, true);
  }

  public static String addTagValue(String a0, BigDecimal a1, boolean a2) {
    return addTagValue(a0, a1 == null ? null : a1.toString(), a2);
  }

  public static String addTagValue(String a0, byte[] a1) throws IOException {
    throw OutsideMirror.unsupported("XMLHandler.addTagValue");
  }

  public static String addTagValue(String a0, byte[] a1, boolean a2) throws IOException {
    throw OutsideMirror.unsupported("XMLHandler.addTagValue");
  }

  public static String buildCDATA(String a0) {
    return buildCDATA(new StringBuilder(), a0).toString();
  }

  public static StringBuilder buildCDATA(StringBuilder a0, String a1) {
    return a0.append("<![CDATA[").append(a1 == null ? "" : a1).append("]]>");
  }

  public static String openTag(String a0) {
    return "<" + a0 + ">";
  }

  public static StringBuilder openTag(StringBuilder a0, String a1) {
    return a0.append('<').append(a1).append('>');
  }

  public static StringBuilder openTag(StringBuilder a0, String a1, Map<String, String> a2) {
    throw OutsideMirror.unsupported("XMLHandler.openTag");
  }

  public static String closeTag(String a0) {
    return "</" + a0 + ">";
  }

  public static StringBuilder closeTag(StringBuilder a0, String a1) {
    return a0.append("</").append(a1).append('>');
  }

  private XMLHandler() {
  }
}
