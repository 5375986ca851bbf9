package io.pdimesos.entries.weavenetworkcheck;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.ops.WeaveNetworkCheck;
import io.pdimesos.core.ops.WeaveNetworkCheck.Criteria;
import io.pdimesos.core.ops.WeaveNetworkCheck.Source;
import io.pdimesos.core.ops.WeaveNetworkCheckResult;
import io.pdimesos.entries.ClusterJobEntry;
import io.pdimesos.entries.EntryOutcome;
import io.pdimesos.entries.EntryOutcome.Logged;
import io.pdimesos.entries.ResultRows;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.WaitBlock;
import io.pdimesos.plugin.WaitBlock.Checked;
import io.pdimesos.plugin.WaitBlock.Wait;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
      "JobEntryWeaveNetworkCheck.General.Source", Source.values()).defaultValue(Source.AUTO)
      .build();
  public static final WaitBlock WAITING = WaitBlock.forCheck().timeout(0).checkCycle(10)
      .successOnTimeout().build();

  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(MIN_PEERS,
      ALL_ESTABLISHED, IPAM_READY, UNREACHABLE_IPAM_OWNERS_ALLOWED, DNS_NAMES, SOURCE),
      WAITING.settings(), ConnectionSettings.SETTINGS);

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
        .source(run.choice(SOURCE, Source.class))
        .build();
    WeaveNetworkCheck check = WeaveNetworkCheck
        .forSettings(run.connection().weave(), criteria, run.log());
    // A re-check logs its routers at Detailed: at Basic a minute's wait is the first check and
    // the verdict, not every router's lines once a cycle.
    WeaveNetworkCheck recheck = WeaveNetworkCheck
        .forSettings(run.connection().weave(), criteria, atDetailed(run.log()));
    AtomicInteger checks = new AtomicInteger();
    Wait wait = WAITING.resolve(run);
    Checked<WeaveNetworkCheckResult> checked = wait.repeat(
        remaining -> (checks.getAndIncrement() == 0 ? check : recheck).run(remaining, run.token()),
        WeaveNetworkCheckResult::success, (attempt, failed, pause) ->
        run.log().detailed("Weave network not healthy (check " + attempt + "); checking again in "
            + pause / 1000 + " s"), run.token());
    WeaveNetworkCheckResult r = checked.last();

    ResultRows rows = new ResultRows().string("router_url").bool("answered").bool("passed")
        .integer("peers").string("connections").string("ipam").string("dns").string("reasons");
    for (WeaveNetworkCheckResult.RouterResult router : r.routers()) {
      rows.add(router.url(), router.answered(), router.passed(), router.peerCount(),
          router.connections(), router.ipam(), router.dns(), String.join("; ", router.reasons()));
    }
    // The first check logged its verdict and reasons; a re-check's went to Detailed, so then the
    // entry logs them.
    EntryOutcome outcome = EntryOutcome.of(r).falseIsAnAnswer()
        .logged(checks.get() == 1 ? Logged.EVERYTHING : Logged.NOTHING)
        .variable("WEAVE_PEERS", r.peerCount())
        .variable("WEAVE_ROUTERS", r.routers().size())
        .rows(rows);
    return outcome.after(wait, checked.timedOut());
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
