package io.pdimesos.core.weave;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/** The {@code DNS} section of a report ({@code nameserver/status.go}): this router's replica. */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class WeaveDnsStatus {
  @JsonProperty("Domain")
  private String domain;
  @JsonProperty("Upstream")
  private List<String> upstream;
  @JsonProperty("Address")
  private String address;
  @JsonProperty("TTL")
  private long ttl;
  @JsonProperty("Entries")
  private List<Entry> entries;

  /** With the trailing dot: {@code weave.local.}. */
  public String domain() {
    return Empty.text(domain);
  }

  public List<String> upstream() {
    return Empty.list(upstream);
  }

  /** {@code 172.17.0.1:53}. */
  public String address() {
    return Empty.text(address);
  }

  public long ttl() {
    return ttl;
  }

  /** All entries, deleted ones (tombstones) included. */
  public List<Entry> entries() {
    return Empty.list(entries);
  }

  /** Entries that are not deleted ({@code Tombstone == 0}). */
  public List<Entry> liveEntries() {
    List<Entry> live = new ArrayList<Entry>();
    for (Entry e : entries()) {
      if (e.live()) {
        live.add(e);
      }
    }
    return live;
  }

  /** One DNS record. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Entry {
    @JsonProperty("Hostname")
    private String hostname;
    @JsonProperty("Origin")
    private String origin;
    @JsonProperty("ContainerID")
    private String containerId;
    @JsonProperty("Address")
    private String address;
    @JsonProperty("Version")
    private long version;
    @JsonProperty("Tombstone")
    private long tombstone;

    /** Fully qualified, with the trailing dot: {@code db.weave.local.}. */
    public String hostname() {
      return Empty.text(hostname);
    }

    /** Name of the peer that registered it. */
    public String origin() {
      return Empty.text(origin);
    }

    public String containerId() {
      return Empty.text(containerId);
    }

    public String address() {
      return Empty.text(address);
    }

    public long version() {
      return version;
    }

    /** 0 while live, else the deletion time in seconds since the epoch. */
    public long tombstone() {
      return tombstone;
    }

    public boolean live() {
      return tombstone == 0;
    }
  }
}
