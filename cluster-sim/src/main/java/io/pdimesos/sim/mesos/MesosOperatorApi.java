package io.pdimesos.sim.mesos;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.sim.http.Json;
import io.pdimesos.sim.http.SimExchange;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * How a 1.8 master reads a v1 operator API request before it answers the call, in upstream's
 * order ({@code src/master/http.cpp} {@code Master::Http::api}, {@code src/master/validation.cpp}
 * {@code validation::master::call::validate}, {@code 3rdparty/stout/include/stout/protobuf.hpp}).
 */
final class MesosOperatorApi {
  private MesosOperatorApi() {}

  /** A call that passed the checks: its type name and the whole request body. */
  record Call(String type, JsonNode body) {}

  static final String JSON = "application/json";
  static final String PROTOBUF = "application/x-protobuf";

  /**
   * Every {@code master::Call::Type} of 1.8 ({@code include/mesos/v1/master/master.proto}). A
   * name outside it is dropped by the JSON reader (proto2: unknown enum value of an optional
   * field), so such a call fails validation as a call without a type.
   */
  static final Set<String> CALLS_1_8 = Set.of("UNKNOWN", "GET_HEALTH", "GET_FLAGS", "GET_VERSION",
      "GET_METRICS", "GET_LOGGING_LEVEL", "SET_LOGGING_LEVEL", "LIST_FILES", "READ_FILE",
      "GET_STATE", "GET_AGENTS", "GET_FRAMEWORKS", "GET_EXECUTORS", "GET_OPERATIONS", "GET_TASKS",
      "GET_ROLES", "GET_WEIGHTS", "UPDATE_WEIGHTS", "GET_MASTER", "SUBSCRIBE", "RESERVE_RESOURCES",
      "UNRESERVE_RESOURCES", "CREATE_VOLUMES", "DESTROY_VOLUMES", "GROW_VOLUME", "SHRINK_VOLUME",
      "GET_MAINTENANCE_STATUS", "GET_MAINTENANCE_SCHEDULE", "UPDATE_MAINTENANCE_SCHEDULE",
      "START_MAINTENANCE", "STOP_MAINTENANCE", "GET_QUOTA", "UPDATE_QUOTA", "SET_QUOTA",
      "REMOVE_QUOTA", "TEARDOWN", "MARK_AGENT_GONE");

  /** Calls that validation rejects without their parameter message (validation.cpp). */
  private static final Map<String, String> REQUIRED_MESSAGE = Map.ofEntries(
      Map.entry("GET_METRICS", "get_metrics"), Map.entry("SET_LOGGING_LEVEL", "set_logging_level"),
      Map.entry("LIST_FILES", "list_files"), Map.entry("READ_FILE", "read_file"),
      Map.entry("UPDATE_WEIGHTS", "update_weights"),
      Map.entry("RESERVE_RESOURCES", "reserve_resources"),
      Map.entry("UNRESERVE_RESOURCES", "unreserve_resources"),
      Map.entry("CREATE_VOLUMES", "create_volumes"), Map.entry("DESTROY_VOLUMES", "destroy_volumes"),
      Map.entry("GROW_VOLUME", "grow_volume"), Map.entry("SHRINK_VOLUME", "shrink_volume"),
      Map.entry("UPDATE_MAINTENANCE_SCHEDULE", "update_maintenance_schedule"),
      Map.entry("START_MAINTENANCE", "start_maintenance"),
      Map.entry("STOP_MAINTENANCE", "stop_maintenance"), Map.entry("UPDATE_QUOTA", "update_quota"),
      Map.entry("SET_QUOTA", "set_quota"), Map.entry("REMOVE_QUOTA", "remove_quota"),
      Map.entry("TEARDOWN", "teardown"), Map.entry("MARK_AGENT_GONE", "mark_agent_gone"));

  /**
   * Checks the request like {@code Master::Http::api} (after the leader redirect): POST only
   * (405), a {@code Content-Type} header (400) that is exactly JSON or protobuf (415), a body that
   * parses (400) into a valid call (400), an {@code Accept} that allows JSON or protobuf (406).
   *
   * @return the call, or {@code null} when the request was answered with an error
   */
  static Call read(SimExchange ex) {
    if (!"POST".equals(ex.method())) {
      ex.header("Allow", "POST");
      text(ex, 405, "Expecting one of { 'POST' }, but received '" + ex.method() + "'");
      return null;
    }
    String contentType = ex.header("Content-Type");
    if (contentType == null) {
      text(ex, 400, "Expecting 'Content-Type' to be present");
      return null;
    }
    if (contentType.equals(PROTOBUF)) {
      // Real masters read protobuf too; no client the emulator is checked against sends it.
      text(ex, 415, "cluster-sim emulates the v1 operator API in JSON only: send 'Content-Type: "
          + JSON + "'");
      return null;
    }
    if (!contentType.equals(JSON)) {
      // An exact comparison upstream ("TODO(anand): Content type values are case-insensitive"):
      // "application/json; charset=utf-8" is refused too.
      text(ex, 415, "Expecting 'Content-Type' of " + JSON + " or " + PROTOBUF);
      return null;
    }
    JsonNode body;
    try {
      body = Json.parse(ex.body());
    } catch (IOException e) {
      text(ex, 400, "Failed to parse body into JSON: " + e.getMessage());
      return null;
    }
    if (body == null || !body.isObject()) {
      text(ex, 400, "Failed to convert JSON into Call protobuf: Expecting a JSON object");
      return null;
    }
    String type = body.path("type").asText("");
    if (!CALLS_1_8.contains(type)) {
      text(ex, 400, "Failed to validate master::Call: Expecting 'type' to be present");
      return null;
    }
    String required = REQUIRED_MESSAGE.get(type);
    if (required != null && !body.path(required).isObject()) {
      text(ex, 400, "Failed to validate master::Call: Expecting '" + required + "' to be present");
      return null;
    }
    if (!acceptsJson(ex.header("Accept"))) {
      text(ex, 406, ex.header("Accept").contains(PROTOBUF)
          ? "cluster-sim answers the v1 operator API in JSON only: accept '" + JSON + "'"
          : "Expecting 'Accept' to allow '" + PROTOBUF + "' or '" + JSON + "'");
      return null;
    }
    return new Call(type, body);
  }

  /**
   * libprocess {@code Request::acceptsMediaType} for JSON: no header accepts everything;
   * otherwise the most specific range that names it ({@code application/json}, then
   * {@code application/*}, then {@code *}{@code /*}) decides, refusing it only with a
   * {@code q} of 0 (or one that is not a number).
   */
  static boolean acceptsJson(String accept) {
    if (accept == null) {
      return true;
    }
    String header = accept.replace(" ", "").replace("\t", "").replace("\n", "");
    for (String candidate : new String[] {JSON, "application/*", "*/*"}) {
      for (String range : header.split(",")) {
        String[] parts = range.split(";");
        if (!parts[0].equalsIgnoreCase(candidate)) {
          continue;
        }
        String q = null;
        int qs = 0;
        for (int i = 1; i < parts.length; i++) {
          if (parts[i].startsWith("q=")) {
            q = parts[i].substring(2);
            qs++;
          }
        }
        if (qs != 1) {
          return true;
        }
        try {
          return Double.parseDouble(q) > 0;
        } catch (NumberFormatException e) {
          return false;
        }
      }
    }
    return false;
  }

  private static void text(SimExchange ex, int status, String message) {
    ex.text(status, "text/plain; charset=utf-8", message);
  }
}
