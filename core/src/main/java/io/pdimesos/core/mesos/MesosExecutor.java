package io.pdimesos.core.mesos;

import com.fasterxml.jackson.core.JsonParser;
import io.pdimesos.core.json.FieldReader;
import io.pdimesos.core.json.JsonValues;
import java.io.IOException;

/** A custom executor the master lists under its framework ({@code executors[]}). */
public final class MesosExecutor {
  private final JsonValues selected;
  private final String id;
  private final String name;
  private final String frameworkId;
  private final String agentId;
  private final Resources resources;
  private final String frameworkName;

  private MesosExecutor(Fields f, JsonValues selected, String frameworkId,
      String frameworkName) {
    this.selected = selected;
    this.id = f.executorId != null ? f.executorId : f.id != null ? f.id : "";
    this.name = f.name == null ? "" : f.name;
    this.frameworkId = f.frameworkId != null ? f.frameworkId : frameworkId;
    this.agentId = f.slaveId != null ? f.slaveId : f.agentId != null ? f.agentId : "";
    this.resources = f.resources;
    this.frameworkName = frameworkName;
  }

  /** The fields of one executor read from tokens, before its framework's name is known. */
  static final class Fields implements FieldReader {
    private String executorId;
    private String id;
    private String name;
    private String frameworkId;
    private String slaveId;
    private String agentId;
    private Resources resources = Resources.EMPTY;

    @Override
    public boolean wants(String field) {
      switch (field) {
        case "executor_id":
        case "id":
        case "name":
        case "framework_id":
        case "slave_id":
        case "agent_id":
        case "resources":
          return true;
        default:
          return false;
      }
    }

    @Override
    public void read(String field, JsonParser p) throws IOException {
      switch (field) {
        case "executor_id":
          executorId = MesosTokens.text(p, field);
          break;
        case "id":
          id = MesosTokens.text(p, field);
          break;
        case "name":
          name = MesosTokens.text(p, field);
          break;
        case "framework_id":
          frameworkId = MesosTokens.text(p, field);
          break;
        case "slave_id":
          slaveId = MesosTokens.text(p, field);
          break;
        case "agent_id":
          agentId = MesosTokens.text(p, field);
          break;
        case "resources":
          resources = Resources.read(p, field);
          break;
        default:
          p.skipChildren();
      }
    }

    @Override
    public FieldReader fields(String field) {
      if (!"resources".equals(field)) {
        return null;
      }
      return Resources.reader(r -> resources = r);
    }

    /**
     * @param frameworkId the listing framework's id, for an executor that does not name it
     */
    MesosExecutor build(JsonValues selected, String frameworkId, String frameworkName) {
      return new MesosExecutor(this, selected, frameworkId, frameworkName);
    }
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String frameworkId() {
    return frameworkId;
  }

  /** Name of the executor's framework, or null where the listing does not say. */
  public String frameworkName() {
    return frameworkName;
  }

  public String agentId() {
    return agentId;
  }

  public Resources resources() {
    return resources;
  }

  /**
   * The executor's JSON values the read kept (paths beyond the typed accessors): every path of
   * an executor read whole, only the selected pointers of a streamed state read with a
   * {@link StateSelection}.
   */
  public JsonValues selected() {
    return selected;
  }

  @Override
  public String toString() {
    return id + " on " + agentId;
  }
}
