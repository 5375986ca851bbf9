package io.pdimesos.entries.weavenetworkcheck;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.Deadline;
import io.pdimesos.core.ops.WeaveNetworkCheck;
import io.pdimesos.core.ops.WeaveNetworkCheck.Criteria;
import io.pdimesos.core.ops.WeaveNetworkCheck.Source;
import io.pdimesos.core.ops.WeaveNetworkCheckResult;
import io.pdimesos.entries.ClusterJobEntry;
import io.pdimesos.entries.EntryOutcome;
import io.pdimesos.entries.ResultRows;
import io.pdimesos.entries.WaitSettings;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingValues;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.pentaho.di.core.annotations.JobEntry;

/**
 * Weave: Check Network. True when every configured router answers and meets the criteria
 * (each router only reports its own view, so all are read); false with each failed criterion,
 * per router. With a timeout it re-checks every cycle until the network is healthy.
 */
@JobEntry(id = "PdiMesosWeaveCheckNetwork", i18nPackageName = "io.pdimesos.entries.weavenetworkcheck",
    name = "JobEntryWeaveNetworkCheck.Name", description = "JobEntryWeaveNetworkCheck.Description",
    categoryDescription = "PdiMesos.Category",
    image = "io/pdimesos/entries/weavenetworkcheck/weave-check-network.svg",
    documentationUrl = ClusterJobEntry.DOCS_BASE + "weave-check-network.md")
public class JobEntryWeaveNetworkCheck extends ClusterJobEntry {
  private static final Class<?> PKG = JobEntryWeaveNetworkCheck.class;

  public static final Setting MIN_PEERS = Setting.integer(PKG, "min_peers",
      "JobEntryWeaveNetworkCheck.General.MinPeers").defaultValue(0).build();
  public static final Setting ALL_ESTABLISHED = Setting.bool(PKG, "all_connections_established",
      "JobEntryWeaveNetworkCheck.General.AllEstablished").defaultValue(true).build();
  public static final Setting IPAM_READY = Setting.bool(PKG, "ipam_ready",
      "JobEntryWeaveNetworkCheck.General.IpamReady").defaultValue(true).build();
  public static final Setting UNREACHABLE_IPAM_OWNERS_ALLOWED = Setting.bool(PKG,
      "unreachable_ipam_owners_allowed",
      "JobEntryWeaveNetworkCheck.General.UnreachableOwnersAllowed")
      .build();
  public static final Setting DNS_NAMES = Setting.textList(PKG, "dns_names",
      "JobEntryWeaveNetworkCheck.General.DnsNames").build();
  public static final Setting SOURCE = Setting.choice(PKG, "source",
      "JobEntryWeaveNetworkCheck.General.Source", "auto", "report", "metrics").defaultValue("auto")
      .build();
  public static final Setting TIMEOUT = WaitSettings.timeoutCheckOnce(0);
  public static final Setting CHECK_CYCLE = WaitSettings.checkCycle(10);
  public static final Setting SUCCESS_ON_TIMEOUT = WaitSettings.successOnTimeout();

  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(MIN_PEERS,
      ALL_ESTABLISHED, IPAM_READY, UNREACHABLE_IPAM_OWNERS_ALLOWED, DNS_NAMES, SOURCE, TIMEOUT,
      CHECK_CYCLE, SUCCESS_ON_TIMEOUT), ConnectionSettings.SETTINGS);

  public JobEntryWeaveNetworkCheck() {
    super("Weave: Check Network", SETTINGS, ConnectionSettings.WEAVE_URLS);
  }

  @Override
  protected EntryOutcome run(ClusterRun run) {
    Criteria criteria = Criteria.builder()
        .minPeers((int) run.integer(MIN_PEERS))
        .allConnectionsEstablished(run.bool(ALL_ESTABLISHED))
        .ipamReady(run.bool(IPAM_READY))
        .unreachableIpamOwnersAllowed(run.bool(UNREACHABLE_IPAM_OWNERS_ALLOWED))
        .dnsNames(run.lines(DNS_NAMES))
        .source(Source.valueOf(run.choice(SOURCE).toUpperCase(Locale.ROOT)))
        .build();
    WeaveNetworkCheck check = WeaveNetworkCheck
        .forSettings(run.connection().weave(), criteria, run.log());
    long timeout = run.millis(TIMEOUT);
    long cycle = Math.max(1_000, run.millis(CHECK_CYCLE));
    Deadline deadline = Deadline.inMillis(timeout);
    int attempt = 1;
    WeaveNetworkCheckResult r = check.run(timeout, run.token());
    // Re-check each cycle until healthy or out of time, like PDI's own wait entries. A re-check
    // logs its routers at Detailed: at Basic a minute's wait is the first check and the verdict,
    // not every router's lines once a cycle.
    WeaveNetworkCheck recheck = WeaveNetworkCheck
        .forSettings(run.connection().weave(), criteria, atDetailed(run.log()));
    while (!r.success() && timeout > 0 && deadline.remainingMillis() > 0) {
      run.log().detailed("Weave network not healthy (check " + attempt + "); checking again in "
          + cycle / 1000 + " s");
      run.token().sleep(Math.min(cycle, deadline.remainingMillis()));
      if (deadline.remainingMillis() <= 0) {
        break;
      }
      attempt++;
      r = recheck.run(deadline.remainingMillis(), run.token());
    }

    ResultRows rows = new ResultRows().string("router_url").bool("answered").bool("passed")
        .integer("peers").string("connections").string("ipam").string("dns").string("reasons");
    for (WeaveNetworkCheckResult.RouterResult router : r.routers()) {
      rows.add(router.url(), router.answered(), router.passed(), router.peerCount(),
          router.connections(), router.ipam(), router.dns(), String.join("; ", router.reasons()));
    }
    // The first check logged its verdict; a re-check's went to Detailed, so the entry logs it.
    EntryOutcome outcome = EntryOutcome.of(r).falseIsAnAnswer();
    if (attempt == 1) {
      outcome.alreadyLogged();
    }
    outcome
        .variable("WEAVE_PEERS", r.peerCount())
        .variable("WEAVE_ROUTERS", r.routers().size())
        .rows(rows);
    return successOnTimeout(outcome, timeout > 0, run.bool(SUCCESS_ON_TIMEOUT));
  }

  /** {@code log} with its Basic lines moved to Detailed (Debug and warnings as they are). */
  private static ProgressListener atDetailed(final ProgressListener log) {
    return new ProgressListener() {
      @Override
      public void basic(String line) {
        log.detailed(line);
      }

      @Override
      public void detailed(String line) {
        log.detailed(line);
      }

      @Override
      public void debug(String line) {
        log.debug(line);
      }

      @Override
      public void warn(String line) {
        log.warn(line);
      }
    };
  }
}
