package io.pdimesos.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what PDI's Text file output writes in the samples: {@code ;} separated, a header line,
 * {@code "} around a value only where it needs one (a doubled {@code ""} inside), UTF-8.
 */
public final class Csv {
  private Csv() {}

  /** The data rows, each by header name, in file order. */
  public static List<Map<String, String>> read(Path file) throws IOException {
    List<List<String>> records = records(Files.readString(file, StandardCharsets.UTF_8));
    if (records.isEmpty()) {
      return List.of();
    }
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> record : records.subList(1, records.size())) {
      if (record.size() != header.size()) {
        throw new AssertionError(file + ": " + record.size() + " values for " + header.size() + " columns: " + record);
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), record.get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<List<String>> records(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          value.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          value.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ';') {
        record.add(value.toString());
        value.setLength(0);
      } else if (c == '\n') {
        record.add(value.toString());
        value.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else if (c != '\r') {
        value.append(c);
      }
    }
    if (value.length() > 0 || !record.isEmpty()) {
      record.add(value.toString());
      records.add(record);
    }
    return records;
  }
}
