package org.pentaho.di.trans.step;

import org.pentaho.di.core.changed.ChangedFlag;
import org.pentaho.di.core.row.RowMeta;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.row.ValueMetaInterface;
import org.pentaho.di.core.row.value.ValueMetaInteger;
import org.pentaho.di.core.row.value.ValueMetaString;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.core.xml.XMLInterface;

/**
 * The error hop of a step: where its failed rows go and which error fields PDI appends to them.
 * PDI 9.4 appends, in this order and only for the names that are set (after variable substitution):
 * the number of errors (Integer, length 3), the descriptions, the field names and the codes (all
 * String). Error handling starts disabled; the thresholds are kept as text (they may hold variables).
 */
public class StepErrorMeta extends ChangedFlag implements XMLInterface, Cloneable {
  private StepMeta sourceStep;
  private StepMeta targetStep;
  private boolean enabled;
  private String nrErrorsValuename;
  private String errorDescriptionsValuename;
  private String errorFieldsValuename;
  private String errorCodesValuename;
  private String maxErrors = "";
  private String maxPercentErrors = "";
  private String minPercentRows = "";
  private final VariableSpace variables;

  public StepErrorMeta(VariableSpace space, StepMeta sourceStep) {
    this(space, sourceStep, null);
  }

  public StepErrorMeta(VariableSpace space, StepMeta sourceStep, StepMeta targetStep) {
    this(space, sourceStep, targetStep, null, null, null, null);
  }

  public StepErrorMeta(VariableSpace space, StepMeta sourceStep, StepMeta targetStep, String nrErrorsValuename,
      String errorDescriptionsValuename, String errorFieldsValuename, String errorCodesValuename) {
    this.variables = space;
    this.sourceStep = sourceStep;
    this.targetStep = targetStep;
    this.nrErrorsValuename = nrErrorsValuename;
    this.errorDescriptionsValuename = errorDescriptionsValuename;
    this.errorFieldsValuename = errorFieldsValuename;
    this.errorCodesValuename = errorCodesValuename;
  }

  @Override
  public StepErrorMeta clone() {
    try {
      return (StepErrorMeta) super.clone();
    } catch (CloneNotSupportedException e) {
      return null;
    }
  }

  public String getErrorCodesValuename() {
    return errorCodesValuename;
  }

  public void setErrorCodesValuename(String errorCodesValuename) {
    this.errorCodesValuename = errorCodesValuename;
  }

  public String getErrorDescriptionsValuename() {
    return errorDescriptionsValuename;
  }

  public void setErrorDescriptionsValuename(String errorDescriptionsValuename) {
    this.errorDescriptionsValuename = errorDescriptionsValuename;
  }

  public String getErrorFieldsValuename() {
    return errorFieldsValuename;
  }

  public void setErrorFieldsValuename(String errorFieldsValuename) {
    this.errorFieldsValuename = errorFieldsValuename;
  }

  public String getNrErrorsValuename() {
    return nrErrorsValuename;
  }

  public void setNrErrorsValuename(String nrErrorsValuename) {
    this.nrErrorsValuename = nrErrorsValuename;
  }

  public StepMeta getTargetStep() {
    return targetStep;
  }

  public void setTargetStep(StepMeta targetStep) {
    this.targetStep = targetStep;
  }

  public StepMeta getSourceStep() {
    return sourceStep;
  }

  public void setSourceStep(StepMeta sourceStep) {
    this.sourceStep = sourceStep;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public RowMetaInterface getErrorFields() {
    return getErrorRowMeta(0L, null, null, null);
  }

  /** The error fields only (the caller appends them to the failed row's layout); the values play no part. */
  public RowMetaInterface getErrorRowMeta(long nrErrors, String errorDescriptions, String fieldNames,
      String errorCodes) {
    RowMetaInterface fields = new RowMeta();
    String nrErrorsName = resolved(nrErrorsValuename);
    if (nrErrorsName != null) {
      ValueMetaInterface count = new ValueMetaInteger(nrErrorsName);
      count.setLength(3);
      fields.addValueMeta(count);
    }
    for (String name : new String[] {resolved(errorDescriptionsValuename), resolved(errorFieldsValuename),
        resolved(errorCodesValuename)}) {
      if (name != null) {
        fields.addValueMeta(new ValueMetaString(name));
      }
    }
    return fields;
  }

  /** Writes the error values into row from startIndex on, in the order of {@link #getErrorRowMeta}. */
  public void addErrorRowData(Object[] row, int startIndex, long nrErrors, String errorDescriptions,
      String fieldNames, String errorCodes) {
    int index = startIndex;
    if (resolved(nrErrorsValuename) != null) {
      row[index++] = Long.valueOf(nrErrors);
    }
    if (resolved(errorDescriptionsValuename) != null) {
      row[index++] = errorDescriptions;
    }
    if (resolved(errorFieldsValuename) != null) {
      row[index++] = fieldNames;
    }
    if (resolved(errorCodesValuename) != null) {
      row[index] = errorCodes;
    }
  }

  public String getMaxErrors() {
    return maxErrors;
  }

  public void setMaxErrors(String maxErrors) {
    this.maxErrors = maxErrors;
  }

  public String getMaxPercentErrors() {
    return maxPercentErrors;
  }

  public void setMaxPercentErrors(String maxPercentErrors) {
    this.maxPercentErrors = maxPercentErrors;
  }

  public String getMinPercentRows() {
    return minPercentRows;
  }

  public void setMinPercentRows(String minRowsForPercent) {
    this.minPercentRows = minRowsForPercent;
  }

  /** The substituted field name, or null when the error field is not wanted (PDI's Utils.isEmpty). */
  private String resolved(String valuename) {
    String name = variables == null ? valuename : variables.environmentSubstitute(valuename);
    return name == null || name.isEmpty() ? null : name;
  }
}
