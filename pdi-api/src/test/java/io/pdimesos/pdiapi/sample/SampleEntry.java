package io.pdimesos.pdiapi.sample;

import java.util.List;
import org.pentaho.di.cluster.SlaveServer;
import org.pentaho.di.core.Result;
import org.pentaho.di.core.annotations.JobEntry;
import org.pentaho.di.core.database.DatabaseMeta;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.exception.KettleXMLException;
import org.pentaho.di.core.xml.XMLHandler;
import org.pentaho.di.job.entry.JobEntryBase;
import org.pentaho.di.job.entry.JobEntryInterface;
import org.pentaho.di.repository.Repository;
import org.pentaho.metastore.api.IMetaStore;
import org.w3c.dom.Node;

/**
 * A job entry written the way the project's entries are: it compiling against the mirror proves the
 * mirror declares every abstract member of JobEntryInterface that JobEntryBase does not implement.
 */
@JobEntry(id = "SampleEntry", name = "Sample", categoryDescription = "Utility")
public class SampleEntry extends JobEntryBase implements Cloneable, JobEntryInterface {
  public String target = "${TARGET}";
  public int polls = 3;

  public SampleEntry() {
    super("sample", "");
  }

  @Override
  public Result execute(Result previous, int nr) throws KettleException {
    String resolved = environmentSubstitute(target);
    logBasic("Polling " + resolved);
    for (int i = 0; i < polls; i++) {
      if (parentJob != null && parentJob.isStopped()) {
        logDetailed("Stopped after {0} polls", i);
        previous.setResult(false);
        return previous;
      }
      logDebug("poll " + i);
    }
    parentJob.setVariable("SAMPLE_TARGET", resolved);
    previous.setResult(true);
    return previous;
  }

  @Override
  public boolean evaluates() {
    return true;
  }

  @Override
  public String getXML() {
    return super.getXML() + "      " + XMLHandler.addTagValue("target", target) + "      "
        + XMLHandler.addTagValue("polls", polls);
  }

  @Override
  public void loadXML(Node entrynode, List<DatabaseMeta> databases, List<SlaveServer> slaveServers, Repository rep,
      IMetaStore metaStore) throws KettleXMLException {
    super.loadXML(entrynode, databases, slaveServers);
    target = XMLHandler.getTagValue(entrynode, "target");
    polls = Integer.parseInt(XMLHandler.getTagValue(entrynode, "polls"));
  }
}
