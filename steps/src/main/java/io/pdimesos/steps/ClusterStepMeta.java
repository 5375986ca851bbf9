package io.pdimesos.steps;

import io.pdimesos.plugin.RepositoryAttributes;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.SettingsCheck;
import io.pdimesos.plugin.SettingsInjection;
import io.pdimesos.plugin.SettingsRepository;
import io.pdimesos.plugin.SettingsXml;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.pentaho.di.core.CheckResultInterface;
import org.pentaho.di.core.Counter;
import org.pentaho.di.core.bowl.Bowl;
import org.pentaho.di.core.database.DatabaseMeta;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.exception.KettleStepException;
import org.pentaho.di.core.exception.KettleXMLException;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.repository.ObjectId;
import org.pentaho.di.repository.Repository;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.BaseStepMeta;
import org.pentaho.di.trans.step.StepDataInterface;
import org.pentaho.di.trans.step.StepInjectionMetaEntry;
import org.pentaho.di.trans.step.StepMeta;
import org.pentaho.di.trans.step.StepMetaInjectionInterface;
import org.pentaho.di.trans.step.StepMetaInterface;
import org.pentaho.metastore.api.IMetaStore;
import org.w3c.dom.Node;

/**
 * What every pdi-mesos step meta shares: its settings (its own plus the connection block) drive
 * XML, repository, {@code check()}, clone and the dialog. The meta says which fields the step
 * adds ({@link #addOutputFields}); both {@code getFields} overloads, PDI 9.4/10.2's and 11.x's
 * {@code Bowl} one, lead there (see "The Bowl decision" in docs/architecture.md).
 */
public abstract class ClusterStepMeta extends BaseStepMeta implements StepMetaInterface {
  /** Where the docs pages live; every step's {@code documentationUrl} starts with it. */
  public static final String DOCS_BASE =
      "https://github.com/pdi-mesos/pdi-mesos/blob/main/docs/steps/";

  private SettingValues settings;
  private final List<Setting> neededConnection;

  /**
   * @param declared the step's settings, the connection block included
   * @param neededConnection connection settings the step cannot run without (its service's
   *     URLs), which {@code check()} treats as required
   */
  protected ClusterStepMeta(List<Setting> declared, Setting... neededConnection) {
    this.settings = new SettingValues(declared);
    this.neededConnection = Collections.unmodifiableList(Arrays.asList(neededConnection));
  }

  /** The values the user set (unsubstituted); the dialog edits these. */
  public SettingValues settings() {
    return settings;
  }

  /**
   * Adds the fields this step writes to {@code row} (which holds the input fields, if any), each
   * with {@code origin} as its origin. Called by Spoon (field lists, Get fields, preview,
   * verification) and by the step itself on its first row, so what is declared is what flows.
   */
  protected abstract void addOutputFields(RowMetaInterface row, String origin,
      VariableSpace space) throws KettleStepException;

  @Override
  public void setDefault() {
    settings.setDefaults();
  }

  // ---- fields: the legacy overloads (9.4, 10.2) and the Bowl one (11.x) ----

  @Override
  public void getFields(RowMetaInterface row, String origin, RowMetaInterface[] info,
      StepMeta nextStep, VariableSpace space, Repository repository, IMetaStore metaStore)
      throws KettleStepException {
    addOutputFields(row, origin, space);
  }

  @Override
  @Deprecated
  public void getFields(RowMetaInterface row, String origin, RowMetaInterface[] info,
      StepMeta nextStep, VariableSpace space) throws KettleStepException {
    addOutputFields(row, origin, space);
  }

  /**
   * PDI 11.x asks only this overload. {@code Bowl} does not exist on 9.4 and 10.2; nothing calls
   * this method there, so the JVM never resolves it.
   */
  public void getFields(Bowl bowl, RowMetaInterface row, String origin, RowMetaInterface[] info,
      StepMeta nextStep, VariableSpace space, Repository repository, IMetaStore metaStore)
      throws KettleStepException {
    addOutputFields(row, origin, space);
  }

  // ---- persistence, check, copy: all from the declarations ----

  @Override
  public String getXML() {
    return SettingsXml.write(settings);
  }

  @Override
  public void loadXML(Node stepnode, List<DatabaseMeta> databases, IMetaStore metaStore)
      throws KettleXMLException {
    SettingsXml.read(settings, stepnode);
  }

  /** Old callers use the deprecated overloads; BaseStepMeta's versions would drop our settings. */
  @Override
  @Deprecated
  public void loadXML(Node stepnode, List<DatabaseMeta> databases, Map<String, Counter> counters)
      throws KettleXMLException {
    loadXML(stepnode, databases, (IMetaStore) null);
  }

  @Override
  public void saveRep(Repository rep, IMetaStore metaStore, ObjectId transId, ObjectId stepId)
      throws KettleException {
    SettingsRepository.save(settings, RepositoryAttributes.step(rep, transId, stepId));
  }

  @Override
  @Deprecated
  public void saveRep(Repository rep, ObjectId transId, ObjectId stepId) throws KettleException {
    saveRep(rep, null, transId, stepId);
  }

  @Override
  public void readRep(Repository rep, IMetaStore metaStore, ObjectId stepId,
      List<DatabaseMeta> databases) throws KettleException {
    SettingsRepository.read(settings, RepositoryAttributes.step(rep, null, stepId));
  }

  @Override
  @Deprecated
  public void readRep(Repository rep, ObjectId stepId, List<DatabaseMeta> databases,
      Map<String, Counter> counters) throws KettleException {
    readRep(rep, null, stepId, databases);
  }

  /**
   * The only check overload a step implements: PDI's StepMeta.check asks this one and the
   * deprecated 7-argument one (empty in BaseStepMeta); forwarding that one here would list every
   * remark twice in Spoon's Verify (seen on the real engine, pdi-it StepsIT).
   */
  @Override
  public void check(List<CheckResultInterface> remarks, TransMeta transMeta, StepMeta stepMeta,
      RowMetaInterface prev, String[] input, String[] output, RowMetaInterface info,
      VariableSpace space, Repository repository, IMetaStore metaStore) {
    VariableSpace in = space == null ? transMeta : space;
    SettingsCheck.check(settings, remarks, in, stepMeta, neededConnection,
        () -> checkMore(remarks, stepMeta, prev, input, in));
  }

  /** Step-specific remarks beyond the declared settings (input hops, field names...). */
  protected void checkMore(List<CheckResultInterface> remarks, StepMeta stepMeta,
      RowMetaInterface prev, String[] input, VariableSpace space) {
  }

  @Override
  public Object clone() {
    ClusterStepMeta copy = (ClusterStepMeta) super.clone();
    copy.settings = settings.copy();
    return copy;
  }

  /**
   * Metadata injection through PDI's legacy interface, from the declarations: step metas cannot
   * carry {@code @InjectionSupported} (see "The Bowl decision" in docs/architecture.md).
   */
  @Override
  @Deprecated
  public StepMetaInjectionInterface getStepMetaInjectionInterface() {
    return new SettingsInjection(settings);
  }

  @Override
  public List<StepInjectionMetaEntry> extractStepMetadataEntries() throws KettleException {
    return new SettingsInjection(settings).extractStepMetadataEntries();
  }

  /** A copy of this meta holding {@code values} (the dialog's typed values, for a preview). */
  public ClusterStepMeta withSettings(SettingValues values) {
    ClusterStepMeta copy = (ClusterStepMeta) clone();
    copy.settings = values.copy();
    return copy;
  }

  @Override
  public StepDataInterface getStepData() {
    return new ClusterStepData();
  }
}
