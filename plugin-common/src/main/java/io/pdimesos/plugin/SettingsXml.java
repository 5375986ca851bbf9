package io.pdimesos.plugin;

import java.util.ArrayList;
import java.util.List;
import org.pentaho.di.core.xml.XMLHandler;
import org.w3c.dom.Node;

/**
 * Settings in a {@code .kjb} or {@code .ktr}: one tag per setting inside the {@code <entry>} or
 * {@code <step>}, written by its kind. A missing tag means "written before this setting
 * existed": the declared default (or the setting's {@link Setting.WhenMissing} rule), which each
 * declaration chooses so that old files keep their behaviour. An empty tag is an empty value, so
 * clearing a field that defaults to a variable survives a save.
 */
public final class SettingsXml {
  private SettingsXml() {}

  /** One tag per setting, to append after {@code super.getXML()}. */
  public static String write(SettingValues values) {
    StringBuilder xml = new StringBuilder();
    for (Setting s : values.settings()) {
      s.kind().behaviour().writeXml(xml, s, values.value(s));
    }
    return xml.toString();
  }

  /** Reads the tags of {@code node} (an {@code <entry>} or {@code <step>}) into {@code values}. */
  public static void read(SettingValues values, Node node) {
    List<Setting> missing = new ArrayList<Setting>();
    for (Setting s : values.settings()) {
      Node tag = XMLHandler.getSubNode(node, s.tag());
      if (tag == null) {
        missing.add(s);
      } else {
        values.put(s, s.kind().behaviour().readXml(s, tag));
      }
    }
    values.missingLoaded(missing);
  }
}
