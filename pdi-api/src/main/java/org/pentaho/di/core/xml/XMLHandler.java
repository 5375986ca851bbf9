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

  public static String getXMLHeader(String text) {
    return "<?xml version=\"1.0\" encoding=\"" + text + "\"?>" + Const.CR;
  }

  public static String getTagValue(Node node, KettleAttributeInterface kettleAttribute) {
    throw OutsideMirror.unsupported("XMLHandler.getTagValue");
  }

  public static String getTagValue(Node node, String text) {
    if (node == null) {
      return null;
    }
    NodeList children = node.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      // PDI skips an empty element and keeps looking for a later one with the same name.
      if (child.getNodeName().equalsIgnoreCase(text) && child.getFirstChild() != null) {
        return child.getFirstChild().getNodeValue();
      }
    }
    return null;
  }

  public static String getTagValueWithAttribute(Node node2, String text, String text2) {
    for (Node node : getNodes(node2, text)) {
      if (node.getAttributes() != null && node.getAttributes().getNamedItem(text2) != null
          && node.getFirstChild() != null) {
        return node.getFirstChild().getNodeValue();
      }
    }
    return null;
  }

  public static String getTagValue(Node node2, String text, String text2) {
    // The first non-empty subtag of any matching tag, as PDI reads it.
    for (Node node : getNodes(node2, text)) {
      String value = getTagValue(node, text2);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  public static int countNodes(Node node, String text) {
    return getNodes(node, text).size();
  }

  public static List<Node> getNodes(Node node, String text) {
    List<Node> nodes = new ArrayList<Node>();
    if (node == null) {
      return nodes;
    }
    NodeList children = node.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i).getNodeName().equalsIgnoreCase(text)) {
        nodes.add(children.item(i));
      }
    }
    return nodes;
  }

  public static Node getNodeWithTagValue(Node node2, String text, String text2, String text3, int number) {
    int found = 0;
    for (Node node : getNodes(node2, text)) {
      String value = getTagValue(node, text2);
      if (value != null && value.equalsIgnoreCase(text3)) {
        if (found == number) {
          return node;
        }
        found++;
      }
    }
    return null;
  }

  public static Node getSubNode(Node node, String text) {
    List<Node> nodes = getNodes(node, text);
    return nodes.isEmpty() ? null : nodes.get(0);
  }

  public static Node getLastSubNode(Node node, String text) {
    List<Node> nodes = getNodes(node, text);
    return nodes.isEmpty() ? null : nodes.get(nodes.size() - 1);
  }

  public static Node getSubNode(Node node, String text, String text2) {
    return getSubNode(getSubNode(node, text), text2);
  }

  public static Node getSubNodeByNr(Node node, String text, int number) {
    return getSubNodeByNr(node, text, number, true);
  }

  public static Node getSubNodeByNr(Node node, String text, int number, boolean flag) {
    List<Node> nodes = getNodes(node, text);
    return number >= 0 && number < nodes.size() ? nodes.get(number) : null;
  }

  public static String getNodeValue(Node node) {
    if (node == null) {
      return null;
    }
    // The first child that has a value (text or CDATA), skipping elements.
    NodeList children = node.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      String value = children.item(i).getNodeValue();
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  public static String getTagAttribute(Node node, String text) {
    if (node == null || node.getAttributes() == null) {
      return null;
    }
    Node attribute = node.getAttributes().getNamedItem(text);
    return attribute == null ? null : attribute.getNodeValue();
  }

  public static Document loadXMLFile(String text) throws KettleXMLException {
    return loadXMLFile(new File(text));
  }

  public static Document loadXMLFile(InputStream inputStream) throws KettleXMLException {
    return loadXMLFile(inputStream, null, false, false);
  }

  public static Document loadXMLFile(InputStream inputStream, String text, boolean flag, boolean flag2) throws KettleXMLException {
    try {
      try {
        return XmlParsing.builder(flag2).parse(inputStream);
      } finally {
        inputStream.close();
      }
    } catch (Exception e) {
      throw new KettleXMLException("Error reading information from input stream", e);
    }
  }

  public static Document loadXMLFile(File file2) throws KettleXMLException {
    try {
      return XmlParsing.builder(false).parse(file2);
    } catch (Exception e) {
      throw new KettleXMLException("Error reading information from file " + file2, e);
    }
  }

  public static Document loadXMLFile(URL uRL) throws KettleXMLException {
    try {
      return XmlParsing.builder(false).parse(uRL.toString());
    } catch (Exception e) {
      throw new KettleXMLException("Error reading information from URL " + uRL, e);
    }
  }

  public static Document loadXMLString(String text) throws KettleXMLException {
    return loadXMLString(text, Boolean.FALSE, Boolean.TRUE);
  }

  public static Node loadXMLString(String text, String text2) throws KettleXMLException {
    return getSubNode(loadXMLString(text), text2);
  }

  public static Document loadXMLString(String text, Boolean boolean2, Boolean boolean3) throws KettleXMLException {
    try {
      return loadXMLString(XmlParsing.builder(Boolean.TRUE.equals(boolean2)), text);
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new KettleXMLException("Error creating an XML parser", e);
    }
  }

  public static Document loadXMLString(DocumentBuilder documentBuilder, String text) throws KettleXMLException {
    try {
      return documentBuilder.parse(new InputSource(new StringReader(text)));
    } catch (Exception e) {
      throw new KettleXMLException("Error reading information from input string", e);
    }
  }

  public static String addTagValue(String text, String text2, boolean flag, String... parameters) {
    StringBuilder xml = new StringBuilder("<").append(text);
    // PDI writes each attribute followed by a space: <tag name="value" >
    for (int i = 0; i + 1 < parameters.length; i += 2) {
      xml.append(' ').append(parameters[i]).append("=\"").append(XmlEscaping.escapeAttribute(parameters[i + 1])).append("\" ");
    }
    if (text2 != null && !text2.isEmpty()) {
      xml.append('>').append(XmlEscaping.escape(text2)).append("</").append(text).append('>');
    } else {
      xml.append("/>");
    }
    if (flag) {
      xml.append(Const.CR);
    }
    return xml.toString();
  }

  public static String addTagValue(KettleAttributeInterface kettleAttribute, String text) {
    throw OutsideMirror.unsupported("XMLHandler.addTagValue");
  }

  public static String addTagValue(String text, String text2) {
    return addTagValue(text, text2, true);
  }

  public static String addTagValue(KettleAttributeInterface kettleAttribute, boolean flag) {
    throw OutsideMirror.unsupported("XMLHandler.addTagValue");
  }

  public static String addTagValue(String text, boolean flag) {
    return addTagValue(text, flag, true);
  }

  public static String addTagValue(String text, boolean flag, boolean flag2) {
    return addTagValue(text, flag ? "Y" : "N", flag2);
  }

  public static String addTagValue(String text, long number) {
    return addTagValue(text, number, true);
  }

  public static String addTagValue(String text, long number, boolean flag) {
    return addTagValue(text, String.valueOf(number), flag);
  }

  public static String addTagValue(KettleAttributeInterface kettleAttribute, int number) {
    throw OutsideMirror.unsupported("XMLHandler.addTagValue");
  }

  public static String addTagValue(String text, int number) {
    return addTagValue(text, number, true);
  }

  public static String addTagValue(String text, int number, boolean flag) {
    return addTagValue(text, String.valueOf(number), flag);
  }

  public static String addTagValue(String text, double number) {
    return addTagValue(text, number, true);
  }

  public static String addTagValue(String text, double number, boolean flag) {
    return addTagValue(text, String.valueOf(number), flag);
  }

  public static String addTagValue(String text, Date date) {
    return addTagValue(text, date, true);
  }

  public static String addTagValue(String text, Date date2, boolean flag) {
    // PDI writes dates in its fixed XML date format.
    return addTagValue(text, date2 == null ? null : new SimpleDateFormat("yyyy/MM/dd HH:mm:ss.SSS").format(date2), flag);
  }

  public static String addTagValue(String text, BigDecimal bigDecimal) {
    return addTagValue(text, bigDecimal, true);
  }

  public static String addTagValue(String text, BigDecimal bigDecimal, boolean flag) {
    return addTagValue(text, bigDecimal == null ? null : bigDecimal.toString(), flag);
  }

  public static String addTagValue(String text, byte[] bytes) throws IOException {
    throw OutsideMirror.unsupported("XMLHandler.addTagValue");
  }

  public static String addTagValue(String text, byte[] bytes, boolean flag) throws IOException {
    throw OutsideMirror.unsupported("XMLHandler.addTagValue");
  }

  public static String buildCDATA(String text) {
    return buildCDATA(new StringBuilder(), text).toString();
  }

  public static StringBuilder buildCDATA(StringBuilder stringBuilder, String text) {
    return stringBuilder.append("<![CDATA[").append(text == null ? "" : text).append("]]>");
  }

  public static String openTag(String text) {
    return "<" + text + ">";
  }

  public static StringBuilder openTag(StringBuilder stringBuilder, String text) {
    return stringBuilder.append('<').append(text).append('>');
  }

  public static StringBuilder openTag(StringBuilder stringBuilder, String text, Map<String, String> map) {
    throw OutsideMirror.unsupported("XMLHandler.openTag");
  }

  public static String closeTag(String text) {
    return "</" + text + ">";
  }

  public static StringBuilder closeTag(StringBuilder stringBuilder, String text) {
    return stringBuilder.append("</").append(text).append('>');
  }

  private XMLHandler() {
  }
}
