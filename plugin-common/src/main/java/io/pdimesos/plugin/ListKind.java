package io.pdimesos.plugin;

import java.util.ArrayList;
import java.util.List;
import org.pentaho.di.core.Const;
import org.pentaho.di.core.row.ValueMetaInterface;
import org.pentaho.di.core.xml.XMLHandler;

/**
 * A setting holding a list of rows, each of one or more cells: {@code <tag><row>..</row>..</tag>}
 * in XML, numbered attributes in a repository, a table or a multi-line text in the dialog. In
 * metadata injection it is an entry whose details are rows whose details are cells.
 *
 * @param <E> one row (a line, a key/value pair, a table row)
 */
abstract class ListKind<E> extends ValueKind {
  @Override
  Object copy(Object value) {
    return new ArrayList<Object>((List<?>) value);
  }

  @Override
  @SuppressWarnings("unchecked")
  void writeXml(StringBuilder xml, Setting s, Object value) {
    xml.append(INDENT).append(XMLHandler.openTag(s.tag())).append(Const.CR);
    for (E row : (List<E>) value) {
      xml.append(INDENT).append("  ");
      writeRow(xml, s, row);
      xml.append(Const.CR);
    }
    xml.append(INDENT).append(XMLHandler.closeTag(s.tag())).append(Const.CR);
  }

  /** One row's element, on one line. */
  abstract void writeRow(StringBuilder xml, Setting s, E row);

  @Override
  String describeDefault(Setting s) {
    return "";
  }

  // ---- metadata injection ----

  int injectionType() {
    return ValueMetaInterface.TYPE_NONE;
  }

  /** The key of one row's entry. */
  abstract String rowKey(Setting s);

  /** The keys of one row's cells, in order. */
  abstract List<String> cellKeys(Setting s);

  /** What Metadata Injection shows for each cell, in order. */
  abstract List<String> cellDescriptions(Setting s);

  /** The rows of {@code value} as cells in {@link #cellKeys} order. */
  @SuppressWarnings("unchecked")
  List<List<String>> cells(Setting s, Object value) {
    List<List<String>> out = new ArrayList<List<String>>();
    for (E row : (List<E>) value) {
      out.add(cellsOf(s, row));
    }
    return out;
  }

  /** The value made of injected rows (cells in {@link #cellKeys} order, never null). */
  List<E> fromCells(Setting s, List<List<String>> rows) {
    List<E> out = new ArrayList<E>();
    for (List<String> cells : rows) {
      out.add(rowOf(s, cells));
    }
    return out;
  }

  abstract List<String> cellsOf(Setting s, E row);

  abstract E rowOf(Setting s, List<String> cells);
}
