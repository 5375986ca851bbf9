package io.pdimesos.plugin;

/**
 * How a setting is stored, validated and shown. Each kind's behaviour (default, copy, XML,
 * repository, check, validation, docs, metadata injection) is in one class of its own; the
 * dialog picks the widget from the kind ({@code ui.KindWidget}).
 */
public enum SettingKind {
  /** One line of text; variables allowed. */
  TEXT(new ScalarKind()),
  /** A secret: stored with PDI's Encr, masked in the dialog, never logged. */
  PASSWORD(new ScalarKind.Secret()),
  /** Y/N; no variables (a checkbox). */
  BOOLEAN(new ScalarKind.Flag()),
  /** A whole number, stored as text so that it may be a variable. */
  INTEGER(new ScalarKind.WholeNumber()),
  /** A decimal number, stored as text so that it may be a variable. */
  NUMBER(new ScalarKind.Decimal()),
  /** One of a fixed list of codes (or a variable holding one). */
  CHOICE(new ScalarKind.OneOf()),
  /** Multi-line JSON with variables inside; must be well-formed after substitution. */
  JSON(new ScalarKind.JsonText()),
  /** An ordered table of key/value pairs (environment, labels). */
  KEY_VALUES(new PairsKind()),
  /** An ordered list of lines (names, constraints). */
  TEXT_LIST(new LinesKind()),
  /** An ordered table of rows with declared columns (an input step's output fields). */
  TABLE(new TableKind());

  private final ValueKind behaviour;

  SettingKind(ValueKind behaviour) {
    this.behaviour = behaviour;
  }

  ValueKind behaviour() {
    return behaviour;
  }

  /** Kinds whose value is one string (as opposed to a list or a table). */
  public boolean isScalar() {
    return behaviour instanceof ScalarKind;
  }
}
