package io.pdimesos.plugin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.xml.XMLHandler;
import org.pentaho.di.i18n.BaseMessages;
import org.w3c.dom.Node;

/**
 * KEY_VALUES: an ordered table of key/value pairs (environment, labels):
 * {@code <tag><pair><key>..</key><value>..</value></pair>..</tag>}, repository attributes
 * {@code tag_key} and {@code tag_value} numbered per pair.
 */
final class PairsKind extends ListKind<KeyValue> {
  private static final Class<?> PKG = PairsKind.class;

  @Override
  Object initial(Setting s) {
    return new ArrayList<KeyValue>();
  }

  @Override
  void writeRow(StringBuilder xml, Setting s, KeyValue kv) {
    xml.append(XMLHandler.openTag("pair"))
        .append(XMLHandler.addTagValue("key", kv.key(), false))
        .append(XMLHandler.addTagValue("value", kv.value(), false))
        .append(XMLHandler.closeTag("pair"));
  }

  @Override
  Object readXml(Setting s, Node tag) {
    List<KeyValue> pairs = new ArrayList<KeyValue>();
    for (Node pair : XMLHandler.getNodes(tag, "pair")) {
      pairs.add(new KeyValue(XMLHandler.getTagValue(pair, "key"),
          XMLHandler.getTagValue(pair, "value")));
    }
    return pairs;
  }

  @Override
  @SuppressWarnings("unchecked")
  void save(RepositoryAttributes rep, Setting s, Object value) throws KettleException {
    List<KeyValue> pairs = (List<KeyValue>) value;
    for (int i = 0; i < pairs.size(); i++) {
      rep.save(i, s.tag() + "_key", pairs.get(i).key());
      rep.save(i, s.tag() + "_value", pairs.get(i).value());
    }
  }

  @Override
  Object read(RepositoryAttributes rep, Setting s) throws KettleException {
    List<KeyValue> pairs = new ArrayList<KeyValue>();
    int n = rep.count(s.tag() + "_key");
    for (int i = 0; i < n; i++) {
      pairs.add(new KeyValue(rep.string(i, s.tag() + "_key"), rep.string(i, s.tag() + "_value")));
    }
    return pairs;
  }

  @Override
  @SuppressWarnings("unchecked")
  void check(SettingsCheck check, Setting s, Object value, boolean required) {
    for (KeyValue kv : (List<KeyValue>) value) {
      if (kv.key().trim().isEmpty() && !kv.value().trim().isEmpty()) {
        check.error(BaseMessages.getString(PKG, "PairsKind.Check.KeyMissing", s.label(),
            kv.value()));
      }
    }
  }

  @Override
  String describe(Setting s) {
    return "key/value table";
  }

  @Override
  String rowKey(Setting s) {
    return s.injectionKey() + "_PAIR";
  }

  @Override
  List<String> cellKeys(Setting s) {
    return Arrays.asList(s.injectionKey() + "_KEY", s.injectionKey() + "_VALUE");
  }

  @Override
  List<String> cellDescriptions(Setting s) {
    return Arrays.asList(s.label() + ": " + BaseMessages.getString(PKG, "PairsKind.Injection.Key"),
        s.label() + ": " + BaseMessages.getString(PKG, "PairsKind.Injection.Value"));
  }

  @Override
  List<String> cellsOf(Setting s, KeyValue kv) {
    return Arrays.asList(kv.key(), kv.value());
  }

  @Override
  KeyValue rowOf(Setting s, List<String> cells) {
    return new KeyValue(cells.get(0), cells.get(1));
  }
}
