package io.pdimesos.plugin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.xml.XMLHandler;
import org.pentaho.di.i18n.BaseMessages;
import org.w3c.dom.Node;

/**
 * TEXT_LIST: lines of text (names, constraints), each like a TEXT setting of its own:
 * {@code <tag><line>..</line>..</tag>}, repository attribute {@code tag} numbered per line.
 */
final class LinesKind extends ListKind<String> {
  private static final Class<?> PKG = LinesKind.class;

  @Override
  Object initial(Setting s) {
    return new ArrayList<String>(s.defaultList());
  }

  @Override
  void writeRow(StringBuilder xml, Setting s, String line) {
    xml.append(XMLHandler.addTagValue("line", line, false));
  }

  @Override
  Object readXml(Setting s, Node tag) {
    List<String> lines = new ArrayList<String>();
    for (Node line : XMLHandler.getNodes(tag, "line")) {
      lines.add(nullToEmpty(XMLHandler.getNodeValue(line)));
    }
    return lines;
  }

  @Override
  @SuppressWarnings("unchecked")
  void save(RepositoryAttributes rep, Setting s, Object value) throws KettleException {
    List<String> lines = (List<String>) value;
    for (int i = 0; i < lines.size(); i++) {
      rep.save(i, s.tag(), lines.get(i));
    }
  }

  @Override
  Object read(RepositoryAttributes rep, Setting s) throws KettleException {
    List<String> lines = new ArrayList<String>();
    int n = rep.count(s.tag());
    for (int i = 0; i < n; i++) {
      lines.add(nullToEmpty(rep.string(i, s.tag())));
    }
    return lines;
  }

  @Override
  @SuppressWarnings("unchecked")
  void check(SettingsCheck check, Setting s, Object value, boolean required) {
    List<String> lines = (List<String>) value;
    if (required && !hasText(lines)) {
      check.missing(s);
    }
    for (String line : lines) {
      check.text(s, line, required);
    }
  }

  @Override
  String describe(Setting s) {
    return "list";
  }

  @Override
  String describeDefault(Setting s) {
    return s.defaultList().isEmpty() ? "" : "`" + String.join("`, `", s.defaultList()) + "`";
  }

  @Override
  String rowKey(Setting s) {
    return s.injectionKey() + "_ITEM";
  }

  @Override
  List<String> cellKeys(Setting s) {
    return Collections.singletonList(s.injectionKey() + "_LINE");
  }

  @Override
  List<String> cellDescriptions(Setting s) {
    return Collections.singletonList(s.label() + ": "
        + BaseMessages.getString(PKG, "LinesKind.Injection.Line"));
  }

  @Override
  List<String> cellsOf(Setting s, String line) {
    return Collections.singletonList(line);
  }

  @Override
  String rowOf(Setting s, List<String> cells) {
    return cells.get(0);
  }
}
