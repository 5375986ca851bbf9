package io.pdimesos.plugin;

import static io.pdimesos.plugin.sample.SampleSettings.FIELDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.plugin.sample.SampleSettings;
import io.pdimesos.plugin.testing.MapRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.CheckResultInterface;
import org.pentaho.di.core.variables.Variables;
import org.pentaho.di.repository.StringObjectId;

/** TABLE settings: storage format, defaults, repository attributes, check, resolve and docs. */
class TableSettingTest {
  @BeforeAll
  static void english() {
    Locale.setDefault(Locale.US);
  }

  private static SettingValues withRows(TableRow... rows) {
    return new SettingValues(SampleSettings.ALL).setTable(FIELDS, List.of(rows));
  }

  @Test
  void xmlHasOneRowTagPerRowWithOneChildPerColumn() throws Exception {
    SettingValues v = withRows(TableRow.of("name", "id", "path", "/id", "type", "String"),
        TableRow.of("name", "a<b", "type", "Integer"));
    String xml = SettingsXml.write(v);
    assertThat(xml).contains("<fields>\n        <field><name>id</name><path>/id</path><type>String</type></field>\n"
        + "        <field><name>a&lt;b</name><path/><type>Integer</type></field>\n      </fields>\n");

    SettingValues read = new SettingValues(SampleSettings.ALL);
    SettingsXml.read(read, SettingValuesTest.entryNode(xml));
    assertThat(read.table(FIELDS)).containsExactly(TableRow.of("name", "id", "path", "/id", "type", "String"),
        TableRow.of("name", "a<b", "path", "", "type", "Integer"));
  }

  @Test
  void aMissingTagMeansTheDefaultRowsAndAnEmptyTagNoRows() throws Exception {
    SettingValues read = withRows();
    SettingsXml.read(read, SettingValuesTest.entryNode("<app_id>/a</app_id>"));
    assertThat(read.table(FIELDS)).containsExactly(TableRow.of("name", "id", "path", "/id", "type", "String"),
        TableRow.of("name", "instances", "path", "/instances", "type", "Integer"));
    SettingsXml.read(read, SettingValuesTest.entryNode("<fields/>"));
    assertThat(read.table(FIELDS)).isEmpty();
  }

  @Test
  void repositoryAttributesAreIndexedPerColumnAndAnEmptiedTableStaysEmpty() throws Exception {
    MapRepository repo = new MapRepository();
    SettingValues v = withRows(TableRow.of("name", "id", "path", "/id", "type", "String"),
        TableRow.of("name", "n", "type", "Integer"));
    SettingsRepository.save(v, RepositoryAttributes.step(repo.rep, new StringObjectId("t"), new StringObjectId("s1")));
    assertThat(repo.attributes.get("s1/1/fields_name")).isEqualTo("n");
    assertThat(repo.attributes.get("s1/0/fields_path")).isEqualTo("/id");
    SettingValues read = withRows();
    SettingsRepository.read(read, RepositoryAttributes.step(repo.rep, null, new StringObjectId("s1")));
    assertThat(read.table(FIELDS)).isEqualTo(v.table(FIELDS));

    MapRepository emptied = new MapRepository();
    SettingsRepository.save(withRows(), RepositoryAttributes.step(emptied.rep, new StringObjectId("t"), new StringObjectId("s2")));
    SettingsRepository.read(read, RepositoryAttributes.step(emptied.rep, null, new StringObjectId("s2")));
    assertThat(read.table(FIELDS)).isEmpty();
  }

  @Test
  void checkNamesSettingRowAndColumnOfEachBadCell() {
    SettingValues v = withRows(TableRow.of("name", "id", "type", "String"),
        TableRow.of("path", "/x", "type", "Text"),
        TableRow.of(),
        TableRow.of("name", "n", "type", "${TYPE}"));
    v.set(SampleSettings.APP_ID, "/a");
    List<CheckResultInterface> remarks = new ArrayList<>();
    SettingsCheck.check(v, remarks, new Variables(), null);
    assertThat(remarks).extracting(CheckResultInterface::getText).containsExactly(
        "'Output fields' row 2: 'Name' is required",
        "'Output fields' row 2: 'Type' must be one of String, Integer, Boolean, got 'Text'");
    assertThat(remarks).allMatch(r -> r.getType() == CheckResultInterface.TYPE_RESULT_ERROR);
  }

  @Test
  void resolveTableSubstitutesEveryCellAndDropsEmptyRows() {
    SettingValues v = withRows(TableRow.of("name", "${P}_id", "path", "/${P}", "type", "${UNSET}"), TableRow.of());
    Variables space = new Variables();
    space.setVariable("P", "app");
    assertThat(v.in(space).table(FIELDS)).containsExactly(
        TableRow.of("name", "app_id", "path", "/app", "type", ""));
    assertThat(v.table(FIELDS)).hasSize(2);
  }

  @Test
  void copyAndEqualityCoverTheRows() {
    SettingValues v = withRows(TableRow.of("name", "a"));
    SettingValues c = v.copy();
    assertThat(c).isEqualTo(v);
    c.setTable(FIELDS, List.of(TableRow.of("name", "b")));
    assertThat(c).isNotEqualTo(v);
    assertThat(v.table(FIELDS)).containsExactly(TableRow.of("name", "a"));
    assertThatThrownBy(() -> v.table(FIELDS).add(TableRow.of())).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rowsCompareByTheirCellsAndUnknownCellsAreDropped() {
    assertThat(TableRow.of("a", "1", "b", "")).isEqualTo(TableRow.of("a", "1"))
        .hasSameHashCodeAs(TableRow.of("a", "1"));
    assertThat(TableRow.of("a", "1").get("missing")).isEmpty();
    assertThatThrownBy(() -> TableRow.of("a")).hasMessageContaining("pairs");
    SettingValues v = withRows(TableRow.of("name", "x", "other", "y"));
    assertThat(v.table(FIELDS).get(0).asMap()).containsOnlyKeys("name", "path", "type");
  }

  @Test
  void declarationsOfTablesAreChecked() {
    assertThat(FIELDS.kind().isScalar()).isFalse();
    assertThat(FIELDS.rowTag()).isEqualTo("field");
    assertThat(FIELDS.columns()).extracting(TableColumn::tag).containsExactly("name", "path", "type");
    assertThat(FIELDS.columns().get(0).isRequired()).isTrue();
    assertThat(FIELDS.columns().get(0).labelKey()).isEqualTo("Sample.Fields.Name.Label");
    assertThat(FIELDS.columnLabel(FIELDS.columns().get(1))).isEqualTo("Source path");
    assertThat(SampleSettings.APP_ID.columns()).isEmpty();
    assertThatThrownBy(() -> Setting.table(getClass(), "t", "X", "row").build()).hasMessageContaining("no columns");
    assertThatThrownBy(() -> Setting.table(getClass(), "t", "X", "Row", TableColumn.text("a", "A")).build())
        .hasMessageContaining("row tag");
    assertThatThrownBy(() -> Setting.table(getClass(), "t", "X", "row", TableColumn.text("a", "A"),
        TableColumn.text("a", "B")).build()).hasMessageContaining("twice");
    assertThatThrownBy(() -> Setting.table(getClass(), "t", "X", "row", TableColumn.text("a", "A"))
        .defaultRows(TableRow.of("b", "1")).build()).hasMessageContaining("'b'");
    assertThatThrownBy(() -> TableColumn.text("Name", "X")).hasMessageContaining("snake_case");
  }

  @Test
  void docsRowListsTheColumnsAndTheirChoices() {
    assertThat(SettingsDoc.table(List.of(FIELDS)).split("\n")[2]).isEqualTo(
        "| Definition | Output fields | `fields` | table of `field`: `name` (Name, required), `path` (Source path),"
            + " `type` (Type: String, Integer, Boolean) | 2 rows |  | One row per field: its name, where it comes"
            + " from and its type. |");
  }
}
