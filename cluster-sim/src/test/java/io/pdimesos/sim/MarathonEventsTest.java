package io.pdimesos.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MarathonEventsTest {
  static final OkHttpClient STREAM = SimHttp.CLIENT.newBuilder().readTimeout(Duration.ofSeconds(5)).build();
  ClusterSim sim;
  String leader;
  String standby;

  @BeforeEach
  void start() {
    sim = ClusterSim.builder().agents(1).marathonInstances(2).freePorts().steppedClock().build().start();
    sim.marathon().heartbeat(Duration.ofMillis(200));
    leader = sim.marathonUrls().get(0);
    standby = sim.marathonUrls().get(1);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  /** Reads raw bytes until {@code marker} shows up (bounded by the client's read timeout). */
  private static String readUntil(BufferedSource src, String marker) throws IOException {
    StringBuilder sb = new StringBuilder();
    while (!sb.toString().contains(marker)) {
      sb.append((char) src.readByte());
    }
    return sb.toString();
  }

  @Test
  void refusesWithoutTheExactAcceptHeader() {
    String expected = Shape.text("marathon/errors/raml-events.405-missing-accept-header.html");
    var none = SimHttp.get(leader + "/v2/events");
    assertThat(none.code()).isEqualTo(405);
    assertThat(none.body()).isEqualTo(expected);
    assertThat(SimHttp.get(leader + "/v2/events", "text/event-stream, */*").code()).isEqualTo(405);
    assertThat(SimHttp.get(leader + "/v2/events", "application/json").code()).isEqualTo(405);
  }

  @Test
  void aStandbyRedirectsEventsAndProxiesTheRest() {
    var r = SimHttp.get(standby + "/v2/events?event_type=deployment_success", "text/event-stream");
    assertThat(r.code()).isEqualTo(302);
    assertThat(r.header("Location")).isEqualTo(leader + "/v2/events?event_type=deployment_success");
    var proxied = SimHttp.get(standby + "/v2/leader");
    assertThat(proxied.json().get("leader").asText()).isEqualTo(leader.substring("http://".length()));
    assertThat(proxied.header("X-Marathon-Via")).isNotNull();

    sim.faults().marathonDown(1, true);
    assertThat(SimHttp.get(standby + "/v2/leader").json().get("leader").asText())
        .isEqualTo(standby.substring("http://".length()));
    sim.faults().marathonDown(1, false);
    assertThat(SimHttp.get(leader + "/v2/leader").json().get("leader").asText())
        .isEqualTo(standby.substring("http://".length()));
  }

  @Test
  void streamsCrlfFramesWithRealEventTypesAndFilters() throws IOException {
    Request all = new Request.Builder().url(leader + "/v2/events").header("Accept", "text/event-stream").build();
    Request filtered = new Request.Builder().url(leader + "/v2/events?event_type=deployment_success")
        .header("Accept", "text/event-stream").build();
    try (Response r = STREAM.newCall(all).execute(); Response f = STREAM.newCall(filtered).execute()) {
      assertThat(r.code()).isEqualTo(200);
      assertThat(r.header("Content-Type")).startsWith("text/event-stream");
      BufferedSource src = r.body().source();
      String attached = readUntil(src, "\r\n\r\n");
      assertThat(attached).startsWith("event: event_stream_attached\r\ndata: {");

      SimHttp.send("PUT", leader + "/v2/apps/a", "{\"cmd\":\"sleep 10\"}");
      sim.clock().advance(Duration.ofSeconds(1));
      String frames = readUntil(src, "event: deployment_success\r\ndata: ");
      frames += readUntil(src, "\r\n\r\n");
      String statusData = frames.lines().filter(l -> l.startsWith("data: {\"eventType\":\"status_update_event\""))
          .findFirst().orElseThrow().substring(6).trim();
      JsonNode status = Shape.MAPPER.readTree(statusData);
      JsonNode fixture = fixtureEvent("status_update_event");
      // ipAddresses joined status_update_event after this 2015 capture (marathon.md §8 table)
      assertThat(Shape.diff(fixture, status, Set.of(), Set.of("ipAddresses"))).isEmpty();

      // a heartbeat is a bare CRLF after a frame's closing empty line (no frame ever has three)
      String rest = readUntil(src, "\r\n\r\n\r\n");
      assertThat(rest).endsWith("\r\n\r\n\r\n");

      String onlySuccess = readUntil(f.body().source(), "\r\n\r\n");
      assertThat(onlySuccess).startsWith("event: deployment_success\r\n");
    }
  }

  /** The first frame of that type in the RAML example stream (real server output). */
  private static JsonNode fixtureEvent(String type) throws IOException {
    String text = Shape.text("marathon/raml/events.txt");
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length - 1; i++) {
      if (lines[i].trim().equals("event: " + type)) {
        return Shape.MAPPER.readTree(lines[i + 1].substring("data: ".length()));
      }
    }
    throw new AssertionError("no " + type + " in events.txt");
  }

  @Test
  void attachedEventMatchesTheRecordedStream() throws IOException {
    Request all = new Request.Builder().url(leader + "/v2/events").header("Accept", "text/event-stream").build();
    try (Response r = STREAM.newCall(all).execute()) {
      String frame = readUntil(r.body().source(), "\r\n\r\n");
      JsonNode data = Shape.MAPPER.readTree(frame.split("\r\n")[1].substring(6));
      assertThat(Shape.diff(fixtureEvent("event_stream_attached"), data, Set.of(), Set.of())).isEmpty();
    }
  }
}
