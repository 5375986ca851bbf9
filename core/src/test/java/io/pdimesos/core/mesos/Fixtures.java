package io.pdimesos.core.mesos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Real Mesos bodies copied from shared/fixtures/mesos (provenance in SOURCES.md next to them). */
public final class Fixtures {
  public static final String STATE_0_19 = "mesos-cli.master-state.mesos-0.19.0.json";
  public static final String STATE_0_22 = "dcos-ui.master-state.mesos-0.22.0.large.json";
  public static final String STATE_1_2 = "dcos-net.master-state.mesos-1.2.0.json";
  public static final String STATE_1_8 = "dcos-net.master-state.mesos-1.8.0.json";
  public static final String STATE_FAKE_IPS = "mesos-dns.master-state.fake-ip-edge-cases.json";
  public static final String SUMMARY_1_2 = "dcos-ui.master-state-summary.mesos-1.2.0.json";
  public static final String AGENT_0_19 = "mesos-cli.agent-state.mesos-0.19.0.json";
  public static final String AGENT_0_27 = "dcos-ui.agent-state.json";
  public static final String FILES_READ = "dcos-ui.files-read.json";
  public static final String V1_METRICS = "operator-api.master.GET_METRICS.response.json";
  public static final String V1_MASTER = "operator-api.master.GET_MASTER.response.json";
  public static final String V1_VERSION = "operator-api.master.GET_VERSION.response.json";

  private Fixtures() {}

  public static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/mesos/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode json(String name) {
    try {
      return Json.MAPPER.readTree(text(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A {@code /master/slaves} body built from a state fixture's {@code slaves}: the master writes
   * both with the same agent writer (reference mesos.md §5); no real /master/slaves capture exists.
   */
  static String slavesOf(String stateFixture) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.set("slaves", json(stateFixture).get("slaves"));
    out.putArray("recovered_slaves");
    return out.toString();
  }

  /**
   * A v0 {@code /metrics/snapshot} body: no real flat snapshot exists upstream, so it is the v1
   * GET_METRICS doc example (same metric names and values) turned into {name: value}.
   */
  public static ObjectNode metricsSnapshot() {
    ObjectNode out = Json.MAPPER.createObjectNode();
    for (JsonNode m : json(V1_METRICS).path("get_metrics").path("metrics")) {
      out.put(m.get("name").asText(), m.path("value").asDouble(0));
    }
    return out;
  }
}
