package io.pdimesos.plugin.testing;

import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.KeyValue;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.TableColumn;
import io.pdimesos.plugin.TableRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every declared setting a value different from its default, with characters XML must
 * escape, so a round trip proves each one is written and read back.
 */
public final class SettingsFiller {
  private SettingsFiller() {}

  public static SettingValues fill(SettingValues values) {
    for (Setting s : values.settings()) {
      switch (s.kind()) {
        case TEXT:
          values.set(s, "v-" + s.tag() + " & <${X}>");
          break;
        case PASSWORD:
          values.set(s, "pw-" + s.tag() + "-\"secret\"");
          break;
        case BOOLEAN:
          values.set(s, !"Y".equals(s.defaultValue()));
          break;
        case INTEGER:
          values.set(s, String.valueOf(Math.abs(s.tag().hashCode() % 97) + 2));
          break;
        case NUMBER:
          values.set(s, "2.5");
          break;
        case CHOICE: {
          List<String> c = s.choices();
          values.set(s, c.get(c.size() - 1).equals(s.defaultValue()) ? c.get(0) : c.get(c.size() - 1));
          break;
        }
        case JSON:
          values.set(s, "{\n  \"id\": \"/${APP}\",\n  \"cmd\": \"a && b < c\"\n}");
          break;
        case KEY_VALUES:
          values.setPairs(s, List.of(new KeyValue("K1", "v & 1"), new KeyValue("K2", "${V2}")));
          break;
        case TEXT_LIST:
          values.setLines(s, List.of("line <1>", "${LINE2}"));
          break;
        case TABLE:
          values.setTable(s, List.of(row(s, "a & <1>"), row(s, "${CELL}")));
          break;
        default:
          throw new AssertionError(s.kind());
      }
    }
    return values;
  }

  /**
   * {@code values} as a file written before DC/OS mode and the Metronome URL existed (the
   * golden/before-dcos files) loads them: the DC/OS group holds what its missing tags mean (no
   * cluster URL: not DC/OS; the login fields their defaults), the Metronome URL its default.
   */
  public static SettingValues beforeDcosAndMetronome(SettingValues values) {
    SettingValues old = values.copy();
    for (Setting s : ConnectionSettings.DCOS) {
      old.set(s, s.defaultValue());
    }
    old.set(ConnectionSettings.METRONOME_URLS, ConnectionSettings.METRONOME_URLS.defaultValue());
    return old.set(ConnectionSettings.DCOS_URL, "");
  }

  /** A cell per column: the last choice for choice columns, {@code text} for the others. */
  private static TableRow row(Setting s, String text) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (TableColumn c : s.columns()) {
      cells.put(c.tag(), c.isChoice() ? c.choices().get(c.choices().size() - 1) : text + " " + c.tag());
    }
    return new TableRow(cells);
  }
}
