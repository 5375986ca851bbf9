package io.pdimesos.plugin;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.pdimesos.core.http.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pentaho.di.core.CheckResult;
import org.pentaho.di.core.CheckResultInterface;
import org.pentaho.di.core.CheckResultSourceInterface;
import org.pentaho.di.core.Const;
import org.pentaho.di.core.encryption.Encr;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.core.xml.XMLHandler;
import org.pentaho.di.i18n.BaseMessages;
import org.w3c.dom.Node;

/**
 * The values of an entry's or step's declared settings, as the user typed them (variables not
 * substituted: that happens at run time, through the typed getters). XML, repository, check and
 * copy all walk the declarations, so a new setting needs only its declaration.
 *
 * <p>Missing on load means "written before this setting existed": the declared default is used,
 * which each declaration chooses so that old files keep their behaviour. An empty tag or
 * attribute is an empty value, so clearing a field that defaults to a variable survives a save.
 */
public final class SettingValues {
  /**
   * Repository attribute listing the tags that were saved: a repository stores "" as null, so
   * without it an emptied setting could not be told from one an older version never wrote.
   */
  static final String SAVED_TAGS = "pdi_mesos_saved_settings";
  private static final Class<?> PKG = SettingValues.class;
  private static final String INDENT = "      ";

  private final List<Setting> settings;
  private final Map<String, Object> values = new LinkedHashMap<String, Object>();

  public SettingValues(List<Setting> settings) {
    Set<String> tags = new HashSet<String>();
    for (Setting s : settings) {
      if (!tags.add(s.tag())) {
        throw new IllegalArgumentException("Setting tag '" + s.tag() + "' is declared twice");
      }
    }
    this.settings = Collections.unmodifiableList(new ArrayList<Setting>(settings));
    setDefaults();
  }

  /** Several declaration lists (an entry's own, then the connection block) as one. */
  public static List<Setting> concat(List<Setting> first, List<Setting> second) {
    List<Setting> all = new ArrayList<Setting>(first);
    all.addAll(second);
    return Collections.unmodifiableList(all);
  }

  public List<Setting> settings() {
    return settings;
  }

  public void setDefaults() {
    for (Setting s : settings) {
      values.put(s.tag(), defaultOf(s));
    }
  }

  private static Object defaultOf(Setting s) {
    switch (s.kind()) {
      case TEXT_LIST:
        return new ArrayList<String>(s.defaultList());
      case KEY_VALUES:
        return new ArrayList<KeyValue>();
      case TABLE:
        return normalized(s, s.defaultRows());
      default:
        return s.defaultValue();
    }
  }

  // ---- raw values (what the dialog shows and edits) ----

  /** The unsubstituted text of a scalar setting ("Y"/"N" for booleans). */
  public String raw(Setting s) {
    requireScalar(s);
    return (String) values.get(known(s).tag());
  }

  public SettingValues set(Setting s, String raw) {
    requireScalar(s);
    values.put(known(s).tag(), raw == null ? "" : raw);
    return this;
  }

  public SettingValues set(Setting s, boolean value) {
    return set(s, value ? "Y" : "N");
  }

  public boolean bool(Setting s) {
    return "Y".equalsIgnoreCase(raw(s));
  }

  @SuppressWarnings("unchecked")
  public List<String> lines(Setting s) {
    require(s, SettingKind.TEXT_LIST);
    return Collections.unmodifiableList((List<String>) values.get(s.tag()));
  }

  public SettingValues setLines(Setting s, List<String> lines) {
    require(s, SettingKind.TEXT_LIST);
    List<String> copy = new ArrayList<String>();
    for (String line : lines) {
      copy.add(line == null ? "" : line);
    }
    values.put(s.tag(), copy);
    return this;
  }

  @SuppressWarnings("unchecked")
  public List<KeyValue> pairs(Setting s) {
    require(s, SettingKind.KEY_VALUES);
    return Collections.unmodifiableList((List<KeyValue>) values.get(s.tag()));
  }

  public SettingValues setPairs(Setting s, List<KeyValue> pairs) {
    require(s, SettingKind.KEY_VALUES);
    values.put(s.tag(), new ArrayList<KeyValue>(pairs));
    return this;
  }

  @SuppressWarnings("unchecked")
  public List<TableRow> table(Setting s) {
    require(s, SettingKind.TABLE);
    return Collections.unmodifiableList((List<TableRow>) values.get(s.tag()));
  }

  /** Replaces the rows; each keeps only the declared columns (a missing cell is ""). */
  public SettingValues setTable(Setting s, List<TableRow> rows) {
    require(s, SettingKind.TABLE);
    values.put(s.tag(), normalized(s, rows));
    return this;
  }

  private static List<TableRow> normalized(Setting s, List<TableRow> rows) {
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

  // ---- resolved values (run time) ----

  /**
   * The value with variables substituted. A value that is nothing but one undefined variable
   * (the connection defaults such as {@code ${PDI_MESOS_USER}}) counts as not set: "". Other
   * undefined references stay as they are, as in PDI (a Marathon command may use the task's
   * own {@code ${PORT0}}).
   */
  public String resolve(Setting s, VariableSpace space) {
    String raw = raw(s);
    return unsetIfUndefined(substitute(raw, space));
  }

  /** {@link #resolve}, which must not be empty; else an error naming the setting. */
  public String resolveRequired(Setting s, VariableSpace space) {
    String v = resolve(s, space);
    if (v.trim().isEmpty()) {
      String raw = raw(s);
      throw new SettingException(s, raw.trim().isEmpty() ? "is empty"
          : "is empty: it is " + raw.trim() + ", and " + String.join(", ", VariableRefs.names(raw))
              + " is not defined (set it in kettle.properties or as a job parameter)");
    }
    String problem = problem(s, v);
    if (problem != null) {
      throw new SettingException(s, problem);
    }
    return v;
  }

  /** The trimmed text, validated; "" when not set. */
  public String text(Setting s, VariableSpace space) {
    String v = resolve(s, space).trim();
    if (v.isEmpty()) {
      if (s.required()) {
        return resolveRequired(s, space);
      }
      return v;
    }
    String problem = problem(s, v);
    if (problem != null) {
      throw new SettingException(s, problem);
    }
    return v;
  }

  /**
   * A secret's value (never log it). A variable may hold it encrypted, as PDI's own steps allow
   * ({@code PDI_MESOS_PASSWORD=Encrypted 2be98...} in kettle.properties, from {@code encr.sh
   * -kettle}): like them, the value is decrypted after the variables are substituted.
   */
  public String secret(Setting s, VariableSpace space) {
    require(s, SettingKind.PASSWORD);
    return nullToEmpty(Encr.decryptPasswordOptionallyEncrypted(resolve(s, space)));
  }

  /** A whole number; an empty value means the declared default. */
  public long integer(Setting s, VariableSpace space) {
    require(s, SettingKind.INTEGER);
    return Long.parseLong(numberText(s, space));
  }

  public double number(Setting s, VariableSpace space) {
    require(s, SettingKind.NUMBER);
    return Double.parseDouble(numberText(s, space));
  }

  private String numberText(Setting s, VariableSpace space) {
    String v = resolve(s, space).trim();
    if (v.isEmpty()) {
      v = s.defaultValue();
    }
    if (v.isEmpty()) {
      throw new SettingException(s, "is empty: a number is required");
    }
    String problem = problem(s, v);
    if (problem != null) {
      throw new SettingException(s, problem);
    }
    return v;
  }

  /**
   * The chosen code; an empty value (or an undefined variable) means the declared default, or
   * the first choice when the default is itself a variable.
   */
  public String choice(Setting s, VariableSpace space) {
    require(s, SettingKind.CHOICE);
    String v = resolve(s, space).trim();
    if (v.isEmpty()) {
      v = VariableRefs.contains(s.defaultValue()) || s.defaultValue().isEmpty()
          ? s.choices().get(0) : s.defaultValue();
    }
    String problem = problem(s, v);
    if (problem != null) {
      throw new SettingException(s, problem);
    }
    return v;
  }

  /** The JSON text with variables substituted inside it; well-formed, or an error saying where. */
  public String json(Setting s, VariableSpace space) {
    require(s, SettingKind.JSON);
    String v = substitute(raw(s), space);
    if (v.trim().isEmpty()) {
      if (s.required()) {
        throw new SettingException(s, "is empty");
      }
      return "";
    }
    String problem = problem(s, v);
    if (problem != null) {
      throw new SettingException(s, problem);
    }
    return v;
  }

  /** The lines with variables substituted, blank lines dropped, each validated. */
  public List<String> resolveLines(Setting s, VariableSpace space) {
    List<String> out = new ArrayList<String>();
    for (String line : lines(s)) {
      String v = unsetIfUndefined(substitute(line, space)).trim();
      if (v.isEmpty()) {
        continue;
      }
      String problem = problem(s, v);
      if (problem != null) {
        throw new SettingException(s, problem);
      }
      out.add(v);
    }
    if (out.isEmpty() && s.required()) {
      throw new SettingException(s, "has no lines");
    }
    return out;
  }

  /** The pairs with variables substituted in keys and values; rows without a key dropped. */
  public Map<String, String> resolvePairs(Setting s, VariableSpace space) {
    Map<String, String> out = new LinkedHashMap<String, String>();
    for (KeyValue kv : pairs(s)) {
      String key = substitute(kv.key(), space).trim();
      if (key.isEmpty()) {
        if (!kv.value().trim().isEmpty()) {
          throw new SettingException(s, "the value '" + kv.value() + "' has no key");
        }
        continue;
      }
      out.put(key, substitute(kv.value(), space));
    }
    return out;
  }

  /**
   * The rows with variables substituted in every cell, by the rules of {@link #resolve} (a cell
   * that is only an undefined variable is ""). Rows whose cells are all empty are dropped.
   */
  public List<TableRow> resolveTable(Setting s, VariableSpace space) {
    List<TableRow> out = new ArrayList<TableRow>();
    for (TableRow row : table(s)) {
      Map<String, String> cells = new LinkedHashMap<String, String>();
      for (Map.Entry<String, String> cell : row.asMap().entrySet()) {
        cells.put(cell.getKey(), unsetIfUndefined(substitute(cell.getValue(), space)));
      }
      TableRow resolved = new TableRow(cells);
      if (!resolved.isEmpty()) {
        out.add(resolved);
      }
    }
    return out;
  }

  // ---- XML ----

  /** One tag per setting, to append after {@code super.getXML()}. */
  public String getXML() {
    StringBuilder xml = new StringBuilder();
    for (Setting s : settings) {
      Object v = values.get(s.tag());
      switch (s.kind()) {
        case TEXT_LIST:
          xml.append(INDENT).append(XMLHandler.openTag(s.tag())).append(Const.CR);
          for (Object line : (List<?>) v) {
            xml.append(INDENT).append("  ").append(XMLHandler.addTagValue("line", (String) line));
          }
          xml.append(INDENT).append(XMLHandler.closeTag(s.tag())).append(Const.CR);
          break;
        case KEY_VALUES:
          xml.append(INDENT).append(XMLHandler.openTag(s.tag())).append(Const.CR);
          for (Object o : (List<?>) v) {
            KeyValue kv = (KeyValue) o;
            xml.append(INDENT).append("  ").append(XMLHandler.openTag("pair"))
                .append(XMLHandler.addTagValue("key", kv.key(), false))
                .append(XMLHandler.addTagValue("value", kv.value(), false))
                .append(XMLHandler.closeTag("pair")).append(Const.CR);
          }
          xml.append(INDENT).append(XMLHandler.closeTag(s.tag())).append(Const.CR);
          break;
        case TABLE:
          xml.append(INDENT).append(XMLHandler.openTag(s.tag())).append(Const.CR);
          for (Object o : (List<?>) v) {
            TableRow row = (TableRow) o;
            xml.append(INDENT).append("  ").append(XMLHandler.openTag(s.rowTag()));
            for (TableColumn c : s.columns()) {
              xml.append(XMLHandler.addTagValue(c.tag(), row.get(c.tag()), false));
            }
            xml.append(XMLHandler.closeTag(s.rowTag())).append(Const.CR);
          }
          xml.append(INDENT).append(XMLHandler.closeTag(s.tag())).append(Const.CR);
          break;
        default:
          xml.append(INDENT).append(XMLHandler.addTagValue(s.tag(), stored(s, (String) v)));
      }
    }
    return xml.toString();
  }

  /** Reads the tags of {@code node} (an {@code <entry>} or {@code <step>}). */
  public void loadXML(Node node) {
    for (Setting s : settings) {
      Node sub = XMLHandler.getSubNode(node, s.tag());
      if (sub == null) {
        values.put(s.tag(), defaultOf(s));
        continue;
      }
      switch (s.kind()) {
        case TEXT_LIST: {
          List<String> lines = new ArrayList<String>();
          for (Node line : XMLHandler.getNodes(sub, "line")) {
            lines.add(nullToEmpty(XMLHandler.getNodeValue(line)));
          }
          values.put(s.tag(), lines);
          break;
        }
        case KEY_VALUES: {
          List<KeyValue> pairs = new ArrayList<KeyValue>();
          for (Node pair : XMLHandler.getNodes(sub, "pair")) {
            pairs.add(new KeyValue(XMLHandler.getTagValue(pair, "key"),
                XMLHandler.getTagValue(pair, "value")));
          }
          values.put(s.tag(), pairs);
          break;
        }
        case TABLE: {
          List<TableRow> rows = new ArrayList<TableRow>();
          for (Node rowNode : XMLHandler.getNodes(sub, s.rowTag())) {
            Map<String, String> cells = new LinkedHashMap<String, String>();
            for (TableColumn c : s.columns()) {
              cells.put(c.tag(), nullToEmpty(XMLHandler.getTagValue(rowNode, c.tag())));
            }
            rows.add(new TableRow(cells));
          }
          values.put(s.tag(), rows);
          break;
        }
        default:
          values.put(s.tag(), loaded(s, XMLHandler.getNodeValue(sub)));
      }
    }
  }

  // ---- repository ----

  public void saveRep(RepositoryAttributes rep) throws KettleException {
    List<String> saved = new ArrayList<String>();
    for (Setting s : settings) {
      Object v = values.get(s.tag());
      switch (s.kind()) {
        case BOOLEAN:
          rep.save(s.tag(), "Y".equals(v));
          break;
        case TEXT_LIST: {
          List<?> lines = (List<?>) v;
          for (int i = 0; i < lines.size(); i++) {
            rep.save(i, s.tag(), (String) lines.get(i));
          }
          break;
        }
        case KEY_VALUES: {
          List<?> pairs = (List<?>) v;
          for (int i = 0; i < pairs.size(); i++) {
            KeyValue kv = (KeyValue) pairs.get(i);
            rep.save(i, s.tag() + "_key", kv.key());
            rep.save(i, s.tag() + "_value", kv.value());
          }
          break;
        }
        case TABLE: {
          List<?> rows = (List<?>) v;
          for (int i = 0; i < rows.size(); i++) {
            TableRow row = (TableRow) rows.get(i);
            for (TableColumn c : s.columns()) {
              rep.save(i, s.tag() + "_" + c.tag(), row.get(c.tag()));
            }
          }
          break;
        }
        default:
          rep.save(s.tag(), stored(s, (String) v));
      }
      saved.add(s.tag());
    }
    rep.save(SAVED_TAGS, String.join(",", saved));
  }

  public void readRep(RepositoryAttributes rep) throws KettleException {
    Set<String> saved = new HashSet<String>(
        Arrays.asList(nullToEmpty(rep.string(SAVED_TAGS)).split(",")));
    for (Setting s : settings) {
      if (!saved.contains(s.tag())) {
        values.put(s.tag(), defaultOf(s));
        continue;
      }
      switch (s.kind()) {
        case BOOLEAN:
          values.put(s.tag(), rep.bool(s.tag(), "Y".equals(s.defaultValue())) ? "Y" : "N");
          break;
        case TEXT_LIST: {
          List<String> lines = new ArrayList<String>();
          int n = rep.count(s.tag());
          for (int i = 0; i < n; i++) {
            lines.add(nullToEmpty(rep.string(i, s.tag())));
          }
          values.put(s.tag(), lines);
          break;
        }
        case KEY_VALUES: {
          List<KeyValue> pairs = new ArrayList<KeyValue>();
          int n = rep.count(s.tag() + "_key");
          for (int i = 0; i < n; i++) {
            pairs.add(new KeyValue(rep.string(i, s.tag() + "_key"),
                rep.string(i, s.tag() + "_value")));
          }
          values.put(s.tag(), pairs);
          break;
        }
        case TABLE: {
          // Every row saves every column; the longest count guards against a column an older
          // version did not have.
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
          values.put(s.tag(), rows);
          break;
        }
        default:
          values.put(s.tag(), loaded(s, rep.string(s.tag())));
      }
    }
  }

  /** Secrets go out through Encr ("Encrypted ..."; a value with variables stays as typed). */
  static String stored(Setting s, String raw) {
    if (s.secret() && raw != null && !raw.isEmpty()) {
      return Encr.encryptPasswordIfNotUsingVariables(raw);
    }
    return raw;
  }

  static String loaded(Setting s, String stored) {
    String v = nullToEmpty(stored);
    if (s.kind() == SettingKind.BOOLEAN) {
      return "Y".equalsIgnoreCase(v.trim()) ? "Y" : "N";
    }
    return s.secret() ? nullToEmpty(Encr.decryptPasswordOptionallyEncrypted(v)) : v;
  }

  // ---- check ----

  /**
   * Adds one remark per problem (missing required value, bad number, unknown choice, malformed
   * JSON, a validator's complaint), each naming the setting's label; values that still hold
   * undefined variables are left to the run.
   */
  public void check(List<CheckResultInterface> remarks, VariableSpace space,
      CheckResultSourceInterface source) {
    check(remarks, space, source, Collections.<Setting>emptySet());
  }

  /**
   * {@link #check(List, VariableSpace, CheckResultSourceInterface)}, with {@code alsoRequired}
   * treated as required: shared settings that this entry needs (its service's URLs).
   */
  public void check(List<CheckResultInterface> remarks, VariableSpace space,
      CheckResultSourceInterface source, java.util.Collection<Setting> alsoRequired) {
    int before = errorCount(remarks);
    for (Setting declared : settings) {
      Setting s = declared;
      boolean required = s.required() || alsoRequired.contains(s);
      switch (s.kind()) {
        case TEXT_LIST:
          if (required && !hasText(lines(s))) {
            remarks.add(error(source, "SettingValues.Check.Required", s.label()));
          }
          for (String line : lines(s)) {
            checkOne(remarks, s, line, space, source, required);
          }
          break;
        case KEY_VALUES:
          for (KeyValue kv : pairs(s)) {
            if (kv.key().trim().isEmpty() && !kv.value().trim().isEmpty()) {
              remarks.add(error(source, "SettingValues.Check.KeyMissing", s.label(), kv.value()));
            }
          }
          break;
        case TABLE:
          checkTable(remarks, s, source, required);
          break;
        default:
          if (required && raw(s).trim().isEmpty()) {
            remarks.add(error(source, "SettingValues.Check.Required", s.label()));
          } else {
            checkOne(remarks, s, raw(s), space, source, required);
          }
      }
    }
    if (errorCount(remarks) == before) {
      remarks.add(new CheckResult(CheckResultInterface.TYPE_RESULT_OK,
          BaseMessages.getString(PKG, "SettingValues.Check.AllValid"), source));
    }
  }

  /** Per non-empty row: required cells filled, choice cells among their codes. */
  private void checkTable(List<CheckResultInterface> remarks, Setting s,
      CheckResultSourceInterface source, boolean required) {
    boolean anyRow = false;
    List<TableRow> rows = table(s);
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
            remarks.add(error(source, "SettingValues.Check.CellRequired", s.label(), rowNr,
                s.columnLabel(c)));
          }
        } else if (c.isChoice() && !c.choices().contains(cell) && !VariableRefs.contains(cell)) {
          remarks.add(error(source, "SettingValues.Check.CellChoice", s.label(), rowNr,
              s.columnLabel(c), String.join(", ", c.choices()), cell));
        }
      }
    }
    if (required && !anyRow) {
      remarks.add(error(source, "SettingValues.Check.Required", s.label()));
    }
  }

  private void checkOne(List<CheckResultInterface> remarks, Setting s, String raw,
      VariableSpace space, CheckResultSourceInterface source, boolean required) {
    if (raw.trim().isEmpty()) {
      return;
    }
    String resolved = substitute(raw, space);
    if (required && unsetIfUndefined(resolved).trim().isEmpty()) {
      // Only a variable, undefined here: fine if the job defines it, so a remark, not an error.
      remarks.add(new CheckResult(CheckResultInterface.TYPE_RESULT_COMMENT,
          BaseMessages.getString(PKG, "SettingValues.Check.CheckedAtRunTime", s.label(),
              String.join(", ", VariableRefs.names(resolved))), source));
      return;
    }
    String problem = problem(s, s.kind() == SettingKind.JSON ? resolved : resolved.trim());
    if (problem == null) {
      return;
    }
    if (VariableRefs.contains(resolved)) {
      // Defined only when the job runs (a parameter, kettle.properties on the server).
      if (required || s.kind() == SettingKind.JSON) {
        remarks.add(new CheckResult(CheckResultInterface.TYPE_RESULT_COMMENT,
            BaseMessages.getString(PKG, "SettingValues.Check.CheckedAtRunTime", s.label(),
                String.join(", ", VariableRefs.names(resolved))), source));
      }
      return;
    }
    remarks.add(error(source, "SettingValues.Check.Invalid", s.label(), problem));
  }

  /** What is wrong with a resolved value of {@code s} by its kind and validator, or null. */
  static String problem(Setting s, String v) {
    switch (s.kind()) {
      case INTEGER:
        try {
          if (Long.parseLong(v.trim()) < 0) {
            return "must not be negative, got " + v.trim();
          }
        } catch (NumberFormatException e) {
          return "must be a whole number, got '" + v.trim() + "'";
        }
        break;
      case NUMBER:
        try {
          double d = Double.parseDouble(v.trim());
          if (d < 0 || Double.isNaN(d) || Double.isInfinite(d)) {
            return "must be a number of 0 or more, got " + v.trim();
          }
        } catch (NumberFormatException e) {
          return "must be a number, got '" + v.trim() + "'";
        }
        break;
      case CHOICE:
        if (!s.choices().contains(v.trim())) {
          return "must be one of " + s.choices() + ", got '" + v.trim() + "'";
        }
        break;
      case JSON:
        try {
          Json.MAPPER.readTree(v);
        } catch (JsonProcessingException e) {
          return "is not well-formed JSON: " + e.getOriginalMessage()
              + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                  + ", column " + e.getLocation().getColumnNr() + ")");
        }
        break;
      default:
        break;
    }
    return s.validator() == null ? null : s.validator().problem(v);
  }

  private static CheckResult error(CheckResultSourceInterface source, String key,
      String... args) {
    return new CheckResult(CheckResultInterface.TYPE_RESULT_ERROR,
        BaseMessages.getString(PKG, key, args), source);
  }

  private static int errorCount(List<CheckResultInterface> remarks) {
    int n = 0;
    for (CheckResultInterface r : remarks) {
      if (r.getType() == CheckResultInterface.TYPE_RESULT_ERROR) {
        n++;
      }
    }
    return n;
  }

  // ---- copy, equality ----

  /** A deep copy, for the entry's or step's {@code clone()}. */
  public SettingValues copy() {
    SettingValues c = new SettingValues(settings);
    for (Map.Entry<String, Object> e : values.entrySet()) {
      Object v = e.getValue();
      if (v instanceof List) {
        v = new ArrayList<Object>((List<?>) v);
      }
      c.values.put(e.getKey(), v);
    }
    return c;
  }

  /**
   * Tag to raw value (String, list of lines, of {@link KeyValue} or of {@link TableRow}): for
   * tests.
   */
  public Map<String, Object> asMap() {
    return Collections.unmodifiableMap(new LinkedHashMap<String, Object>(values));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SettingValues && ((SettingValues) o).values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** Tags and kinds only: values may be secrets. */
  @Override
  public String toString() {
    return "SettingValues" + settings;
  }

  // ---- helpers ----

  private static String substitute(String raw, VariableSpace space) {
    if (raw == null) {
      return "";
    }
    return space == null ? raw : nullToEmpty(space.environmentSubstitute(raw));
  }

  private static String unsetIfUndefined(String resolved) {
    String t = resolved.trim();
    List<String> names = VariableRefs.names(t);
    if (names.size() == 1 && (t.equals("${" + names.get(0) + "}")
        || t.equals("%%" + names.get(0) + "%%"))) {
      return "";
    }
    return resolved;
  }

  private static boolean hasText(List<String> lines) {
    for (String l : lines) {
      if (!l.trim().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private Setting known(Setting s) {
    if (!values.containsKey(s.tag())) {
      throw new IllegalArgumentException("Setting '" + s.tag() + "' is not declared here");
    }
    return s;
  }

  private void requireScalar(Setting s) {
    if (!s.kind().isScalar()) {
      throw new IllegalArgumentException("Setting '" + s.tag() + "' is a " + s.kind());
    }
  }

  private void require(Setting s, SettingKind kind) {
    known(s);
    if (s.kind() != kind) {
      throw new IllegalArgumentException("Setting '" + s.tag() + "' is a " + s.kind()
          + ", not a " + kind);
    }
  }
}
