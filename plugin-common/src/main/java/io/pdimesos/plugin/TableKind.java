package io.pdimesos.plugin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.xml.XMLHandler;
import org.pentaho.di.i18n.BaseMessages;
import org.w3c.dom.Node;

/**
 * TABLE: rows with declared columns (an input step's output fields):
 * {@code <tag><rowTag><column>..</column>..</rowTag>..</tag>}, repository attributes
 * {@code tag_<column>} numbered per row. Each row keeps exactly the declared columns.
 */
final class TableKind extends ListKind<TableRow> {
  private static final Class<?> PKG = TableKind.class;

  @Override
  Object initial(Setting s) {
    return normalized(s, s.defaultRows());
  }

  /** The rows with exactly the declared columns (a missing cell is ""). */
  static List<TableRow> normalized(Setting s, List<TableRow> rows) {
    List<TableRow> out = new ArrayList<TableRow>();
    for (TableRow row : rows) {
      Map<String, String> cells = new LinkedHashMap<String, String>();
      for (TableColumn c : s.columns()) {
        cells.put(c.tag(), row.get(c.tag()));
      }
      out.add(new TableRow(cells));
    }
    return out;
  }

  @Override
  void writeRow(StringBuilder xml, Setting s, TableRow row) {
    xml.append(XMLHandler.openTag(s.rowTag()));
    for (TableColumn c : s.columns()) {
      xml.append(XMLHandler.addTagValue(c.tag(), row.get(c.tag()), false));
    }
    xml.append(XMLHandler.closeTag(s.rowTag()));
  }

  @Override
  Object readXml(Setting s, Node tag) {
    List<TableRow> rows = new ArrayList<TableRow>();
    for (Node rowNode : XMLHandler.getNodes(tag, s.rowTag())) {
      Map<String, String> cells = new LinkedHashMap<String, String>();
      for (TableColumn c : s.columns()) {
        cells.put(c.tag(), nullToEmpty(XMLHandler.getTagValue(rowNode, c.tag())));
      }
      rows.add(new TableRow(cells));
    }
    return rows;
  }

  @Override
  @SuppressWarnings("unchecked")
  void save(RepositoryAttributes rep, Setting s, Object value) throws KettleException {
    List<TableRow> rows = (List<TableRow>) value;
    for (int i = 0; i < rows.size(); i++) {
      for (TableColumn c : s.columns()) {
        rep.save(i, s.tag() + "_" + c.tag(), rows.get(i).get(c.tag()));
      }
    }
  }

  @Override
  Object read(RepositoryAttributes rep, Setting s) throws KettleException {
    // Every row saves every column; the longest count guards against a column an older version
    // did not have.
    int n = 0;
    for (TableColumn c : s.columns()) {
      n = Math.max(n, rep.count(s.tag() + "_" + c.tag()));
    }
    List<TableRow> rows = new ArrayList<TableRow>();
    for (int i = 0; i < n; i++) {
      Map<String, String> cells = new LinkedHashMap<String, String>();
      for (TableColumn c : s.columns()) {
        cells.put(c.tag(), nullToEmpty(rep.string(i, s.tag() + "_" + c.tag())));
      }
      rows.add(new TableRow(cells));
    }
    return rows;
  }

  /** Per non-empty row: required cells filled, choice cells among their codes. */
  @Override
  @SuppressWarnings("unchecked")
  void check(SettingsCheck check, Setting s, Object value, boolean required) {
    boolean anyRow = false;
    List<TableRow> rows = (List<TableRow>) value;
    for (int i = 0; i < rows.size(); i++) {
      TableRow row = rows.get(i);
      if (row.isEmpty()) {
        continue;
      }
      anyRow = true;
      String rowNr = String.valueOf(i + 1);
      for (TableColumn c : s.columns()) {
        String cell = row.get(c.tag()).trim();
        if (cell.isEmpty()) {
          if (c.isRequired()) {
            check.error(BaseMessages.getString(PKG, "TableKind.Check.CellRequired", s.label(),
                rowNr, s.columnLabel(c)));
          }
        } else if (c.isChoice() && !c.choices().contains(cell) && !VariableRefs.contains(cell)) {
          check.error(BaseMessages.getString(PKG, "TableKind.Check.CellChoice", s.label(), rowNr,
              s.columnLabel(c), String.join(", ", c.choices()), cell));
        }
      }
    }
    if (required && !anyRow) {
      check.missing(s);
    }
  }

  /** {@code table of `field`: `name` (Name, required), `type` (Type: String, Integer)}. */
  @Override
  String describe(Setting s) {
    StringBuilder out = new StringBuilder("table of `" + s.rowTag() + "`: ");
    for (int i = 0; i < s.columns().size(); i++) {
      TableColumn c = s.columns().get(i);
      out.append(i == 0 ? "" : ", ").append('`').append(c.tag()).append("` (")
          .append(SettingsDoc.cell(s.columnLabel(c)));
      if (c.isChoice()) {
        out.append(": ").append(String.join(", ", c.choices()));
      }
      out.append(c.isRequired() ? ", required)" : ")");
    }
    return out.toString();
  }

  @Override
  String describeDefault(Setting s) {
    return s.defaultRows().isEmpty() ? "" : s.defaultRows().size() + " rows";
  }

  @Override
  String rowKey(Setting s) {
    return s.rowTag().toUpperCase(Locale.ROOT);
  }

  @Override
  List<String> cellKeys(Setting s) {
    List<String> keys = new ArrayList<String>();
    for (TableColumn c : s.columns()) {
      keys.add(c.tag().toUpperCase(Locale.ROOT));
    }
    return keys;
  }

  @Override
  List<String> cellDescriptions(Setting s) {
    List<String> out = new ArrayList<String>();
    for (TableColumn c : s.columns()) {
      out.add(s.columnLabel(c));
    }
    return out;
  }

  @Override
  List<String> cellsOf(Setting s, TableRow row) {
    List<String> cells = new ArrayList<String>();
    for (TableColumn c : s.columns()) {
      cells.add(row.get(c.tag()));
    }
    return cells;
  }

  @Override
  TableRow rowOf(Setting s, List<String> cells) {
    Map<String, String> byTag = new LinkedHashMap<String, String>();
    for (int i = 0; i < s.columns().size(); i++) {
      byTag.put(s.columns().get(i).tag(), cells.get(i));
    }
    return new TableRow(byTag);
  }
}
