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

  public Result(int number) {
    entryNr = number;
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

  public String getReadWriteThroughput(int number) {
    throw OutsideMirror.unsupported("Result.getReadWriteThroughput");
  }

  public String toString() {
    return "nr=" + entryNr + ", errors=" + nrErrors + ", exit_status=" + exitStatus
        + (stopped ? " (Stopped)" : "") + ", result=" + result;
  }

  public long getNrFilesRetrieved() {
    return nrFilesRetrieved;
  }

  public void setNrFilesRetrieved(long number) {
    nrFilesRetrieved = number;
  }

  public long getEntryNr() {
    return entryNr;
  }

  public void setEntryNr(long number) {
    entryNr = number;
  }

  public int getExitStatus() {
    return exitStatus;
  }

  public void setExitStatus(int number) {
    exitStatus = number;
  }

  public long getNrErrors() {
    return nrErrors;
  }

  public void setNrErrors(long number) {
    nrErrors = number;
  }

  public long getNrLinesInput() {
    return nrLinesInput;
  }

  public void setNrLinesInput(long number) {
    nrLinesInput = number;
  }

  public long getNrLinesOutput() {
    return nrLinesOutput;
  }

  public void setNrLinesOutput(long number) {
    nrLinesOutput = number;
  }

  public long getNrLinesRead() {
    return nrLinesRead;
  }

  public void setNrLinesRead(long number) {
    nrLinesRead = number;
  }

  public long getNrLinesUpdated() {
    return nrLinesUpdated;
  }

  public void setNrLinesUpdated(long number) {
    nrLinesUpdated = number;
  }

  public long getNrLinesWritten() {
    return nrLinesWritten;
  }

  public void setNrLinesWritten(long number) {
    nrLinesWritten = number;
  }

  public long getNrLinesDeleted() {
    return nrLinesDeleted;
  }

  public void setNrLinesDeleted(long number) {
    nrLinesDeleted = number;
  }

  public boolean getResult() {
    return result;
  }

  public void setResult(boolean flag) {
    result = flag;
  }

  public List<RowMetaAndData> getRows() {
    return rows;
  }

  public void setRows(List<RowMetaAndData> list) {
    rows = list;
  }

  public boolean isStopped() {
    return stopped;
  }

  public void setStopped(boolean flag) {
    stopped = flag;
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

  public void add(Result result) {
    nrErrors += result.nrErrors;
    nrLinesInput += result.nrLinesInput;
    nrLinesOutput += result.nrLinesOutput;
    nrLinesUpdated += result.nrLinesUpdated;
    nrLinesRead += result.nrLinesRead;
    nrLinesWritten += result.nrLinesWritten;
    nrLinesDeleted += result.nrLinesDeleted;
    nrLinesRejected += result.nrLinesRejected;
    nrFilesRetrieved += result.nrFilesRetrieved;
    rows.addAll(result.rows);
    resultFiles.putAll(result.resultFiles);
    logChannelId = result.logChannelId;
    logText = result.logText;
  }

  public String getXML() {
    throw OutsideMirror.unsupported("Result.getXML");
  }

  public String getBasicXml() {
    throw OutsideMirror.unsupported("Result.getBasicXml");
  }

  public Result(Node node) throws KettleException {
    throw OutsideMirror.unsupported("Result constructor");
  }

  public Map<String, ResultFile> getResultFiles() {
    return resultFiles;
  }

  public List<ResultFile> getResultFilesList() {
    return new ArrayList<ResultFile>(resultFiles.values());
  }

  public void setResultFiles(Map<String, ResultFile> map) {
    resultFiles = map;
  }

  public long getNrLinesRejected() {
    return nrLinesRejected;
  }

  public void setNrLinesRejected(long number) {
    nrLinesRejected = number;
  }

  public String getLogChannelId() {
    return logChannelId;
  }

  public void setLogChannelId(String text) {
    logChannelId = text;
  }

  public void increaseLinesRead(long number) {
    nrLinesRead += number;
  }

  public void increaseLinesWritten(long number) {
    nrLinesWritten += number;
  }

  public void increaseLinesInput(long number) {
    nrLinesInput += number;
  }

  public void increaseLinesOutput(long number) {
    nrLinesOutput += number;
  }

  public void increaseLinesUpdated(long number) {
    nrLinesUpdated += number;
  }

  public void increaseLinesDeleted(long number) {
    nrLinesDeleted += number;
  }

  public void increaseLinesRejected(long number) {
    nrLinesRejected += number;
  }

  public void increaseErrors(long number) {
    nrErrors += number;
  }

  public String getLogText() {
    return logText;
  }

  public void setLogText(String text) {
    logText = text;
  }

  public boolean isSafeStop() {
    return safeStop;
  }

  public void setSafeStop(boolean flag) {
    safeStop = flag;
  }

  public long getElapsedTimeMillis() {
    return elapsedTimeMillis;
  }

  public void setElapsedTimeMillis(long number) {
    elapsedTimeMillis = number;
  }

  public String getExecutionId() {
    return executionId;
  }

  public void setExecutionId(String text) {
    executionId = text;
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
