package io.pdimesos.core.weave;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The {@code Router} section of a report: this router's identity, every peer it knows (itself
 * included) and its own connections. {@code OverlayDiagnostics} (fastdp's flow table, which grows
 * with traffic), routes, MACs and capture statistics are skipped token by token while parsing,
 * never built into objects.
 */
@JsonIgnoreProperties(value = {"OverlayDiagnostics", "UnicastRoutes", "BroadcastRoutes", "MACs",
    "CaptureStats"}, ignoreUnknown = true)
public final class WeaveRouterStatus {
  @JsonProperty("Protocol")
  private String protocol;
  @JsonProperty("ProtocolMinVersion")
  private int protocolMinVersion;
  @JsonProperty("ProtocolMaxVersion")
  private int protocolMaxVersion;
  @JsonProperty("Name")
  private String name;
  @JsonProperty("NickName")
  private String nickName;
  @JsonProperty("Port")
  private int port;
  @JsonProperty("Encryption")
  private boolean encryption;
  @JsonProperty("PeerDiscovery")
  private boolean peerDiscovery;
  @JsonProperty("Peers")
  private List<Peer> peers;
  @JsonProperty("Connections")
  private List<Connection> connections;
  @JsonProperty("TerminationCount")
  private long terminationCount;
  @JsonProperty("Targets")
  private List<String> targets;
  @JsonProperty("TrustedSubnets")
  private List<String> trustedSubnets;
  @JsonProperty("Interface")
  private String interfaceDescription;

  public String protocol() {
    return Empty.text(protocol);
  }

  public int protocolMinVersion() {
    return protocolMinVersion;
  }

  public int protocolMaxVersion() {
    return protocolMaxVersion;
  }

  /** Peer name, MAC-like ({@code 4a:0f:f6:ec:1c:93}). */
  public String name() {
    return Empty.text(name);
  }

  /** Host name by default. */
  public String nickName() {
    return Empty.text(nickName);
  }

  public int port() {
    return port;
  }

  public boolean encryption() {
    return encryption;
  }

  public boolean peerDiscovery() {
    return peerDiscovery;
  }

  /** Every peer this router knows, itself included, in no particular order. */
  public List<Peer> peers() {
    return Empty.list(peers);
  }

  /** Live connections and targets not (yet) connected. */
  public List<Connection> connections() {
    return Empty.list(connections);
  }

  /** Connections ended so far; a rising count means flapping. */
  public long terminationCount() {
    return terminationCount;
  }

  public List<String> targets() {
    return Empty.list(targets);
  }

  public List<String> trustedSubnets() {
    return Empty.list(trustedSubnets);
  }

  /** Go's {@code Interface}: how packets are injected, e.g. {@code weave (via ODP)}. */
  public String interfaceDescription() {
    return Empty.text(interfaceDescription);
  }

  /** A peer of the mesh as gossip describes it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Peer {
    @JsonProperty("Name")
    private String name;
    @JsonProperty("NickName")
    private String nickName;
    // A Go uint64: values above Long.MAX_VALUE are common (random 64-bit ids).
    @JsonProperty("UID")
    private BigInteger uid;
    @JsonProperty("ShortID")
    private int shortId;
    @JsonProperty("Version")
    private long version;
    @JsonProperty("Connections")
    private List<PeerConnection> connections;

    public String name() {
      return Empty.text(name);
    }

    public String nickName() {
      return Empty.text(nickName);
    }

    /** The unsigned 64-bit UID, or null when absent. */
    public BigInteger uid() {
      return uid;
    }

    /** The UID in decimal, as Go prints it; empty when absent. */
    public String uidString() {
      return uid == null ? "" : uid.toString();
    }

    public int shortId() {
      return shortId;
    }

    public long version() {
      return version;
    }

    public List<PeerConnection> connections() {
      return Empty.list(connections);
    }

    /** {@code Name(NickName)}, as the status pages show a peer. */
    public String label() {
      return name() + "(" + nickName() + ")";
    }
  }

  /** One connection of a peer, as gossip reports it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class PeerConnection {
    @JsonProperty("Name")
    private String name;
    @JsonProperty("NickName")
    private String nickName;
    @JsonProperty("Address")
    private String address;
    @JsonProperty("Outbound")
    private boolean outbound;
    @JsonProperty("Established")
    private boolean established;

    /** Name of the peer at the other end. */
    public String name() {
      return Empty.text(name);
    }

    public String nickName() {
      return Empty.text(nickName);
    }

    public String address() {
      return Empty.text(address);
    }

    public boolean outbound() {
      return outbound;
    }

    public boolean established() {
      return established;
    }
  }

  /** One of this router's own connections or connection targets. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Connection {
    @JsonProperty("Address")
    private String address;
    @JsonProperty("Outbound")
    private boolean outbound;
    @JsonProperty("State")
    private String state;
    @JsonProperty("Info")
    private String info;
    @JsonProperty("Attrs")
    private Map<String, Object> attrs;

    public String address() {
      return Empty.text(address);
    }

    public boolean outbound() {
      return outbound;
    }

    /** established, pending, connecting, retrying, failed or waiting. */
    public String state() {
      return Empty.text(state);
    }

    /** Overlay and peer for live connections; the last error for retrying/failed targets. */
    public String info() {
      return Empty.text(info);
    }

    /** {@code name} (fastdp, sleeve, awsvpc), {@code mtu}, {@code encrypted}; empty for targets. */
    public Map<String, Object> attrs() {
      return Empty.map(attrs);
    }

    public boolean isEstablished() {
      return "established".equals(state);
    }
  }
}
