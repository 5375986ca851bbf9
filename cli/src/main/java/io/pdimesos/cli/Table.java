package io.pdimesos.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.http.Json;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows with named columns, printed as an aligned table, JSON (an array of objects) or CSV. Every
 * listing command builds one of these, so the three formats never drift apart.
 */
final class Table {
  /** Output formats of {@code --output}. */
  enum Format { table, json, csv }

  private final List<String> columns;
  private final List<List<String>> rows = new ArrayList<>();

  Table(String... columns) {
    this.columns = Arrays.asList(columns);
  }

  Table row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException("row has " + values.length + " values for "
          + columns.size() + " columns");
    }
    List<String> r = new ArrayList<>();
    for (Object v : values) {
      r.add(v == null ? "" : String.valueOf(v));
    }
    rows.add(r);
    return this;
  }

  int size() {
    return rows.size();
  }

  void print(Format format, PrintWriter out) {
    switch (format) {
      case json -> printJson(out);
      case csv -> printCsv(out);
      default -> printTable(out);
    }
    out.flush();
  }

  private void printTable(PrintWriter out) {
    int[] width = new int[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      width[i] = columns.get(i).length();
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    out.println(line(columns, width).toUpperCase());
    for (List<String> r : rows) {
      out.println(line(r, width));
    }
  }

  private static String line(List<String> cells, int[] width) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append("  ");
      }
      String c = cells.get(i);
      sb.append(c);
      if (i < cells.size() - 1) {
        sb.append(" ".repeat(width[i] - c.length()));
      }
    }
    return sb.toString();
  }

  private void printJson(PrintWriter out) {
    ArrayNode arr = Json.MAPPER.createArrayNode();
    for (List<String> r : rows) {
      ObjectNode o = arr.addObject();
      for (int i = 0; i < columns.size(); i++) {
        o.put(columns.get(i), r.get(i));
      }
    }
    out.println(arr.toPrettyString());
  }

  private void printCsv(PrintWriter out) {
    out.println(csvLine(columns));
    for (List<String> r : rows) {
      out.println(csvLine(r));
    }
  }

  private static String csvLine(List<String> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String c = cells.get(i);
      if (c.contains(",") || c.contains("\"") || c.contains("\n")) {
        sb.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
