package org.pentaho.di.core;

import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.List;
import java.util.Map;
import org.pentaho.di.core.exception.KettleException;
import org.w3c.dom.Node;

public class Result implements Cloneable {
  public static final String XML_TAG = "result";

  public static final String XML_FILES_TAG = "result-file";

  public static final String XML_FILE_TAG = "result-file";

  public static final String XML_ROWS_TAG = "result-rows";

  public boolean stopped;

  public Result() {
    this(0);
  }

  public Result(int a0) {
    entryNr = a0;
  }

  public Result lightClone() {
    Result copy = copyCounters();
    copy.rows = new ArrayList<RowMetaAndData>();
    copy.resultFiles = new ConcurrentHashMap<String, ResultFile>();
    return copy;
  }

  public Result clone() {
    Result copy = copyCounters();
    copy.rows = new ArrayList<RowMetaAndData>();
    for (RowMetaAndData row : rows) {
      copy.rows.add(row.clone());
    }
    copy.resultFiles = new ConcurrentHashMap<String, ResultFile>(resultFiles);
    return copy;
  }

  public String getReadWriteThroughput(int a0) {
    throw OutsideMirror.unsupported("Result.getReadWriteThroughput");
  }

  public String toString() {
    return "nr=" + entryNr + ", errors=" + nrErrors + ", exit_status=" + exitStatus
        + (stopped ? " (Stopped)" : "") + ", result=" + result;
  }

  public long getNrFilesRetrieved() {
    return nrFilesRetrieved;
  }

  public void setNrFilesRetrieved(long a0) {
    nrFilesRetrieved = a0;
  }

  public long getEntryNr() {
    return entryNr;
  }

  public void setEntryNr(long a0) {
    entryNr = a0;
  }

  public int getExitStatus() {
    return exitStatus;
  }

  public void setExitStatus(int a0) {
    exitStatus = a0;
  }

  public long getNrErrors() {
    return nrErrors;
  }

  public void setNrErrors(long a0) {
    nrErrors = a0;
  }

  public long getNrLinesInput() {
    return nrLinesInput;
  }

  public void setNrLinesInput(long a0) {
    nrLinesInput = a0;
  }

  public long getNrLinesOutput() {
    return nrLinesOutput;
  }

  public void setNrLinesOutput(long a0) {
    nrLinesOutput = a0;
  }

  public long getNrLinesRead() {
    return nrLinesRead;
  }

  public void setNrLinesRead(long a0) {
    nrLinesRead = a0;
  }

  public long getNrLinesUpdated() {
    return nrLinesUpdated;
  }

  public void setNrLinesUpdated(long a0) {
    nrLinesUpdated = a0;
  }

  public long getNrLinesWritten() {
    return nrLinesWritten;
  }

  public void setNrLinesWritten(long a0) {
    nrLinesWritten = a0;
  }

  public long getNrLinesDeleted() {
    return nrLinesDeleted;
  }

  public void setNrLinesDeleted(long a0) {
    nrLinesDeleted = a0;
  }

  public boolean getResult() {
    return result;
  }

  public void setResult(boolean a0) {
    result = a0;
  }

  public List<RowMetaAndData> getRows() {
    return rows;
  }

  public void setRows(List<RowMetaAndData> a0) {
    rows = a0;
  }

  public boolean isStopped() {
    return stopped;
  }

  public void setStopped(boolean a0) {
    stopped = a0;
  }

  public void clear() {
    nrErrors = 0;
    nrLinesInput = 0;
    nrLinesOutput = 0;
    nrLinesUpdated = 0;
    nrLinesRead = 0;
    nrLinesWritten = 0;
    nrLinesDeleted = 0;
    nrLinesRejected = 0;
    nrFilesRetrieved = 0;
    entryNr = 0;
    exitStatus = 0;
    result = false;
    stopped = false;
    rows = new ArrayList<RowMetaAndData>();
    resultFiles = new ConcurrentHashMap<String, ResultFile>();
  }

  public void add(Result a0) {
    nrErrors += a0.nrErrors;
    nrLinesInput += a0.nrLinesInput;
    nrLinesOutput += a0.nrLinesOutput;
    nrLinesUpdated += a0.nrLinesUpdated;
    nrLinesRead += a0.nrLinesRead;
    nrLinesWritten += a0.nrLinesWritten;
    nrLinesDeleted += a0.nrLinesDeleted;
    nrLinesRejected += a0.nrLinesRejected;
    nrFilesRetrieved += a0.nrFilesRetrieved;
    rows.addAll(a0.rows);
    resultFiles.putAll(a0.resultFiles);
    logChannelId = a0.logChannelId;
    logText = a0.logText;
  }

  public String getXML() {
    throw OutsideMirror.unsupported("Result.getXML");
  }

  public String getBasicXml() {
    throw OutsideMirror.unsupported("Result.getBasicXml");
  }

  public Result(Node a0) throws KettleException {
    throw OutsideMirror.unsupported("Result constructor");
  }

  public Map<String, ResultFile> getResultFiles() {
    return resultFiles;
  }

  public List<ResultFile> getResultFilesList() {
    return new ArrayList<ResultFile>(resultFiles.values());
  }

  public void setResultFiles(Map<String, ResultFile> a0) {
    resultFiles = a0;
  }

  public long getNrLinesRejected() {
    return nrLinesRejected;
  }

  public void setNrLinesRejected(long a0) {
    nrLinesRejected = a0;
  }

  public String getLogChannelId() {
    return logChannelId;
  }

  public void setLogChannelId(String a0) {
    logChannelId = a0;
  }

  public void increaseLinesRead(long a0) {
    nrLinesRead += a0;
  }

  public void increaseLinesWritten(long a0) {
    nrLinesWritten += a0;
  }

  public void increaseLinesInput(long a0) {
    nrLinesInput += a0;
  }

  public void increaseLinesOutput(long a0) {
    nrLinesOutput += a0;
  }

  public void increaseLinesUpdated(long a0) {
    nrLinesUpdated += a0;
  }

  public void increaseLinesDeleted(long a0) {
    nrLinesDeleted += a0;
  }

  public void increaseLinesRejected(long a0) {
    nrLinesRejected += a0;
  }

  public void increaseErrors(long a0) {
    nrErrors += a0;
  }

  public String getLogText() {
    return logText;
  }

  public void setLogText(String a0) {
    logText = a0;
  }

  public boolean isSafeStop() {
    return safeStop;
  }

  public void setSafeStop(boolean a0) {
    safeStop = a0;
  }

  public long getElapsedTimeMillis() {
    return elapsedTimeMillis;
  }

  public void setElapsedTimeMillis(long a0) {
    elapsedTimeMillis = a0;
  }

  public String getExecutionId() {
    return executionId;
  }

  public void setExecutionId(String a0) {
    executionId = a0;
  }

  private long nrErrors;
  private long nrLinesInput;
  private long nrLinesOutput;
  private long nrLinesUpdated;
  private long nrLinesRead;
  private long nrLinesWritten;
  private long nrLinesDeleted;
  private long nrLinesRejected;
  private long nrFilesRetrieved;
  private long entryNr;
  private int exitStatus;
  private boolean result;
  private boolean safeStop;
  private long elapsedTimeMillis;
  private String logChannelId;
  private String logText;
  private String executionId;
  private List<RowMetaAndData> rows = new ArrayList<RowMetaAndData>();
  private Map<String, ResultFile> resultFiles = new ConcurrentHashMap<String, ResultFile>();

  private Result copyCounters() {
    try {
      return (Result) super.clone();
    } catch (CloneNotSupportedException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

}
