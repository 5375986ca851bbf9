package io.pdimesos.steps;

import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.rows.EntityReader;
import io.pdimesos.core.rows.Record;
import io.pdimesos.core.rows.RecordSink;
import io.pdimesos.core.rows.ResponseInfo;
import io.pdimesos.core.rows.RowFilter;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.exception.KettleStepException;
import org.pentaho.di.core.row.RowDataUtil;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.StepDataInterface;
import org.pentaho.di.trans.step.StepMeta;
import org.pentaho.di.trans.step.StepMetaInterface;

/**
 * Runs every input step: one read of the chosen entity, one row per record, handed on while the
 * server's body is still arriving ({@code putRow} waits when the next step is busy, and the read
 * simply waits with it). With an error field set, a failed read becomes a row carrying the
 * server's message instead of failing the transformation.
 */
public class ClusterInputStep extends ClusterStep {
  private InputStepMeta meta;
  private ClusterStepData data;
  private OutputFields fields;
  private String responseTimeField;
  private String leaderField;
  private String errorField;
  private String entity;
  private RowFilter filter;
  private EntityReader reader;

  public ClusterInputStep(StepMeta stepMeta, StepDataInterface data, int copyNr,
      TransMeta transMeta, Trans trans) {
    super(stepMeta, data, copyNr, transMeta, trans);
  }

  @Override
  protected boolean initMore(ClusterStepMeta m) {
    meta = (InputStepMeta) m;
    fields = meta.outputFields(this);
    filter = meta.filter(this); // a bad name pattern fails here, before any row
    responseTimeField = meta.extraField(InputSettings.RESPONSE_TIME_FIELD, this);
    leaderField = meta.extraField(InputSettings.LEADER_URL_FIELD, this);
    errorField = meta.extraField(InputSettings.ERROR_FIELD, this);
    entity = meta.entity(this);
    // Made here (no request yet) so that a missing or undefined service URL, or an unknown
    // entity, fails the init naming the setting, before any step of the transformation runs.
    reader = meta.reader(entity, connection(), progress());
    return true;
  }

  @Override
  public boolean processRow(StepMetaInterface smi, StepDataInterface sdi) throws KettleException {
    data = (ClusterStepData) sdi;
    data.outputRowMeta = outputRowMeta(meta, null);
    RowSink sink = new RowSink();
    try {
      long n = reader.read(filter, fields.fields(), sink, token());
      logBasic("Read " + n + " " + entity + (sink.answeredBy == null ? ""
          : " from " + sink.answeredBy.url() + " in " + sink.answeredBy.responseMillis()
              + " ms"));
    } catch (CancelledException e) {
      logBasic("Stopped while reading " + entity);
    } catch (ClusterException e) {
      if (errorField.isEmpty()) {
        return fail(e.getMessage());
      }
      sink.errorRow(null, e);
    } catch (RowFailure | IllegalArgumentException e) {
      return fail(e.getMessage());
    }
    setOutputDone();
    return false;
  }

  /** Carries a KettleStepException from putRow out of the reader's callback. */
  private static final class RowFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RowFailure(KettleStepException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /** Turns records into rows; remembers who answered for the extra fields. */
  private final class RowSink implements RecordSink {
    private ResponseInfo answeredBy;

    @Override
    public void answered(ResponseInfo response) {
      answeredBy = response;
    }

    @Override
    public boolean accept(Record record) {
      RowMetaInterface rowMeta = data.outputRowMeta;
      Object[] row = RowDataUtil.allocateRowData(rowMeta.size());
      fields.fill(record, row, 0);
      extras(row, answeredBy, null);
      put(rowMeta, row);
      return !isStopped();
    }

    /** One router of several failed: a row with its error when asked for, else the end. */
    @Override
    public void failed(String url, ClusterException error) {
      if (errorField.isEmpty()) {
        throw error;
      }
      errorRow(url, error);
    }

    void errorRow(String url, ClusterException error) {
      RowMetaInterface rowMeta = data.outputRowMeta;
      Object[] row = RowDataUtil.allocateRowData(rowMeta.size());
      extras(row, url == null ? answeredBy : new ResponseInfo(url, -1), error);
      logError(progress().mask(error.getMessage()));
      put(rowMeta, row);
    }

    private void extras(Object[] row, ResponseInfo info, ClusterException error) {
      int i = fields.size();
      if (!responseTimeField.isEmpty()) {
        row[i++] = info == null || info.responseMillis() < 0 ? null
            : Long.valueOf(info.responseMillis());
      }
      if (!leaderField.isEmpty()) {
        row[i++] = info == null ? null : withoutTrailingSlash(info.url());
      }
      if (!errorField.isEmpty()) {
        row[i] = error == null ? null : progress().mask(error.getMessage());
      }
    }

    /** Chronos names its base URL with a slash, Mesos and Marathon without: rows should agree. */
    private String withoutTrailingSlash(String url) {
      return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private void put(RowMetaInterface rowMeta, Object[] row) {
      try {
        putRow(rowMeta, row);
      } catch (KettleStepException e) {
        throw new RowFailure(e);
      }
    }
  }
}
