package io.pdimesos.core.weave;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A router's {@code GET /report} ({@code WeaveStatus} in {@code prog/weaver/http.go}): its own
 * view of the mesh. Field names are Go's. Sections a router does not run are absent, so
 * {@link #router()}, {@link #ipam()}, {@link #dns()}, {@link #proxy()} and {@link #plugin()} may
 * be null; lists that Go sends as {@code null} come back empty.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class WeaveReport {
  @JsonProperty("Ready")
  private Boolean ready;
  @JsonProperty("Version")
  private String version;
  @JsonProperty("VersionCheck")
  private VersionCheck versionCheck;
  @JsonProperty("Router")
  private WeaveRouterStatus router;
  @JsonProperty("IPAM")
  private WeaveIpamStatus ipam;
  @JsonProperty("DNS")
  private WeaveDnsStatus dns;
  @JsonProperty("Proxy")
  private Proxy proxy;
  @JsonProperty("Plugin")
  private Plugin plugin;

  /** {@code Ready}, or null for 1.x routers, which do not report it. */
  public Boolean ready() {
    return ready;
  }

  public String version() {
    return Empty.text(version);
  }

  public VersionCheck versionCheck() {
    return versionCheck;
  }

  public WeaveRouterStatus router() {
    return router;
  }

  /** Null when IPAM is disabled ({@code --ipalloc-range ""}). */
  public WeaveIpamStatus ipam() {
    return ipam;
  }

  /** Null when weaveDNS is off ({@code --no-dns}, the Kubernetes addon). */
  public WeaveDnsStatus dns() {
    return dns;
  }

  public Proxy proxy() {
    return proxy;
  }

  public Plugin plugin() {
    return plugin;
  }

  /** The router's check for a newer Weave release. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class VersionCheck {
    @JsonProperty("Enabled")
    private boolean enabled;
    @JsonProperty("Success")
    private boolean success;
    @JsonProperty("NewVersion")
    private String newVersion;
    @JsonProperty("NextCheckAt")
    private String nextCheckAt;

    public boolean enabled() {
      return enabled;
    }

    public boolean success() {
      return success;
    }

    public String newVersion() {
      return Empty.text(newVersion);
    }

    /** RFC 3339 time with nanoseconds, as Go prints it. */
    public String nextCheckAt() {
      return Empty.text(nextCheckAt);
    }
  }

  /** The Docker API proxy (1.x/2.x). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Proxy {
    @JsonProperty("Addresses")
    private List<String> addresses;

    public List<String> addresses() {
      return Empty.list(addresses);
    }
  }

  /** The Docker network plugin. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Plugin {
    @JsonProperty("DriverName")
    private String driverName;
    @JsonProperty("MeshDriverName")
    private String meshDriverName;

    public String driverName() {
      return Empty.text(driverName);
    }

    public String meshDriverName() {
      return Empty.text(meshDriverName);
    }
  }
}
