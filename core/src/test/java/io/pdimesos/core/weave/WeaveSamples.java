package io.pdimesos.core.weave;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Test bodies for the Weave router.
 *
 * <p>Upstream has no full {@code /report} JSON anywhere (see fixtures/weave/SOURCES.md, "Not
 * available upstream"), so {@link #REPORT} is assembled by hand from the Go structs that
 * shared/reference/weave.md §3 lists (field names, types, Go's {@code null} for nil slices and
 * maps, uint64 UIDs above Long.MAX_VALUE, 4-space indent), with the {@code DNS} header fields
 * taken from the fixture {@code docs-troubleshooting.report-format-json-DNS.fragment.json} and
 * peer names and addresses from {@code docs-troubleshooting.weave-status-peers.txt}. It is the
 * view of host1 in a healthy three-host mesh; tests derive other views by editing a copy.
 *
 * <p>Upstream has no {@code /metrics} sample either: {@link #METRICS} uses the metric names and
 * labels of weave.md §7 ({@code prog/weaver/metrics.go}) in Prometheus text format.
 */
public final class WeaveSamples {
  static final String HOST1 = "ce:31:e0:06:45:1a";
  static final String HOST2 = "ea:2d:b2:e6:e4:f5";
  static final String HOST3 = "ee:38:33:a7:d9:71";
  /** Peer UID of issue #1638's report: above Long.MAX_VALUE. */
  static final String BIG_UID = "14535644035616940483";

  public static final String REPORT = """
      {
          "Ready": true,
          "Version": "2.8.1",
          "VersionCheck": {
              "Enabled": false,
              "Success": false,
              "NewVersion": "",
              "NextCheckAt": "0001-01-01T00:00:00Z"
          },
          "Router": {
              "Protocol": "weave",
              "ProtocolMinVersion": 1,
              "ProtocolMaxVersion": 2,
              "Encryption": false,
              "PeerDiscovery": true,
              "Name": "ce:31:e0:06:45:1a",
              "NickName": "host1",
              "Port": 6783,
              "Peers": [
                  {
                      "Name": "ce:31:e0:06:45:1a",
                      "NickName": "host1",
                      "UID": 14535644035616940483,
                      "ShortID": 1,
                      "Version": 5,
                      "Connections": [
                          {
                              "Name": "ea:2d:b2:e6:e4:f5",
                              "NickName": "host2",
                              "Address": "192.168.48.12:39634",
                              "Outbound": false,
                              "Established": true
                          },
                          {
                              "Name": "ee:38:33:a7:d9:71",
                              "NickName": "host3",
                              "Address": "192.168.48.13:49619",
                              "Outbound": false,
                              "Established": true
                          }
                      ]
                  },
                  {
                      "Name": "ea:2d:b2:e6:e4:f5",
                      "NickName": "host2",
                      "UID": 3141592653589793238,
                      "ShortID": 2,
                      "Version": 4,
                      "Connections": [
                          {
                              "Name": "ce:31:e0:06:45:1a",
                              "NickName": "host1",
                              "Address": "192.168.48.11:6783",
                              "Outbound": true,
                              "Established": true
                          },
                          {
                              "Name": "ee:38:33:a7:d9:71",
                              "NickName": "host3",
                              "Address": "192.168.48.13:58181",
                              "Outbound": false,
                              "Established": true
                          }
                      ]
                  },
                  {
                      "Name": "ee:38:33:a7:d9:71",
                      "NickName": "host3",
                      "UID": 9223372036854775808,
                      "ShortID": 3,
                      "Version": 3,
                      "Connections": [
                          {
                              "Name": "ea:2d:b2:e6:e4:f5",
                              "NickName": "host2",
                              "Address": "192.168.48.12:6783",
                              "Outbound": true,
                              "Established": true
                          },
                          {
                              "Name": "ce:31:e0:06:45:1a",
                              "NickName": "host1",
                              "Address": "192.168.48.11:6783",
                              "Outbound": true,
                              "Established": true
                          }
                      ]
                  }
              ],
              "UnicastRoutes": [
                  {
                      "Dest": "ea:2d:b2:e6:e4:f5",
                      "Via": "ea:2d:b2:e6:e4:f5"
                  }
              ],
              "BroadcastRoutes": [
                  {
                      "Source": "ce:31:e0:06:45:1a",
                      "Via": [
                          "ea:2d:b2:e6:e4:f5",
                          "ee:38:33:a7:d9:71"
                      ]
                  }
              ],
              "Connections": [
                  {
                      "Address": "192.168.48.12:39634",
                      "Outbound": false,
                      "State": "established",
                      "Info": "fastdp ea:2d:b2:e6:e4:f5(host2)",
                      "Attrs": {
                          "mtu": 1376,
                          "name": "fastdp"
                      }
                  },
                  {
                      "Address": "192.168.48.13:49619",
                      "Outbound": false,
                      "State": "established",
                      "Info": "fastdp ee:38:33:a7:d9:71(host3)",
                      "Attrs": {
                          "mtu": 1376,
                          "name": "fastdp"
                      }
                  }
              ],
              "TerminationCount": 0,
              "Targets": null,
              "OverlayDiagnostics": {
                  "fastdp": {
                      "Vports": [
                          {
                              "ID": 0,
                              "Name": "weave",
                              "TypeName": "internal"
                          }
                      ],
                      "Flows": []
                  },
                  "sleeve": null
              },
              "TrustedSubnets": [],
              "Interface": "weave (via ODP)",
              "CaptureStats": null,
              "MACs": null
          },
          "IPAM": {
              "Paxos": null,
              "Range": "10.32.0.0/12",
              "RangeNumIPs": 1048576,
              "ActiveIPs": 2,
              "DefaultSubnet": "10.32.0.0/12",
              "Entries": [
                  {
                      "Token": "10.32.0.0",
                      "Size": 349526,
                      "Peer": "ce:31:e0:06:45:1a",
                      "Nickname": "host1",
                      "IsKnownPeer": true,
                      "Version": 3
                  },
                  {
                      "Token": "10.37.85.86",
                      "Size": 349525,
                      "Peer": "ea:2d:b2:e6:e4:f5",
                      "Nickname": "host2",
                      "IsKnownPeer": true,
                      "Version": 1
                  },
                  {
                      "Token": "10.42.170.171",
                      "Size": 349525,
                      "Peer": "ee:38:33:a7:d9:71",
                      "Nickname": "host3",
                      "IsKnownPeer": true,
                      "Version": 1
                  }
              ],
              "PendingClaims": null,
              "PendingAllocates": null
          },
          "DNS": {
              "Domain": "weave.local.",
              "Upstream": [
                  "8.8.8.8",
                  "8.8.4.4"
              ],
              "Address": "172.17.0.1:53",
              "TTL": 1,
              "Entries": [
                  {
                      "Hostname": "one.weave.local.",
                      "Origin": "ce:31:e0:06:45:1a",
                      "ContainerID": "eebd81120ee4c3d5b8a5c0b2e1f4a6d7c8b9e0f1a2b3c4d5e6f7a8b9c0d1e2f3",
                      "Address": "10.32.0.1",
                      "Version": 0,
                      "Tombstone": 0
                  },
                  {
                      "Hostname": "two.weave.local.",
                      "Origin": "ea:2d:b2:e6:e4:f5",
                      "ContainerID": "83689b8f34e0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6",
                      "Address": "10.37.85.87",
                      "Version": 0,
                      "Tombstone": 0
                  },
                  {
                      "Hostname": "gone.weave.local.",
                      "Origin": "ee:38:33:a7:d9:71",
                      "ContainerID": "7615b6537f74a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6",
                      "Address": "10.42.170.172",
                      "Version": 1,
                      "Tombstone": 1700000000
                  }
              ]
          }
      }
      """;

  public static final String METRICS = """
      # TYPE go_goroutines gauge
      go_goroutines 87
      # TYPE weave_connections gauge
      weave_connections{encryption="",state="established",type="fastdp"} 2
      weave_connections{encryption="yes",state="established",type="sleeve"} 1
      weave_connections{encryption="",state="pending",type="fastdp"} 0
      weave_connections{encryption="",state="retrying",type="unknown"} 0
      weave_connections{encryption="",state="failed",type="unknown"} 0
      weave_connections{encryption="",state="connecting",type="unknown"} 0
      weave_connection_terminations_total 4
      weave_ips{state="local-used"} 7
      weave_max_ips 1.048576e+06
      weave_dns_entries 3
      weave_flows 42
      weave_ipam_unreachable_count 0
      weave_ipam_unreachable_percentage 0
      weave_ipam_pending_allocates 0
      weave_ipam_pending_claims 0
      """;

  private WeaveSamples() {}

  /** A fresh editable copy of {@link #REPORT}. */
  static ObjectNode report() {
    try {
      return (ObjectNode) Json.MAPPER.readTree(REPORT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode router(ObjectNode report) {
    return (ObjectNode) report.get("Router");
  }

  static ArrayNode connections(ObjectNode report) {
    return (ArrayNode) router(report).get("Connections");
  }

  static String json(ObjectNode node) {
    return Json.write(node);
  }

  /** A fixture copied from shared/fixtures/weave (see SOURCES.md next to it). */
  public static String fixture(String name) {
    try (InputStream in = WeaveSamples.class.getResourceAsStream("/fixtures/weave/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
