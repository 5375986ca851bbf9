package io.pdimesos.pdiapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import io.pdimesos.pdiapi.sample.SampleStepMeta;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.CheckResult;
import org.pentaho.di.core.CheckResultInterface;
import org.pentaho.di.core.row.RowMeta;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.row.value.ValueMetaString;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.job.entry.JobEntryBase;
import org.pentaho.di.repository.Repository;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.BaseStepMeta;
import org.pentaho.di.trans.step.StepMeta;
import org.pentaho.metastore.api.IMetaStore;

/**
 * Where the mirror disagreed with the real PDI engine (found by pdi-it's real-PDI suite, read back
 * from the bytecode of kettle-engine 9.4.0.0-343 and 11.0.0.0-237), pinned to what PDI does.
 */
class RealEngineDifferencesTest {

  /** Counts which check overload PDI asked. */
  static final class CountingStepMeta extends SampleStepMeta {
    final List<String> asked = new ArrayList<>();

    @Override
    @Deprecated
    public void check(List<CheckResultInterface> remarks, TransMeta transMeta, StepMeta stepMeta,
        RowMetaInterface prev, String[] input, String[] output, RowMetaInterface info) {
      asked.add("7");
    }

    @Override
    public void check(List<CheckResultInterface> remarks, TransMeta transMeta, StepMeta stepMeta,
        RowMetaInterface prev, String[] input, String[] output, RowMetaInterface info, VariableSpace space,
        Repository repository, IMetaStore metaStore) {
      asked.add("10");
      remarks.add(new CheckResult(CheckResultInterface.TYPE_RESULT_OK, "fine", stepMeta));
    }
  }

  /** A step that reports from the current overload only, the way PDI's own steps do. */
  static final class CurrentOnlyStepMeta extends SampleStepMeta {
    @Override
    public void check(List<CheckResultInterface> remarks, TransMeta transMeta, StepMeta stepMeta,
        RowMetaInterface prev, String[] input, String[] output, RowMetaInterface info, VariableSpace space,
        Repository repository, IMetaStore metaStore) {
      remarks.add(new CheckResult(CheckResultInterface.TYPE_RESULT_OK, "fine", stepMeta));
    }
  }

  @Test
  void stepMetaCheckAsksTheDeprecatedAndTheCurrentOverloadOfTheStep() {
    CountingStepMeta meta = new CountingStepMeta();
    StepMeta step = new StepMeta("Counting", "s", meta);
    List<CheckResultInterface> remarks = new ArrayList<>();
    step.check(remarks, new TransMeta(), null, new String[0], new String[0], null);
    assertThat(meta.asked).containsExactly("7", "10");
  }

  @Test
  void baseStepMetasDeprecatedOverloadsAreEmptySoEachRemarkIsListedOnce() throws Exception {
    CurrentOnlyStepMeta meta = new CurrentOnlyStepMeta();
    StepMeta step = new StepMeta("Current", "s", meta);
    List<CheckResultInterface> remarks = new ArrayList<>();
    step.check(remarks, new TransMeta(), null, new String[0], new String[0], null);
    assertThat(remarks).extracting(CheckResultInterface::getText).containsExactly("fine");

    // Nothing reaches the current overloads through the deprecated ones (PDI 9.4's are empty).
    RowMetaInterface row = new RowMeta();
    new BaseStepMeta() {
      @Override
      public void getFields(RowMetaInterface r, String origin, RowMetaInterface[] info, StepMeta next,
          VariableSpace space, Repository repository, IMetaStore metaStore) {
        r.addValueMeta(new ValueMetaString("added"));
      }
    }.getFields(row, "s", null, null, null);
    assertThat(row.size()).isZero();
  }

  /** An entry that reports from the current overload only, the way PDI's own entries do. */
  static final class CurrentOnlyEntry extends JobEntryBase {
    @Override
    public void check(List<CheckResultInterface> remarks, JobMeta jobMeta, VariableSpace space,
        Repository repository, IMetaStore metaStore) {
      remarks.add(new CheckResult(CheckResultInterface.TYPE_RESULT_OK, "fine", this));
    }
  }

  @Test
  void jobEntryBasesDeprecatedCheckIsEmpty() {
    List<CheckResultInterface> remarks = new ArrayList<>();
    new CurrentOnlyEntry().check(remarks, new JobMeta());
    assertThat(remarks).isEmpty();
  }

  @Test
  void jobEntryBasesFiveArgumentLoadXmlReadsNothing() throws Exception {
    CurrentOnlyEntry entry = new CurrentOnlyEntry();
    entry.loadXML(org.pentaho.di.core.xml.XMLHandler.loadXMLString("<entry><name>n</name><description>d"
        + "</description></entry>", "entry"), null, null, null, null);
    assertThat(entry.getName()).isNull();
    entry.loadXML(org.pentaho.di.core.xml.XMLHandler.loadXMLString("<entry><name>n</name></entry>", "entry"),
        null, null);
    assertThat(entry.getName()).isEqualTo("n");
  }

  @Test
  void jobEntriesAreEqualByNameIgnoringCase() {
    CurrentOnlyEntry a = new CurrentOnlyEntry();
    a.setName("Deploy");
    JobEntryBase b = new JobEntryBase() {
    };
    b.setName("DEPLOY");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo("Deploy");
    CurrentOnlyEntry unnamed = new CurrentOnlyEntry();
    assertThatThrownBy(() -> unnamed.equals(a)).isInstanceOf(NullPointerException.class);
  }
}
