package io.pdimesos.plugin;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.pentaho.di.core.CheckResult;
import org.pentaho.di.core.CheckResultInterface;
import org.pentaho.di.core.CheckResultSourceInterface;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.i18n.BaseMessages;

/**
 * Spoon's Verify ({@code check()}) over declared settings: one remark per problem (a missing
 * required value, a bad number, an unknown choice, malformed JSON, a validator's complaint), each
 * naming the setting's label. Values that still hold undefined variables are left to the run.
 */
public final class SettingsCheck {
  private static final Class<?> PKG = SettingsCheck.class;

  private final List<CheckResultInterface> remarks;
  private final VariableSpace space;
  private final CheckResultSourceInterface source;

  private SettingsCheck(List<CheckResultInterface> remarks, VariableSpace space,
      CheckResultSourceInterface source) {
    this.remarks = remarks;
    this.space = space;
    this.source = source;
  }

  /** Checks every setting of {@code values}; an OK remark when none is wrong. */
  public static void check(SettingValues values, List<CheckResultInterface> remarks,
      VariableSpace space, CheckResultSourceInterface source) {
    check(values, remarks, space, source, Collections.<Setting>emptySet());
  }

  /**
   * {@link #check(SettingValues, List, VariableSpace, CheckResultSourceInterface)}, with
   * {@code alsoRequired} treated as required: shared settings that this entry needs (its
   * service's URLs, unless a DC/OS cluster URL leads to the service).
   */
  public static void check(SettingValues values, List<CheckResultInterface> remarks,
      VariableSpace space, CheckResultSourceInterface source, Collection<Setting> alsoRequired) {
    check(values, remarks, space, source, alsoRequired, () -> { });
  }

  /**
   * {@link #check(SettingValues, List, VariableSpace, CheckResultSourceInterface, Collection)},
   * with {@code moreChecks} (a step's own remarks: input hops, field names) run before the
   * verdict, so that "all valid" is never said beside one of their errors.
   */
  public static void check(SettingValues values, List<CheckResultInterface> remarks,
      VariableSpace space, CheckResultSourceInterface source, Collection<Setting> alsoRequired,
      Runnable moreChecks) {
    SettingsCheck check = new SettingsCheck(remarks, space, source);
    int before = errorCount(remarks);
    Collection<Setting> needed = DcosConnection.stillNeeded(values, space, alsoRequired);
    for (Setting s : values.settings()) {
      s.kind().behaviour().check(check, s, values.value(s), s.required() || needed.contains(s));
    }
    DcosConnection.check(check, values, space);
    moreChecks.run();
    if (errorCount(remarks) == before) {
      remarks.add(new CheckResult(CheckResultInterface.TYPE_RESULT_OK,
          BaseMessages.getString(PKG, "SettingsCheck.AllValid"), source));
    }
  }

  /** A required setting without a value. */
  void missing(Setting s) {
    error(BaseMessages.getString(PKG, "SettingsCheck.Required", s.label()));
  }

  /** An error remark saying {@code text}. */
  void error(String text) {
    remarks.add(new CheckResult(CheckResultInterface.TYPE_RESULT_ERROR, text, source));
  }

  /** One text value (trimmed), checked by its setting's rules once its variables are resolved. */
  void text(Setting s, String raw, boolean required) {
    resolved(s, raw, required, true);
  }

  /** JSON, checked as written; a variable in it is noted even when the setting is optional. */
  void json(Setting s, String raw) {
    resolved(s, raw, true, false);
  }

  private void resolved(Setting s, String raw, boolean noteVariables, boolean trim) {
    if (raw.trim().isEmpty()) {
      return;
    }
    String resolved = ResolvedSettings.substitute(raw, space);
    if (noteVariables && ResolvedSettings.unsetIfUndefined(resolved).trim().isEmpty()) {
      checkedAtRunTime(s, resolved); // only a variable, undefined here: fine if the job defines it
      return;
    }
    String problem = s.problem(trim ? resolved.trim() : resolved);
    if (problem == null) {
      return;
    }
    if (VariableRefs.contains(resolved)) {
      // Defined only when the job runs (a parameter, kettle.properties on the server).
      if (noteVariables) {
        checkedAtRunTime(s, resolved);
      }
      return;
    }
    error(BaseMessages.getString(PKG, "SettingsCheck.Invalid", s.label(), problem));
  }

  /** A comment: {@code s} holds variables only the run defines ({@code resolved} names them). */
  void checkedAtRunTime(Setting s, String resolved) {
    remarks.add(new CheckResult(CheckResultInterface.TYPE_RESULT_COMMENT,
        BaseMessages.getString(PKG, "SettingsCheck.CheckedAtRunTime", s.label(),
            String.join(", ", VariableRefs.names(resolved))), source));
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
}
