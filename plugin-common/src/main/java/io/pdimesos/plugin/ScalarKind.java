package io.pdimesos.plugin;

import io.pdimesos.core.http.Json;
import org.pentaho.di.core.encryption.Encr;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.row.ValueMetaInterface;
import org.pentaho.di.core.xml.XMLHandler;
import org.pentaho.di.i18n.BaseMessages;
import org.w3c.dom.Node;

/**
 * A setting holding one string: {@code <tag>value</tag>}, one repository attribute, one widget,
 * variables allowed. TEXT as it is; the nested kinds add their own rules.
 */
class ScalarKind extends ValueKind {
  private static final Class<?> PKG = ScalarKind.class;

  @Override
  Object initial(Setting s) {
    return s.defaultValue();
  }

  @Override
  void writeXml(StringBuilder xml, Setting s, Object value) {
    xml.append(INDENT).append(XMLHandler.addTagValue(s.tag(), stored(s, (String) value)));
  }

  @Override
  Object readXml(Setting s, Node tag) {
    return loaded(s, XMLHandler.getNodeValue(tag));
  }

  @Override
  void save(RepositoryAttributes rep, Setting s, Object value) throws KettleException {
    rep.save(s.tag(), stored(s, (String) value));
  }

  @Override
  Object read(RepositoryAttributes rep, Setting s) throws KettleException {
    return loaded(s, rep.string(s.tag()));
  }

  @Override
  void check(SettingsCheck check, Setting s, Object value, boolean required) {
    String raw = (String) value;
    if (required && raw.trim().isEmpty()) {
      check.missing(s);
    } else {
      checkValue(check, s, raw, required);
    }
  }

  /** Checks a value that is there, as resolved against the design-time variables. */
  void checkValue(SettingsCheck check, Setting s, String raw, boolean required) {
    check.text(s, raw, required);
  }

  @Override
  String describeDefault(Setting s) {
    return s.defaultValue().isEmpty() ? "" : "`" + s.defaultValue().replace("|", "\\|") + "`";
  }

  /** How the value is written to a file or repository. */
  String stored(Setting s, String raw) {
    return raw;
  }

  /** The value as read back from a file, a repository or metadata injection. */
  String loaded(Setting s, String stored) {
    return nullToEmpty(stored);
  }

  /** Its type in metadata injection. */
  int injectionType() {
    return ValueMetaInterface.TYPE_STRING;
  }

  /** The value metadata injection extracts: the stored form. */
  Object extracted(Setting s, String raw) {
    return stored(s, raw);
  }

  /** The raw value of an injected one. */
  String injected(Setting s, Object value) {
    return loaded(s, value.toString());
  }

  /** A secret: stored with PDI's Encr (a value with variables stays as typed), never logged. */
  static final class Secret extends ScalarKind {
    @Override
    String stored(Setting s, String raw) {
      return raw == null || raw.isEmpty() ? raw : Encr.encryptPasswordIfNotUsingVariables(raw);
    }

    @Override
    String loaded(Setting s, String stored) {
      return nullToEmpty(Encr.decryptPasswordOptionallyEncrypted(nullToEmpty(stored)));
    }
  }

  /** Y/N, a checkbox: no variables. */
  static final class Flag extends ScalarKind {
    @Override
    String loaded(Setting s, String stored) {
      return "Y".equalsIgnoreCase(nullToEmpty(stored).trim()) ? "Y" : "N";
    }

    @Override
    void save(RepositoryAttributes rep, Setting s, Object value) throws KettleException {
      rep.save(s.tag(), "Y".equals(value));
    }

    @Override
    Object read(RepositoryAttributes rep, Setting s) throws KettleException {
      return rep.bool(s.tag(), "Y".equals(s.defaultValue())) ? "Y" : "N";
    }

    @Override
    String describeDefault(Setting s) {
      return "Y".equals(s.defaultValue()) ? "yes" : "no";
    }

    @Override
    int injectionType() {
      return ValueMetaInterface.TYPE_BOOLEAN;
    }

    @Override
    Object extracted(Setting s, String raw) {
      return Boolean.valueOf("Y".equals(raw));
    }

    @Override
    String injected(Setting s, Object value) {
      String v = value.toString().trim();
      boolean on = value instanceof Boolean ? (Boolean) value
          : "Y".equalsIgnoreCase(v) || "true".equalsIgnoreCase(v);
      return on ? "Y" : "N";
    }
  }

  /** A whole number of 0 or more, kept as text so that it may be a variable. */
  static final class WholeNumber extends ScalarKind {
    @Override
    String problem(Setting s, String resolved) {
      String v = resolved.trim();
      try {
        return Long.parseLong(v) < 0
            ? BaseMessages.getString(PKG, "ScalarKind.Problem.Negative", v) : null;
      } catch (NumberFormatException e) {
        return BaseMessages.getString(PKG, "ScalarKind.Problem.NotWholeNumber", v);
      }
    }

    @Override
    int injectionType() {
      return ValueMetaInterface.TYPE_INTEGER;
    }

    @Override
    Object extracted(Setting s, String raw) {
      try {
        return Long.valueOf(raw.trim());
      } catch (NumberFormatException e) {
        return raw; // a variable or empty: only text can carry it
      }
    }
  }

  /**
   * A decimal number of 0 or more, kept as text so that it may be a variable. Injected as text
   * too: "0.5" must not become 0.5000001.
   */
  static final class Decimal extends ScalarKind {
    @Override
    String problem(Setting s, String resolved) {
      String v = resolved.trim();
      try {
        double d = Double.parseDouble(v);
        return d < 0 || Double.isNaN(d) || Double.isInfinite(d)
            ? BaseMessages.getString(PKG, "ScalarKind.Problem.NegativeNumber", v) : null;
      } catch (NumberFormatException e) {
        return BaseMessages.getString(PKG, "ScalarKind.Problem.NotNumber", v);
      }
    }
  }

  /** One of a fixed list of codes, or a variable holding one. */
  static final class OneOf extends ScalarKind {
    @Override
    String problem(Setting s, String resolved) {
      String v = resolved.trim();
      return s.choices().contains(v) ? null : BaseMessages.getString(PKG,
          "ScalarKind.Problem.NotAChoice", String.valueOf(s.choices()), v);
    }

    @Override
    String describe(Setting s) {
      return "choice: " + String.join(", ", s.choices());
    }
  }

  /** Multi-line JSON with variables inside; well-formed once they are substituted. */
  static final class JsonText extends ScalarKind {
    @Override
    String problem(Setting s, String resolved) {
      String why = Json.malformed(resolved);
      return why == null ? null : BaseMessages.getString(PKG, "ScalarKind.Problem.NotJson", why);
    }

    /**
     * JSON is checked as written, indentation included, and its variables are noted even when
     * it is optional: a template's variables may only exist when the job runs.
     */
    @Override
    void checkValue(SettingsCheck check, Setting s, String raw, boolean required) {
      check.json(s, raw);
    }
  }
}
