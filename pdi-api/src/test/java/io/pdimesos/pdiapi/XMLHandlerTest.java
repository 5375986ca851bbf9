package io.pdimesos.pdiapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.Const;
import org.pentaho.di.core.exception.KettleXMLException;
import org.pentaho.di.core.xml.XMLHandler;
import org.w3c.dom.Node;

class XMLHandlerTest {

  @Test
  void writesTagsThePdiWay() {
    assertThat(XMLHandler.addTagValue("app_id", "/web")).isEqualTo("<app_id>/web</app_id>" + Const.CR);
    assertThat(XMLHandler.addTagValue("empty", "")).isEqualTo("<empty/>" + Const.CR);
    assertThat(XMLHandler.addTagValue("none", (String) null)).isEqualTo("<none/>" + Const.CR);
    assertThat(XMLHandler.addTagValue("wait", true)).isEqualTo("<wait>Y</wait>" + Const.CR);
    assertThat(XMLHandler.addTagValue("wait", false, false)).isEqualTo("<wait>N</wait>");
    assertThat(XMLHandler.addTagValue("n", 42)).isEqualTo("<n>42</n>" + Const.CR);
    assertThat(XMLHandler.addTagValue("n", 42L, false)).isEqualTo("<n>42</n>");
    assertThat(XMLHandler.addTagValue("d", 1.5, false)).isEqualTo("<d>1.5</d>");
    assertThat(XMLHandler.addTagValue("b", new BigDecimal("1.50"), false)).isEqualTo("<b>1.50</b>");
    assertThat(XMLHandler.addTagValue("t", "v", false, "k", "a\"b>")).isEqualTo("<t k=\"a&#34;b>\" >v</t>");
    assertThat(XMLHandler.openTag("x") + XMLHandler.closeTag("x")).isEqualTo("<x></x>");
    assertThat(XMLHandler.buildCDATA("a<b")).isEqualTo("<![CDATA[a<b]]>");
    assertThat(XMLHandler.getXMLHeader()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + Const.CR);
  }

  @Test
  void escapesMarkupAndReadsItBack() throws Exception {
    String tricky = "{\"env\": {\"A\": \"x & y <z>\"}, 'q': 1}";
    String xml = XMLHandler.addTagValue("json", tricky, false);
    assertThat(xml).isEqualTo(
        "<json>{&#34;env&#34;: {&#34;A&#34;: &#34;x &amp; y &lt;z&gt;&#34;}, &#39;q&#39;: 1}</json>");
    Node entry = XMLHandler.loadXMLString("<entry>" + xml + "</entry>", "entry");
    assertThat(XMLHandler.getTagValue(entry, "json")).isEqualTo(tricky);
  }

  @Test
  void readsCaseInsensitivelyAndEmptyAsNull() throws Exception {
    Node entry = XMLHandler.loadXMLString(
        "<entry><Name>first</Name><name>second</name><blank/><blank>later</blank>"
            + "<list><item>a</item><item>b</item></list><attr k=\"v\"/></entry>", "entry");
    assertThat(XMLHandler.getTagValue(entry, "NAME")).isEqualTo("first");
    assertThat(XMLHandler.getTagValue(entry, "blank")).isEqualTo("later");
    assertThat(XMLHandler.getTagValue(entry, "missing")).isNull();
    Node list = XMLHandler.getSubNode(entry, "LIST");
    assertThat(XMLHandler.countNodes(list, "item")).isEqualTo(2);
    assertThat(XMLHandler.getNodeValue(XMLHandler.getSubNodeByNr(list, "item", 1))).isEqualTo("b");
    assertThat(XMLHandler.getTagValue(entry, "list", "item")).isEqualTo("a");
    assertThat(XMLHandler.getTagAttribute(XMLHandler.getSubNode(entry, "attr"), "k")).isEqualTo("v");
    assertThat(XMLHandler.getNodes(list, "item")).hasSize(2);

    Node nested = XMLHandler.loadXMLString(
        "<e><f><name/></f><f><name>second</name></f><g id=\"1\">with-attr</g><v><sub/>text</v></e>", "e");
    assertThat(XMLHandler.getTagValue(nested, "f", "name")).isEqualTo("second");
    assertThat(XMLHandler.getTagValueWithAttribute(nested, "g", "id")).isEqualTo("with-attr");
    assertThat(XMLHandler.getNodeValue(XMLHandler.getSubNode(nested, "v"))).isEqualTo("text");

    Node onlyEmpty = XMLHandler.loadXMLString("<e><x/></e>", "e");
    assertThat(XMLHandler.getTagValue(onlyEmpty, "x")).isNull();
  }

  @Test
  void rejectsBrokenXmlAndDoctypes() {
    assertThatThrownBy(() -> XMLHandler.loadXMLString("<a>")).isInstanceOf(KettleXMLException.class);
    assertThatThrownBy(() -> XMLHandler.loadXMLString("<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>"))
        .isInstanceOf(KettleXMLException.class);
  }
}
