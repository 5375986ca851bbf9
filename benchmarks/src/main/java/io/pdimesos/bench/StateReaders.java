package io.pdimesos.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.http.HttpClients;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.mesos.MesosTask;
import io.pdimesos.core.mesos.StateVisitor;
import java.io.IOException;
import io.pdimesos.core.rows.MesosEntities;
import io.pdimesos.core.rows.RowFilter;
import io.pdimesos.steps.OutputFields;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** The ways of going through every task of a {@code /master/state} that are compared. */
public enum StateReaders {
  /**
   * The ceiling: a hand-written Jackson streaming scan of exactly the sixteen default task
   * fields into an {@code Object[]} ({@link BareScan}).
   */
  BARE("bare") {
    @Override
    Reading read(String baseUrl, int tasks) throws IOException {
      Reading.Counter counter = new Reading.Counter(System.nanoTime());
      BareScan.rows(baseUrl, tasks, counter::row);
      return counter.done(System.nanoTime());
    }
  },

  /**
   * The rows layer the Mesos State Input step uses: the tasks entity's reader with the sixteen
   * default fields, each record turned into an {@code Object[]} by the step's own
   * {@link OutputFields}.
   */
  ROWS("rows") {
    @Override
    Reading read(String baseUrl, int tasks) {
      MesosClient mesos = new MesosClient(settings(baseUrl, tasks), ProgressListener.NONE);
      OutputFields fields = OutputFields.of(List.of(),
          MesosEntities.defaultFields(MesosEntities.TASKS));
      Reading.Counter counter = new Reading.Counter(System.nanoTime());
      MesosEntities.reader(MesosEntities.TASKS, mesos).read(RowFilter.NONE,
          fields.fields(), record -> {
        Object[] row = new Object[fields.size()];
        fields.fill(record, row, 0);
        counter.row(row);
        return true;
      }, CancellationToken.none());
      return counter.done(System.nanoTime());
    }
  },

  /**
   * {@code MesosClient.streamState} with a visitor that only counts: what the typed stream
   * costs before any row is made.
   */
  STREAM("stream") {
    @Override
    Reading read(String baseUrl, int tasks) {
      MesosClient mesos = new MesosClient(settings(baseUrl, tasks), ProgressListener.NONE);
      Reading.Counter counter = new Reading.Counter(System.nanoTime());
      mesos.streamState(new StateVisitor() {
        @Override
        public void task(MesosTask task) {
          counter.task();
        }
      }, CancellationToken.none());
      return counter.done(System.nanoTime());
    }
  },

  /**
   * What a PDI user does without the plugin (REST Client, then JSON Input): the whole body as
   * one String, parsed into a Jackson tree, then walked.
   */
  TREE("tree") {
    @Override
    Reading read(String baseUrl, int tasks) throws IOException {
      ServiceSettings settings = settings(baseUrl, tasks);
      OkHttpClient client = HttpClients.forService(settings, ProgressListener.NONE);
      Request request = new Request.Builder()
          .url(baseUrl + StateServer.contextPath(tasks) + "/master/state")
          .header("Accept", "application/json").build();
      long start = System.nanoTime();
      String body;
      try (Response response = client.newCall(request).execute()) {
        if (!response.isSuccessful()) {
          throw new IOException("GET " + request.url() + " answered HTTP " + response.code());
        }
        body = response.body().string();
      }
      JsonNode state = Json.MAPPER.readTree(body);
      Reading.Counter counter = new Reading.Counter(start);
      for (String list : new String[] {"frameworks", "completed_frameworks"}) {
        for (JsonNode framework : state.path(list)) {
          for (String tasksList : new String[] {"tasks", "unreachable_tasks", "completed_tasks"}) {
            for (JsonNode task : framework.path(tasksList)) {
              counter.row(task.path("id").asText(), task.path("state").asText(),
                  task.path("slave_id").asText());
            }
          }
        }
      }
      return counter.done(System.nanoTime());
    }
  };

  private final String label;

  /**
   * The floor under both variants: fetch the body and throw it away, unparsed. It shows how much
   * of a variant's time is the fake master writing and the loopback carrying the body.
   *
   * @return nanoseconds from sending the request to the last byte
   */
  static long bodyOnlyNanos(String baseUrl, int tasks) throws IOException {
    OkHttpClient client = HttpClients.forService(settings(baseUrl, tasks), ProgressListener.NONE);
    Request request = new Request.Builder()
        .url(baseUrl + StateServer.contextPath(tasks) + "/master/state").build();
    long start = System.nanoTime();
    try (Response response = client.newCall(request).execute()) {
      okio.BufferedSource source = response.body().source();
      okio.Buffer sink = new okio.Buffer();
      long bytes = 0;
      for (long n; (n = source.read(sink, 1 << 16)) != -1; ) {
        bytes += n;
        sink.clear();
      }
      long expected = response.body().contentLength();
      if (bytes != expected) {
        throw new IOException("read " + bytes + " of " + expected + " bytes");
      }
    }
    return System.nanoTime() - start;
  }

  StateReaders(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  abstract Reading read(String baseUrl, int tasks) throws IOException;

  static StateReaders byLabel(String label) {
    for (StateReaders r : values()) {
      if (r.label.equals(label)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown variant '" + label + "' (bare, rows, stream or tree)");
  }

  /** No retries, so a failed read is reported instead of silently repeated and timed. */
  static ServiceSettings settings(String baseUrl, int tasks) {
    return ServiceSettings.builder().urls(baseUrl)
        .contextPath(StateServer.contextPath(tasks))
        .retry(RetryPolicy.none())
        .timeouts(Timeouts.of(5_000, 300_000, 0))
        .build();
  }
}
