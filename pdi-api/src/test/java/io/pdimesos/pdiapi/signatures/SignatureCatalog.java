package io.pdimesos.pdiapi.signatures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recorded real API: signatures.txt (PDI 9.4 records plus DIFF notes for 10.2/11.x) and the
 * project's supplement (same format, plus {@code handled} records that accept a known version
 * difference, each with its reason in a comment above it).
 */
final class SignatureCatalog {
  static final class TypeRecord {
    final String name;
    String kind;
    String header;
    boolean notIn94;
    final Set<String> members = new LinkedHashSet<>();
    /** "kind member" removed or changed by a later version, with that version. */
    final Map<String, String> removedLater = new LinkedHashMap<>();
    final Set<String> handled = new LinkedHashSet<>();

    TypeRecord(String name) {
      this.name = name;
    }
  }

  private static final Pattern DIFF = Pattern.compile("^# DIFF (\\S+) \\([0-9a-f]+\\): - (\\w+) (.*)$");
  private static final Pattern HEADER_CHANGE = Pattern.compile("^# DIFF (\\S+) \\([0-9a-f]+\\): header becomes: .*$");
  private static final Pattern REF = Pattern.compile("^# ref (\\S+) -- .*\\[not in 9\\.4.*$");

  final Map<String, TypeRecord> types = new LinkedHashMap<>();

  static SignatureCatalog parse(List<String> signatureLines, List<String> supplementLines) {
    SignatureCatalog catalog = new SignatureCatalog();
    catalog.read(signatureLines, false);
    catalog.read(supplementLines, true);
    return catalog;
  }

  private void read(List<String> lines, boolean supplement) {
    String current = null;
    for (String line : lines) {
      Matcher ref = REF.matcher(line);
      if (ref.matches()) {
        type(ref.group(1)).notIn94 = true;
        continue;
      }
      if (line.startsWith("# ==== ")) {
        current = line.substring(7).split(" ")[0];
        continue;
      }
      Matcher headerChange = HEADER_CHANGE.matcher(line);
      if (headerChange.matches() && current != null && type(current).header != null) {
        TypeRecord changed = type(current);
        changed.removedLater.put(changed.kind + " " + changed.header, headerChange.group(1));
        continue;
      }
      Matcher diff = DIFF.matcher(line);
      if (diff.matches() && current != null) {
        type(current).removedLater.put(diff.group(2) + " " + diff.group(3), diff.group(1));
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length != 3) {
        throw new IllegalArgumentException("not a 3-column record: " + line);
      }
      TypeRecord type = type(columns[0]);
      current = columns[0];
      switch (columns[1]) {
        case "class", "interface", "annotation", "enum" -> {
          type.kind = columns[1];
          type.header = columns[2];
        }
        case "handled" -> type.handled.add(columns[2]);
        default -> type.members.add(columns[1] + " " + columns[2]);
      }
    }
  }

  TypeRecord type(String name) {
    return types.computeIfAbsent(name, TypeRecord::new);
  }

  TypeRecord find(String name) {
    return types.get(name);
  }

  List<String> names() {
    return new ArrayList<>(types.keySet());
  }
}
