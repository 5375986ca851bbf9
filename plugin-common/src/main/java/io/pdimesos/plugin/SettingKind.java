package io.pdimesos.plugin;

/** How a setting is stored, validated and shown (the dialog picks its widget from this). */
public enum SettingKind {
  /** One line of text; variables allowed. */
  TEXT,
  /** A secret: stored with PDI's Encr, masked in the dialog, never logged. */
  PASSWORD,
  /** Y/N; no variables (a checkbox). */
  BOOLEAN,
  /** A whole number, stored as text so that it may be a variable. */
  INTEGER,
  /** A decimal number, stored as text so that it may be a variable. */
  NUMBER,
  /** One of a fixed list of codes (or a variable holding one). */
  CHOICE,
  /** Multi-line JSON with variables inside; must be well-formed after substitution. */
  JSON,
  /** An ordered table of key/value pairs (environment, labels). */
  KEY_VALUES,
  /** An ordered list of lines (names, constraints). */
  TEXT_LIST,
  /** An ordered table of rows with declared columns (an input step's output fields). */
  TABLE;

  /** Kinds whose value is one string (as opposed to a list or a table). */
  public boolean isScalar() {
    return this != KEY_VALUES && this != TEXT_LIST && this != TABLE;
  }

  /** Kinds whose text may contain {@code ${VAR}} references resolved at run time. */
  public boolean allowsVariables() {
    return this != BOOLEAN;
  }
}
