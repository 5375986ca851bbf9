package io.pdimesos.assemblies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** The generated Marketplace entry, checked against the Marketplace's own schema and against the zip. */
class MarketplaceEntryIT {
  private static Schema schema;
  private static String entry;
  private static Document document;
  private static XPath xpath;

  @BeforeAll
  static void load() throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    schema = factory.newSchema(MarketplaceEntryIT.class.getResource("/marketplace/marketplace.xsd"));
    entry = Files.readString(BuiltPlugin.marketplaceEntry());
    DocumentBuilderFactory builders = DocumentBuilderFactory.newInstance();
    document = builders.newDocumentBuilder().parse(new InputSource(new StringReader(entry)));
    xpath = XPathFactory.newInstance().newXPath();
  }

  /** marketplace.xml is one {@code <market>} of entries; a lone entry validates once wrapped in one. */
  private static void validate(String marketEntry) throws SAXException, IOException {
    schema.newValidator().validate(new StreamSource(new StringReader("<market>" + marketEntry + "</market>")));
  }

  private static String text(String path) throws Exception {
    return ((String) xpath.evaluate(path, document, XPathConstants.STRING)).trim();
  }

  @Test
  void validatesAgainstTheMarketplaceSchema() throws Exception {
    validate(entry);
  }

  @Test
  void theValidatorAcceptsARealUpstreamEntryAndRejectsAnUnknownType() throws Exception {
    String upstream;
    try (InputStream in = getClass().getResourceAsStream("/marketplace/market-entry-example.xml")) {
      upstream = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    validate(upstream);
    assertThatThrownBy(() -> validate(entry.replace("<type>Mixed</type>", "<type>Plugin</type>")))
        .isInstanceOf(SAXException.class).hasMessageContaining("Plugin");
    assertThatThrownBy(() -> validate(entry.replace("<id>" + BuiltPlugin.pluginFolder() + "</id>", "<id>1x</id>")))
        .isInstanceOf(SAXException.class);
  }

  @Test
  void describesAMixedPluginWithEverythingTheMarketplaceShows() throws Exception {
    assertThat(text("/market_entry/id")).isEqualTo(BuiltPlugin.pluginFolder());
    assertThat(text("/market_entry/type")).isEqualTo("Mixed");
    assertThat(text("/market_entry/category/name")).isNotEmpty();
    assertThat(text("/market_entry/category/parent/name")).isEqualTo("PDI Plugins");
    assertThat(text("/market_entry/license")).isEqualTo("Apache-2.0");
    assertThat(text("/market_entry/support_level")).isEqualTo("COMMUNITY_SUPPORTED");
    assertThat(URI.create(text("/market_entry/documentation_url")).getScheme()).isEqualTo("https");
    assertThat(URI.create(text("/market_entry/cases_url")).getScheme()).isEqualTo("https");
    assertThat(entry).doesNotContain("${");
  }

  @Test
  void offersOneVersionForPdi94Through11WithThePackageOfThisBuild() throws Exception {
    assertThat(((NodeList) xpath.evaluate("/market_entry/versions/version", document, XPathConstants.NODESET))
        .getLength()).isEqualTo(1);
    assertThat(text("/market_entry/versions/version/version")).isEqualTo(BuiltPlugin.version());
    // The Marketplace offers nothing when only one bound is set, and only an exact string match when both
    // are the same string: both set and different.
    String min = text("/market_entry/versions/version/min_parent_version");
    String max = text("/market_entry/versions/version/max_parent_version");
    assertThat(min).isEqualTo("9.4");
    assertThat(max).matches("\\d+\\.\\d+");
    assertThat(Integer.parseInt(max.split("\\.")[0])).isEqualTo(11);
    String packageUrl = text("/market_entry/versions/version/package_url");
    assertThat(URI.create(packageUrl).getScheme()).isEqualTo("https");
    assertThat(packageUrl).endsWith("/" + BuiltPlugin.zip().getFileName());
  }

  @Test
  void screenshotsAreDialogImagesOfThisRepository() throws Exception {
    NodeList shots = (NodeList) xpath.evaluate("/market_entry/screenshots/screenshot", document,
        XPathConstants.NODESET);
    assertThat(shots.getLength()).isBetween(1, 3);
    Path repository = Paths.get(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < shots.getLength(); i++) {
      Matcher m = Pattern.compile("/main/(docs/images/[\\w.-]+\\.png)$").matcher(shots.item(i).getTextContent().trim());
      assertThat(m.find()).as(shots.item(i).getTextContent()).isTrue();
      if (!Files.isRegularFile(repository.resolve(m.group(1)))) {
        missing.add(m.group(1));
      }
    }
    assertThat(missing).as("screenshots named in the entry but absent from the repository").isEmpty();
  }

  @Test
  void theZipCarriesVersionXmlInTheInstallersFormatForTheSameBranch() throws Exception {
    try (ZipFile zip = new ZipFile(BuiltPlugin.zip().toFile())) {
      var versionXml = zip.getEntry(BuiltPlugin.pluginFolder() + "/version.xml");
      assertThat(versionXml).isNotNull();
      String text = new String(zip.getInputStream(versionXml).readAllBytes(), StandardCharsets.UTF_8).trim();
      assertThat(text).isEqualTo("<version branch='" + text("/market_entry/versions/version/branch") + "'>"
          + BuiltPlugin.version() + "</version>");
    }
  }
}
