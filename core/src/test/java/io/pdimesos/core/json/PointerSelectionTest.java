package io.pdimesos.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.mesos.Fixtures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The values a selection takes from the token stream are the values {@code at(pointer)} gives on
 * the same document read as a tree, node type and number included, for every path of real Mesos
 * states and for the corners of JSON Pointer and of JSON itself. The tree is the oracle: it is
 * what the readers built before they read tokens.
 */
class PointerSelectionTest {

  @ParameterizedTest
  @ValueSource(strings = {Fixtures.STATE_0_22, Fixtures.STATE_1_8, Fixtures.STATE_FAKE_IPS,
      Fixtures.SUMMARY_1_2})
  void everyPathOfARealStateReadsAsTheTreeReadsIt(String fixture) throws IOException {
    String text = Fixtures.text(fixture);
    JsonNode tree = Json.MAPPER.readTree(text);
    List<String> pointers = new ArrayList<>();
    JsonPaths.of(tree, pointers);
    pointers.addAll(List.of("/nope", "/frameworks/99", "/frameworks/0/nope/deeper",
        "/frameworks/-", "/frameworks/00", "/version/deeper"));

    assertSameAsTree(text, tree, pointers, null);
  }

  @Test
  void aTypedReaderOfTheTopLevelFieldsGetsThemBesideTheSelection() throws IOException {
    String text = Fixtures.text(Fixtures.STATE_1_8);
    JsonNode tree = Json.MAPPER.readTree(text);
    List<String> pointers = new ArrayList<>();
    JsonPaths.of(tree, pointers);
    Recorder typed = new Recorder(true);

    assertSameAsTree(text, tree, pointers, typed);

    Map<String, JsonNode> expected = new LinkedHashMap<>();
    tree.properties().forEach(e -> expected.put(e.getKey(), e.getValue()));
    assertThat(typed.seen).isEqualTo(expected);
  }

  @Test
  void anObjectBothWantIsReadFieldByFieldThroughTheTypedReadersOwnReader() throws IOException {
    String text = Fixtures.text(Fixtures.STATE_1_8);
    JsonNode tree = Json.MAPPER.readTree(text);
    JsonNode agent = tree.get("slaves").get(0);
    Recorder typed = new Recorder(true);
    typed.nested = new Recorder(false);
    PointerSelection s = PointerSelection.of(List.of("/resources/cpus", "/resources/ports",
        "/resources/nope", "/id"));

    JsonValues v = read(agent.toString(), s, typed);

    assertThat(v.at("/resources/cpus")).isEqualTo(agent.at("/resources/cpus"));
    assertThat(v.at("/resources/ports")).isEqualTo(agent.at("/resources/ports"));
    assertThat(v.at("/resources/nope")).isNull();
    assertThat(v.at("/id")).isEqualTo(agent.get("id"));
    Map<String, JsonNode> resources = new LinkedHashMap<>();
    agent.get("resources").properties().forEach(e -> resources.put(e.getKey(), e.getValue()));
    assertThat(typed.nested.seen).isEqualTo(resources);
    assertThat(typed.nested.ended).isEqualTo(1);
    assertThat(typed.seen).containsEntry("id", agent.get("id"))
        .doesNotContainKey("resources"); // it went to the nested reader instead
  }

  @Test
  void aRepeatedKeyKeepsItsLastValueAsTheTreeDoes() throws IOException {
    String doc = "{\"a\":{\"b\":1,\"c\":[1,2]},\"x\":1,\"a\":{\"c\":[3]},\"x\":{\"y\":2}}";
    assertSameAsTree(doc, Json.MAPPER.readTree(doc),
        List.of("/a/b", "/a/c", "/a/c/0", "/a/c/1", "/x", "/x/y"), null);
    assertSameAsTree(doc, Json.MAPPER.readTree(doc), List.of("/a/b", "/x/y"),
        new Recorder(true));
  }

  @Test
  void segmentsIndexArraysOnlyWhenTheyAreIndexesAndEscapesAreUnescaped() throws IOException {
    String doc = "{\"list\":[{\"k\":\"first\"},{\"k\":\"second\"}],\"map\":{\"0\":\"zero\","
        + "\"01\":\"one\",\"-\":\"dash\"},\"a/b\":{\"m~n\":true},\"\":{\"\":\"empty\"},"
        + "\"n\":null,\"s\":\"text\"}";
    assertSameAsTree(doc, Json.MAPPER.readTree(doc), List.of("/list/0/k", "/list/1/k",
        "/list/2/k", "/list/01/k", "/list/-", "/map/0", "/map/01", "/map/-", "/a~1b/m~0n",
        "//", "/n", "/n/deeper", "/s/0", "/list"), null);
  }

  @Test
  void scalarsAreTheTreesNodesNumberTypesIncluded() throws IOException {
    String doc = "{\"i\":7,\"neg\":-2147483649,\"big\":123456789012345678901234567890,"
        + "\"f\":2.50,\"e\":1e3,\"z\":-0.0,\"t\":true,\"no\":false,\"n\":null,"
        + "\"u\":\"caf\\u00e9 \\\"q\\\"\"}";
    JsonNode tree = Json.MAPPER.readTree(doc);
    List<String> pointers = new ArrayList<>();
    tree.fieldNames().forEachRemaining(n -> pointers.add("/" + n));
    JsonValues v = read(doc, PointerSelection.of(pointers), null);
    for (String p : pointers) {
      assertThat(v.at(p)).as(p).isEqualTo(tree.at(p));
      assertThat(v.at(p).getClass()).as(p).isEqualTo(tree.at(p).getClass());
    }
  }

  @Test
  void anObjectSelectedWithSomethingBelowItGivesBoth() throws IOException {
    String text = Fixtures.text(Fixtures.STATE_1_8);
    JsonNode tree = Json.MAPPER.readTree(text);
    assertSameAsTree(text, tree, List.of("/slaves/0", "/slaves/0/resources/cpus",
        "/slaves/0/nope", "/slaves"), null);
  }

  @Test
  void theWholeItemKeepsEveryPath() throws IOException {
    String text = Fixtures.text(Fixtures.STATE_1_8);
    JsonNode tree = Json.MAPPER.readTree(text);
    Recorder typed = new Recorder(true);

    JsonValues v = read(text, PointerSelection.whole(), typed);

    assertThat(v.whole()).isEqualTo(tree);
    assertThat(v.at("/frameworks/1/tasks/0/statuses/1/state"))
        .isEqualTo(tree.at("/frameworks/1/tasks/0/statuses/1/state"));
    assertThat(typed.seen.keySet()).containsExactlyElementsOf(() -> tree.fieldNames());
  }

  @Test
  void aPathNotSelectedIsAnErrorNotAnAbsentValue() throws IOException {
    JsonValues v = read("{\"a\":1}", PointerSelection.of(List.of("/a")), null);
    assertThatThrownBy(() -> v.at("/b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'/b' was not selected");
    assertThatThrownBy(() -> PointerSelection.of(List.of("no-slash")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'no-slash'");
  }

  private static void assertSameAsTree(String text, JsonNode tree, List<String> pointers,
      FieldReader typed) throws IOException {
    JsonValues v = read(text, PointerSelection.of(pointers), typed);
    for (String p : pointers) {
      JsonNode expected = tree.at(JsonPointer.compile(p));
      assertThat(v.at(p)).as(p).isEqualTo(expected.isMissingNode() ? null : expected);
    }
  }

  private static JsonValues read(String text, PointerSelection s, FieldReader typed)
      throws IOException {
    try (JsonParser p = Json.MAPPER.getFactory().createParser(text)) {
      p.nextToken();
      JsonValues v = s.read(p, typed);
      assertThat(p.nextToken()).as("the whole document was read, nothing more").isNull();
      return v;
    }
  }



  /** A typed reader that wants every field and keeps each value as a tree, to compare. */
  private static final class Recorder implements FieldReader {
    final Map<String, JsonNode> seen = new LinkedHashMap<>();
    final boolean all;
    Recorder nested;
    int ended;

    Recorder(boolean all) {
      this.all = all;
    }

    @Override
    public boolean wants(String name) {
      return all || !name.startsWith("unwanted");
    }

    @Override
    public void read(String name, JsonParser p) throws IOException {
      seen.put(name, Tokens.value(p));
    }

    @Override
    public FieldReader fields(String name) {
      return nested;
    }

    @Override
    public void end() {
      ended++;
    }
  }
}
