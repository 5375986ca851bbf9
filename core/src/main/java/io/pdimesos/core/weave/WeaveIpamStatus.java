package io.pdimesos.core.weave;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The {@code IPAM} section of a report ({@code ipam/status.go}): who owns which address range. */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class WeaveIpamStatus {
  @JsonProperty("Paxos")
  private Paxos paxos;
  @JsonProperty("Range")
  private String range;
  @JsonProperty("RangeNumIPs")
  private long rangeNumIps;
  @JsonProperty("ActiveIPs")
  private long activeIps;
  @JsonProperty("DefaultSubnet")
  private String defaultSubnet;
  @JsonProperty("Entries")
  private List<Entry> entries;
  @JsonProperty("PendingClaims")
  private List<PendingClaim> pendingClaims;
  @JsonProperty("PendingAllocates")
  private List<String> pendingAllocates;

  /** Consensus state while the ring is being formed; null once reached or before it starts. */
  public Paxos paxos() {
    return paxos;
  }

  /** {@code 10.32.0.0/12}; older routers print {@code 10.32.0.0-10.47.255.255}. */
  public String range() {
    return Empty.text(range);
  }

  public long rangeNumIps() {
    return rangeNumIps;
  }

  /** Addresses in use on this peer (1.8+). */
  public long activeIps() {
    return activeIps;
  }

  public String defaultSubnet() {
    return Empty.text(defaultSubnet);
  }

  /** The ring: one entry per owned range; empty until consensus. */
  public List<Entry> entries() {
    return Empty.list(entries);
  }

  public List<PendingClaim> pendingClaims() {
    return Empty.list(pendingClaims);
  }

  /** {@code "<container id> <range>"} per allocation waiting for free addresses. */
  public List<String> pendingAllocates() {
    return Empty.list(pendingAllocates);
  }

  /** Paxos consensus progress. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Paxos {
    @JsonProperty("Elector")
    private boolean elector;
    @JsonProperty("KnownNodes")
    private int knownNodes;
    @JsonProperty("Quorum")
    private long quorum;

    /** True when this peer takes part in the vote; false for an observer ("priming"). */
    public boolean elector() {
      return elector;
    }

    public int knownNodes() {
      return knownNodes;
    }

    public long quorum() {
      return quorum;
    }
  }

  /** One range of the ring. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Entry {
    @JsonProperty("Token")
    private String token;
    @JsonProperty("Size")
    private long size;
    @JsonProperty("Peer")
    private String peer;
    @JsonProperty("Nickname")
    private String nickname;
    @JsonProperty("IsKnownPeer")
    private boolean knownPeer;
    @JsonProperty("Version")
    private long version;

    /** First address of the range. */
    public String token() {
      return Empty.text(token);
    }

    public long size() {
      return size;
    }

    public String peer() {
      return Empty.text(peer);
    }

    public String nickname() {
      return Empty.text(nickname);
    }

    /** False when the owner is a peer this router cannot see (dead, or a partition). */
    public boolean knownPeer() {
      return knownPeer;
    }

    public long version() {
      return version;
    }
  }

  /** An address claim waiting for the ring. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class PendingClaim {
    @JsonProperty("Ident")
    private String ident;
    @JsonProperty("CIDR")
    private Cidr cidr;

    public String ident() {
      return Empty.text(ident);
    }

    /** {@code 10.32.0.5/12}, or empty. */
    public String cidr() {
      return cidr == null ? "" : Empty.text(cidr.addr) + "/" + cidr.prefixLen;
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class Cidr {
    @JsonProperty("Addr")
    String addr;
    @JsonProperty("PrefixLen")
    int prefixLen;
  }
}
