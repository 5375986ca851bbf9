package io.pdimesos.bench;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.ReadContext;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.http.HttpClients;
import io.pdimesos.core.rows.FieldType;
import io.pdimesos.core.rows.SourceField;
import io.pdimesos.pdiapi.StepRunner;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.steps.InputSettings;
import io.pdimesos.steps.OutputFields;
import io.pdimesos.steps.mesosinput.MesosStateInputMeta;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.RowListener;
import org.pentaho.di.trans.step.StepDataInterface;
import org.pentaho.di.trans.step.StepInterface;
import org.pentaho.di.trans.step.StepMeta;

/**
 * The two ways a PDI user gets one row per Mesos task with the same {@link #FIELDS}: the Mesos
 * State Input step, and PDI's own REST Client followed by JSON Input.
 */
public enum InputPaths {
  /**
   * The Mesos State Input step itself (entity "tasks", the fields as a user table), run headless
   * by the PDI API mirror's {@link StepRunner} the way PDI runs a step copy. Its rows go to a row
   * listener and no hop, so nothing downstream holds them.
   */
  STEP("step") {
    @Override
    long rows(String baseUrl, int tasks, Consumer<Object[]> out) {
      MesosStateInputMeta meta = new MesosStateInputMeta();
      meta.setDefault();
      // The fake master answers 404 to /master/redirect, so the step asks this URL directly, as
      // it does when no leader can be found (one small extra request per read).
      meta.settings().set(ConnectionSettings.MESOS_MASTERS,
          baseUrl + StateServer.contextPath(tasks));
      meta.settings().set(ConnectionSettings.READ_TIMEOUT, "300");
      meta.settings().set(MesosStateInputMeta.ENTITY, "tasks");
      List<SourceField> table = new ArrayList<>();
      for (Field f : FIELDS) {
        table.add(SourceField.of(f.name(), f.type(), f.pointer(), ""));
      }
      meta.settings().setTable(InputSettings.FIELDS, OutputFields.rowsOf(table));

      TransMeta transMeta = new TransMeta();
      Trans trans = new Trans(transMeta);
      StepMeta stepMeta = new StepMeta("Mesos State Input", meta);
      transMeta.addStep(stepMeta);
      StepDataInterface data = meta.getStepData();
      StepInterface step = meta.getStep(stepMeta, data, 0, transMeta, trans);
      long[] rows = {0};
      step.addRowListener(new RowListener() {
        @Override
        public void rowReadEvent(RowMetaInterface rowMeta, Object[] row) {}

        @Override
        public void rowWrittenEvent(RowMetaInterface rowMeta, Object[] row) {
          rows[0]++;
          out.accept(row);
        }

        @Override
        public void errorRowWrittenEvent(RowMetaInterface rowMeta, Object[] row) {}
      });
      // One processRow call reads the whole entity; the bound only guards against a runaway.
      if (!StepRunner.run(step, meta, data, 10) || step.getErrors() > 0) {
        throw new IllegalStateException("the Mesos State Input step failed; see its log above");
      }
      return rows[0];
    }
  },

  /**
   * PDI's do-it-yourself path, as its sources do it. REST Client reads the whole body into one
   * String field. JSON Input with "source is a field" turns that String into bytes
   * ({@code IOUtils.toInputStream}), parses them into a document with Jayway JsonPath's default
   * (json-smart) provider, and evaluates each field's path over it into one list per field
   * ({@code FastJsonReader.evalCombinedResult}, options SUPPRESS_EXCEPTIONS, ALWAYS_RETURN_LIST,
   * DEFAULT_PATH_LEAF_TO_NULL); rows are then the lists read across
   * ({@code TransposedRowSet}), each value converted to its field's type
   * ({@code RowOutputConverter}: a Map becomes JSON text). The body String stays alive until the
   * last row, as the REST Client row does in JSON Input's {@code data.readrow}. Only the new
   * fields go into the row ("remove source field"), as in the step's rows.
   */
  REST_JSON("rest+json") {
    @Override
    long rows(String baseUrl, int tasks, Consumer<Object[]> out) throws IOException {
      OkHttpClient client = HttpClients.forService(StateReaders.settings(baseUrl, tasks),
          ProgressListener.NONE);
      Request request = new Request.Builder()
          .url(baseUrl + StateServer.contextPath(tasks) + "/master/state")
          .header("Accept", "application/json").build();
      String body;
      try (Response response = client.newCall(request).execute()) {
        if (!response.isSuccessful()) {
          throw new IOException("GET " + request.url() + " answered HTTP " + response.code());
        }
        body = response.body().string();
      }
      ReadContext document;
      try (InputStream in = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))) {
        document = JsonPath.using(JSON_INPUT).parse(in, "UTF-8");
      }
      List<List<?>> columns = new ArrayList<>(FIELDS.size());
      for (int i = 0; i < FIELDS.size(); i++) {
        List<?> column = document.read(COMPILED.get(i));
        if (!columns.isEmpty() && column.size() != columns.get(0).size()) {
          // JSON Input's own check ("The data structure is not the same inside the resource").
          throw new IllegalStateException(FIELDS.get(i).jsonPath() + " found " + column.size()
              + " values, " + FIELDS.get(0).jsonPath() + " " + columns.get(0).size());
        }
        columns.add(column);
      }
      int n = columns.get(0).size();
      for (int r = 0; r < n; r++) {
        Object[] row = new Object[FIELDS.size()];
        for (int c = 0; c < row.length; c++) {
          row[c] = convert(columns.get(c).get(r), FIELDS.get(c).type());
        }
        out.accept(row);
      }
      Reference.reachabilityFence(body);
      return n;
    }
  };

  /** One output field: its name and type, its source in the step, its path in JSON Input. */
  public record Field(String name, FieldType type, String pointer, String jsonPath) {}

  /**
   * A realistic task row: identity, state, placement, resources, and two nested values (the first
   * status, the container type), each as the step's JSON Pointer and as JSON Input's JsonPath.
   */
  public static final List<Field> FIELDS = List.of(
      field("id", FieldType.STRING, "id"),
      field("name", FieldType.STRING, "name"),
      field("state", FieldType.STRING, "state"),
      field("framework_id", FieldType.STRING, "framework_id"),
      field("agent_id", FieldType.STRING, "slave_id"),
      field("role", FieldType.STRING, "role"),
      field("cpus", FieldType.NUMBER, "resources.cpus"),
      field("mem", FieldType.NUMBER, "resources.mem"),
      field("disk", FieldType.NUMBER, "resources.disk"),
      field("ports", FieldType.STRING, "resources.ports"),
      new Field("first_status", FieldType.STRING, "/statuses/0/state",
          "$.frameworks[*].tasks[*].statuses[0].state"),
      field("container_type", FieldType.STRING, "container.type"));

  private static Field field(String name, FieldType type, String dotted) {
    return new Field(name, type, "/" + dotted.replace('.', '/'),
        "$.frameworks[*].tasks[*]." + dotted);
  }

  /** JSON Input's configuration ({@code FastJsonReader.setJsonConfiguration}, its defaults). */
  private static final Configuration JSON_INPUT = Configuration.defaultConfiguration().addOptions(
      Option.SUPPRESS_EXCEPTIONS, Option.ALWAYS_RETURN_LIST, Option.DEFAULT_PATH_LEAF_TO_NULL);

  private static final List<JsonPath> COMPILED =
      FIELDS.stream().map(f -> JsonPath.compile(f.jsonPath())).toList();

  private final String label;

  InputPaths(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static InputPaths byLabel(String label) {
    for (InputPaths p : values()) {
      if (p.label.equals(label)) {
        return p;
      }
    }
    return null;
  }

  /**
   * Reads the state of {@code tasks} tasks from the fake master at {@code baseUrl} and hands each
   * row ({@link #FIELDS} in order) to {@code out}.
   *
   * @return the number of rows
   */
  abstract long rows(String baseUrl, int tasks, Consumer<Object[]> out) throws IOException;

  /** One timed pass: rows counted and folded into a checksum, first and last row timed. */
  Reading read(String baseUrl, int tasks) throws IOException {
    long start = System.nanoTime();
    Reading.Counter counter = new Reading.Counter(start);
    rows(baseUrl, tasks, counter::row);
    return counter.done(System.nanoTime());
  }

  /** JSON Input's value conversion ({@code RowOutputConverter.getValue}) for the two types used. */
  private static Object convert(Object value, FieldType type) {
    if (value == null) {
      return null;
    }
    if (type == FieldType.NUMBER) {
      return value instanceof Number n ? n.doubleValue() : Double.valueOf(value.toString().trim());
    }
    if (value instanceof Map) {
      // JSON Input writes it with json-smart's JSONObject.toJSONString; the provider does too.
      return JSON_INPUT.jsonProvider().toJson(value);
    }
    return value.toString();
  }
}
