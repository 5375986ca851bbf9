package io.pdimesos.core.rows;

import static io.pdimesos.core.rows.SourceField.of;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.UnexpectedJsonException;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.json.JsonValues;
import io.pdimesos.core.json.KeptFields;
import io.pdimesos.core.json.PointerSelection;
import io.pdimesos.core.json.Tokens;
import io.pdimesos.core.weave.WeaveClient;
import io.pdimesos.core.weave.WeaveReportStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entities of the Weave Status Input step, all read from each router's {@code GET /report}
 * (reference weave.md §3). Every router reports only its own view, so a read asks every router in
 * turn and each record carries the router it came from ({@code @router_url},
 * {@code @router_name}, {@code @router_nickname}).
 */
public final class WeaveEntities {
  public static final String PEERS = "peers";
  public static final String CONNECTIONS = "connections";
  public static final String IPAM = "ipam";
  public static final String DNS = "dns";
  public static final List<String> CODES = Collections.unmodifiableList(
      Arrays.asList(PEERS, CONNECTIONS, IPAM, DNS));

  private static final List<SourceField> ROUTER_FIELDS = Arrays.asList(
      of("router_url", FieldType.STRING, "@router_url", "URL of the router that reported this"),
      of("router_name", FieldType.STRING, "@router_name", "Peer name of that router"),
      of("router_nickname", FieldType.STRING, "@router_nickname", "Nickname of that router"));

  static final List<SourceField> PEER_FIELDS = withRouter(
      of("name", FieldType.STRING, "/Name", "Peer name (MAC-like)"),
      of("nickname", FieldType.STRING, "/NickName", "Peer nickname (host name by default)"),
      of("uid", FieldType.STRING, "/UID", "Unique id, an unsigned 64-bit number"),
      of("short_id", FieldType.INTEGER, "/ShortID", "Short id"),
      of("version", FieldType.INTEGER, "/Version", "Gossip version of the peer's topology"),
      of("connections", FieldType.INTEGER, "@connections", "Connections the peer has"),
      of("established", FieldType.INTEGER, "@established", "Of those, established ones"),
      of("is_router", FieldType.BOOLEAN, "@is_router", "This peer is the reporting router"));

  static final List<SourceField> CONNECTION_FIELDS = withRouter(
      of("address", FieldType.STRING, "/Address", "Remote address and port"),
      of("outbound", FieldType.BOOLEAN, "/Outbound", "This router dialled the connection"),
      of("state", FieldType.STRING, "/State",
          "established, pending, connecting, retrying, failed or waiting"),
      of("info", FieldType.STRING, "/Info", "Overlay and peer, or the last error of a target"),
      of("overlay", FieldType.STRING, "/Attrs/name", "fastdp, sleeve or awsvpc"),
      of("mtu", FieldType.INTEGER, "/Attrs/mtu", "MTU of the connection"),
      of("encrypted", FieldType.BOOLEAN, "/Attrs/encrypted", "Encrypted (only set when true)"));

  static final List<SourceField> IPAM_FIELDS = withRouter(
      of("token", FieldType.STRING, "/Token", "First address of the range"),
      of("last_address", FieldType.STRING, "@last_address", "Last address of the range"),
      of("size", FieldType.INTEGER, "/Size", "Addresses in the range"),
      of("peer", FieldType.STRING, "/Peer", "Peer that owns the range"),
      of("nickname", FieldType.STRING, "/Nickname", "Nickname of that peer"),
      of("is_known_peer", FieldType.BOOLEAN, "/IsKnownPeer",
          "The router can see the owner (false: dead peer or partition)"),
      of("version", FieldType.INTEGER, "/Version", "Version of the entry"),
      of("allocation_range", FieldType.STRING, "@allocation_range",
          "The whole IPAM range of the router (--ipalloc-range)"));

  static final List<SourceField> DNS_FIELDS = withRouter(
      of("hostname", FieldType.STRING, "/Hostname", "Fully qualified name, with the final dot"),
      of("address", FieldType.STRING, "/Address", "IP address"),
      of("origin", FieldType.STRING, "/Origin", "Peer that registered the entry"),
      of("container_id", FieldType.STRING, "/ContainerID", "Container id"),
      of("version", FieldType.INTEGER, "/Version", "Version of the entry"),
      of("live", FieldType.BOOLEAN, "@live", "Not deleted (no tombstone)"),
      of("deleted_at", FieldType.DATE, "@deleted_at", "When the entry was deleted"));

  private static final String ROUTER = "Router";
  private static final String IPAM_SECTION = "IPAM";
  private static final String DNS_SECTION = "DNS";
  /** The report's values that items carry, as section.field. */
  private static final Set<String> CONTEXT = Collections.unmodifiableSet(new HashSet<String>(
      Arrays.asList("Router.Name", "Router.NickName", "IPAM.Range")));

  private WeaveEntities() {}

  private static List<SourceField> withRouter(SourceField... own) {
    List<SourceField> all = new ArrayList<SourceField>(Arrays.asList(own));
    all.addAll(ROUTER_FIELDS);
    return Collections.unmodifiableList(all);
  }

  /**
   * The documented default fields of {@code code}, without a client (Spoon asks for them).
   *
   * @throws IllegalArgumentException when {@code code} is not one of {@link #CODES}
   */
  public static List<SourceField> defaultFields(String code) {
    List<SourceField> fields = PEERS.equals(code) ? PEER_FIELDS
        : CONNECTIONS.equals(code) ? CONNECTION_FIELDS
        : IPAM.equals(code) ? IPAM_FIELDS
        : DNS.equals(code) ? DNS_FIELDS : null;
    if (fields == null) {
      throw DeclaredEntityReader.unknown("Weave", code, CODES);
    }
    return fields;
  }

  /**
   * @param routers one client per router URL ({@link WeaveClient#forEachRouter})
   * @throws IllegalArgumentException when {@code code} is not one of {@link #CODES}
   */
  public static EntityReader reader(String code, List<WeaveClient> routers) {
    if (PEERS.equals(code)) {
      return new Reader(PEERS, PEER_FIELDS, routers, ROUTER, "Peers",
          KeptFields.names("Name", "Connections")) {

        @Override
        void derive(JsonNode peer, JsonNode report, Map<String, Object> d) {
          int established = 0;
          for (JsonNode c : peer.path("Connections")) {
            if (c.path("Established").asBoolean(false)) {
              established++;
            }
          }
          d.put("connections", peer.path("Connections").size());
          d.put("established", established);
          d.put("is_router", peer.path("Name").asText("").equals(
              report.path("Router").path("Name").asText(null)));
        }
      };
    }
    if (CONNECTIONS.equals(code)) {
      return new Reader(CONNECTIONS, CONNECTION_FIELDS, routers, ROUTER, "Connections",
          KeptFields.names()) {};
    }
    if (IPAM.equals(code)) {
      return new Reader(IPAM, IPAM_FIELDS, routers, IPAM_SECTION, "Entries",
          KeptFields.names("Token", "Size")) {

        @Override
        void derive(JsonNode entry, JsonNode report, Map<String, Object> d) {
          d.put("last_address", lastAddress(entry.path("Token").asText(""),
              entry.path("Size").asLong(0)));
          d.put("allocation_range", text(report.path("IPAM").path("Range")));
        }
      };
    }
    if (DNS.equals(code)) {
      return new Reader(DNS, DNS_FIELDS, routers, DNS_SECTION, "Entries",
          KeptFields.names("Tombstone")) {

        @Override
        void derive(JsonNode entry, JsonNode report, Map<String, Object> d) {
          long tombstone = entry.path("Tombstone").asLong(0);
          d.put("live", tombstone == 0);
          d.put("deleted_at", tombstone == 0 ? null : new java.util.Date(tombstone * 1000L));
        }
      };
    }
    throw DeclaredEntityReader.unknown("Weave", code, CODES);
  }

  /** The last IPv4 address of {@code size} addresses from {@code first}; null if not IPv4. */
  static String lastAddress(String first, long size) {
    String[] parts = first.split("\\.");
    if (parts.length != 4 || size < 1) {
      return null;
    }
    long v = 0;
    try {
      for (String p : parts) {
        int octet = Integer.parseInt(p);
        if (octet < 0 || octet > 255) {
          return null;
        }
        v = (v << 8) | octet;
      }
    } catch (NumberFormatException e) {
      return null;
    }
    long last = v + size - 1;
    if (last > 0xFFFFFFFFL) {
      return null;
    }
    return ((last >> 24) & 255) + "." + ((last >> 16) & 255) + "." + ((last >> 8) & 255) + "."
        + (last & 255);
  }

  private static String text(JsonNode n) {
    return n.isMissingNode() || n.isNull() ? null : n.asText();
  }

  /**
   * Reads one list of every router's report while it arrives, item by item: the selected values
   * and the few fields {@link #derive} reads. The values every item carries from its report (the
   * router's name, the IPAM range) come before the lists in Weave's own order; an item read
   * before them waits until they are known. The subclasses say which list and what to add.
   */
  private abstract static class Reader extends DeclaredEntityReader {
    private final List<WeaveClient> routers;
    private final String section;
    private final String list;
    private final Set<String> typedFields;

    Reader(String code, List<SourceField> fields, List<WeaveClient> routers, String section,
        String list, Set<String> typedFields) {
      super(code, fields);
      if (routers == null || routers.isEmpty()) {
        throw new IllegalArgumentException(WeaveClient.ROUTERS_SETTING
            + " is empty: give at least one URL");
      }
      this.routers = Collections.unmodifiableList(new ArrayList<WeaveClient>(routers));
      this.section = section;
      this.list = list;
      this.typedFields = typedFields;
    }

    /**
     * Adds the entity's own derived values.
     *
     * @param item the item's fields named at construction, as a tree
     * @param report the report's values items carry: {@code Router.Name},
     *     {@code Router.NickName} and {@code IPAM.Range}, where the report has them
     */
    void derive(JsonNode item, JsonNode report, Map<String, Object> derived) {}

    @Override
    long read(RowFilter filter, PointerSelection selection, RecordSink sink,
        CancellationToken t) {
      long accepted = 0;
      for (WeaveClient router : routers) {
        t.throwIfCancelled();
        WeaveReportStream report;
        try {
          report = router.openReport(t);
        } catch (CancelledException e) {
          throw e;
        } catch (ClusterException e) {
          sink.failed(router.url(), e);
          continue;
        }
        try {
          sink.answered(new ResponseInfo(report.url(), report.responseMillis()));
          ReportItems items = new ReportItems(report.url(), selection, sink);
          walk(report, items, t);
          accepted += items.accepted;
          if (items.stopped) {
            return accepted;
          }
        } catch (UnexpectedJsonException e) {
          sink.failed(router.url(), e);
        } catch (IOException e) {
          ClusterException failure = report.unreadable(e, t);
          if (failure instanceof CancelledException) {
            throw failure;
          }
          sink.failed(router.url(), failure);
        } finally {
          report.close();
        }
      }
      return accepted;
    }

    /**
     * The report's top-level object: into the sections that hold context or the list. A report
     * without the router's own status is refused before its items are handed on (they wait for
     * the router's name until then).
     */
    private void walk(WeaveReportStream report, ReportItems items, CancellationToken t)
        throws IOException {
      JsonParser p = report.parser();
      boolean router = false;
      while (!items.stopped && p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (ROUTER.equals(name)) {
          router = v == JsonToken.START_OBJECT;
          if (!router && v != JsonToken.VALUE_NULL) {
            throw report.withoutRouter(Tokens.value(p));
          }
        }
        boolean context = ROUTER.equals(name) || IPAM_SECTION.equals(name);
        if (v != JsonToken.START_OBJECT || !(context || section.equals(name))) {
          p.skipChildren();
          continue;
        }
        while (!items.stopped && p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          JsonToken fv = p.nextToken();
          if (section.equals(name) && list.equals(field)) {
            list(p, fv, items, t);
          } else if (CONTEXT.contains(name + "." + field)) {
            items.context(name, field, Tokens.value(p));
          } else {
            p.skipChildren();
          }
        }
        items.ended(name);
      }
      if (!router && !items.stopped) {
        throw report.withoutRouter(null);
      }
      items.ended(null);
    }

    /** The list's items; a list written as an object gives its members, as a tree would. */
    private void list(JsonParser p, JsonToken start, ReportItems items, CancellationToken t)
        throws IOException {
      if (start != JsonToken.START_ARRAY && start != JsonToken.START_OBJECT) {
        return; // null (Go's nil slice) or a scalar: no items
      }
      boolean members = start == JsonToken.START_OBJECT;
      while (!items.stopped) {
        JsonToken next = p.nextToken();
        if (next == JsonToken.END_ARRAY || next == JsonToken.END_OBJECT) {
          return;
        }
        if (members) {
          p.nextToken();
        }
        t.throwIfCancelled();
        KeptFields typed = KeptFields.of(typedFields);
        JsonValues values = p.currentToken() == JsonToken.START_OBJECT
            ? items.selection.read(p, typed) : JsonValues.of(Tokens.value(p));
        items.offer(typed.tree(), values);
      }
    }

    /** One report's items on their way to the sink, waiting for its context if need be. */
    private final class ReportItems {
      final PointerSelection selection;
      private final RecordSink sink;
      private final String url;
      private final ObjectNode context = Json.MAPPER.createObjectNode();
      private final Set<String> known = new HashSet<String>();
      private final List<Object[]> waiting = new ArrayList<Object[]>();
      long accepted;
      boolean stopped;

      ReportItems(String url, PointerSelection selection, RecordSink sink) {
        this.url = url;
        this.selection = selection;
        this.sink = sink;
      }

      void context(String section, String field, JsonNode value) {
        ObjectNode s = context.has(section) ? (ObjectNode) context.get(section)
            : context.putObject(section);
        s.set(field, value);
        known.add(section + "." + field);
        flushIfReady();
      }

      /** A section ended (or, for null, the report): what it did not say, it will not say. */
      void ended(String section) {
        for (String c : CONTEXT) {
          if (section == null || c.startsWith(section + ".")) {
            known.add(c);
          }
        }
        flushIfReady();
      }

      void offer(JsonNode typed, JsonValues values) {
        if (known.size() < CONTEXT.size()) {
          waiting.add(new Object[] {typed, values});
        } else {
          emit(typed, values);
        }
      }

      private void flushIfReady() {
        if (known.size() < CONTEXT.size()) {
          return;
        }
        for (Object[] w : waiting) {
          if (stopped) {
            break;
          }
          emit((JsonNode) w[0], (JsonValues) w[1]);
        }
        waiting.clear();
      }

      private void emit(JsonNode typed, JsonValues values) {
        Map<String, Object> derived = new LinkedHashMap<String, Object>();
        derived.put("router_url", url);
        derived.put("router_name", text(context.path(ROUTER).path("Name")));
        derived.put("router_nickname", text(context.path(ROUTER).path("NickName")));
        derive(typed, context, derived);
        accepted++;
        if (!sink.accept(Record.of(values, Derived.of(derived)))) {
          stopped = true;
        }
      }
    }
  }
}
