package io.pdimesos.it.harness;

import java.io.DataInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.pentaho.di.core.CheckResultInterface;
import org.pentaho.di.core.KettleEnvironment;
import org.pentaho.di.core.exception.KettleEOFException;
import org.pentaho.di.core.row.RowMeta;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.row.ValueMetaInterface;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.StepMeta;

/**
 * What PDI's real TransMeta says about the steps of a transformation, and what a Pan run of it
 * really wrote: for every step, {@code getStepFields(step)} (the layout Spoon shows and the next
 * step is built for) and {@code getPrevStepFields(step)} (what arrives, error fields included on
 * an error hop); every remark of {@code checkSteps()}; and, for each "Serialize to file" output
 * named, the layout and rows stored in its file (CubeOutput writes the row layout it received in
 * front of the rows).
 *
 * <p>Arguments: the report file, then .ktr files to describe and .kjb files to check (every
 * remark of {@code JobMeta.checkJobEntries()}), then {@code step=cubefile} pairs.
 */
public final class StepsProbe {
  private StepsProbe() {}

  public static void main(String[] args) throws Exception {
    Report report = new Report(args[0]);
    KettleEnvironment.init();
    for (int i = 1; i < args.length; i++) {
      if (args[i].endsWith(".ktr")) {
        describe(report, args[i]);
      } else if (args[i].endsWith(".kjb")) {
        checkEntries(report, args[i]);
      } else {
        String[] pair = args[i].split("=", 2);
        readCube(report, pair[0], new File(pair[1]));
      }
    }
    report.close();
    System.exit(0);
  }

  private static void describe(Report report, String file) throws Exception {
    TransMeta trans = new TransMeta(file);
    String name = new File(file).getName();
    for (StepMeta step : trans.getSteps()) {
      try {
        layout(report, "declared-out", name + "/" + step.getName(), trans.getStepFields(step));
        layout(report, "declared-in", name + "/" + step.getName(), trans.getPrevStepFields(step));
      } catch (Throwable e) {
        report.error("fields-failed", e, name + "/" + step.getName());
      }
    }
    List<CheckResultInterface> remarks = new ArrayList<CheckResultInterface>();
    trans.checkSteps(remarks, false, null, trans, null, null);
    remark(report, name, remarks);
  }

  /** Every remark of {@code JobMeta.checkJobEntries()}, as Spoon's Verify of a job lists them. */
  private static void checkEntries(Report report, String file) throws Exception {
    JobMeta job = new JobMeta(file, null);
    List<CheckResultInterface> remarks = new ArrayList<CheckResultInterface>();
    job.checkJobEntries(remarks, false, null, job, null, null);
    remark(report, new File(file).getName(), remarks);
  }

  private static void remark(Report report, String file, List<CheckResultInterface> remarks) {
    for (CheckResultInterface remark : remarks) {
      report.put("remark", file + "/" + (remark.getSourceInfo() == null ? "" : remark.getSourceInfo().getName()),
          remark.getType(), remark.getText());
    }
  }

  private static void readCube(Report report, String step, File cube) throws Exception {
    if (cube.length() == 0) {
      report.put("rows", step, "empty file: no row reached it");
      return;
    }
    DataInputStream in = new DataInputStream(new GZIPInputStream(new FileInputStream(cube)));
    try {
      RowMetaInterface rowMeta = new RowMeta(in);
      layout(report, "written", step, rowMeta);
      int rows = 0;
      while (true) {
        Object[] row;
        try {
          row = rowMeta.readData(in);
        } catch (KettleEOFException e) {
          break;
        }
        rows++;
        List<Object> values = new ArrayList<Object>();
        values.add(step);
        for (int i = 0; i < rowMeta.size(); i++) {
          values.add(rowMeta.getString(row, i));
        }
        report.put("row", values.toArray());
      }
      report.put("rows", step, rows);
    } finally {
      in.close();
    }
  }

  /** One line per field: name, type, length, precision, origin (as a row layout carries them). */
  private static void layout(Report report, String key, String where, RowMetaInterface rowMeta) {
    report.put(key + "-size", where, rowMeta.size());
    for (ValueMetaInterface v : rowMeta.getValueMetaList()) {
      report.put(key, where, v.getName(), v.getTypeDesc(), v.getLength(), v.getPrecision(), v.getOrigin());
    }
  }
}
