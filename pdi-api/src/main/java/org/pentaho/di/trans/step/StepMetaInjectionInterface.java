package org.pentaho.di.trans.step;

import java.util.List;
import org.pentaho.di.core.exception.KettleException;

@Deprecated
public interface StepMetaInjectionInterface {
  List<StepInjectionMetaEntry> getStepInjectionMetadataEntries() throws KettleException;

  void injectStepMetadataEntries(List<StepInjectionMetaEntry> metadata) throws KettleException;

  List<StepInjectionMetaEntry> extractStepMetadataEntries() throws KettleException;
}
