package io.pdimesos.core.rows;

import static io.pdimesos.core.rows.SourceField.of;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.json.PointerSelection;
import io.pdimesos.core.weave.WeaveClient;
import io.pdimesos.core.weave.WeaveReportJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
      return new Reader(PEERS, PEER_FIELDS, routers) {
        @Override
        JsonNode items(JsonNode report) {
          return report.path("Router").path("Peers");
        }

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
      return new Reader(CONNECTIONS, CONNECTION_FIELDS, routers) {
        @Override
        JsonNode items(JsonNode report) {
          return report.path("Router").path("Connections");
        }
      };
    }
    if (IPAM.equals(code)) {
      return new Reader(IPAM, IPAM_FIELDS, routers) {
        @Override
        JsonNode items(JsonNode report) {
          return report.path("IPAM").path("Entries");
        }

        @Override
        void derive(JsonNode entry, JsonNode report, Map<String, Object> d) {
          d.put("last_address", lastAddress(entry.path("Token").asText(""),
              entry.path("Size").asLong(0)));
          d.put("allocation_range", text(report.path("IPAM").path("Range")));
        }
      };
    }
    if (DNS.equals(code)) {
      return new Reader(DNS, DNS_FIELDS, routers) {
        @Override
        JsonNode items(JsonNode report) {
          return report.path("DNS").path("Entries");
        }

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

  /** Reads one list of every router's report; the subclasses say which list and what to add. */
  private abstract static class Reader extends DeclaredEntityReader {
    private final List<WeaveClient> routers;

    Reader(String code, List<SourceField> fields, List<WeaveClient> routers) {
      super(code, fields);
      if (routers == null || routers.isEmpty()) {
        throw new IllegalArgumentException(WeaveClient.ROUTERS_SETTING
            + " is empty: give at least one URL");
      }
      this.routers = Collections.unmodifiableList(new ArrayList<WeaveClient>(routers));
    }

    /** The array of items in one report (a missing section gives none). */
    abstract JsonNode items(JsonNode report);

    /** Adds the entity's own derived values. */
    void derive(JsonNode item, JsonNode report, Map<String, Object> derived) {}

    @Override
    long read(RowFilter filter, PointerSelection selection, RecordSink sink,
        CancellationToken t) {
      long accepted = 0;
      for (WeaveClient router : routers) {
        t.throwIfCancelled();
        WeaveReportJson report;
        try {
          report = router.reportJson(t);
        } catch (CancelledException e) {
          throw e;
        } catch (ClusterException e) {
          sink.failed(router.url(), e);
          continue;
        }
        sink.answered(new ResponseInfo(report.url(), report.responseMillis()));
        JsonNode tree = report.tree();
        Map<String, Object> context = new LinkedHashMap<String, Object>();
        context.put("router_url", report.url());
        context.put("router_name", text(tree.path("Router").path("Name")));
        context.put("router_nickname", text(tree.path("Router").path("NickName")));
        for (JsonNode item : items(tree)) {
          t.throwIfCancelled();
          Map<String, Object> derived = new LinkedHashMap<String, Object>(context);
          derive(item, tree, derived);
          accepted++;
          if (!sink.accept(Record.owning(item, derived))) {
            return accepted;
          }
        }
      }
      return accepted;
    }
  }
}
