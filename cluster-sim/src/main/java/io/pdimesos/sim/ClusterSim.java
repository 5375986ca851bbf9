package io.pdimesos.sim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.sim.chronos.ChronosCluster;
import io.pdimesos.sim.chronos.ChronosRoutes;
import io.pdimesos.sim.chronos.ChronosService;
import io.pdimesos.sim.dcos.AdminRouter;
import io.pdimesos.sim.dcos.DcosIam;
import io.pdimesos.sim.dcos.DcosOptions;
import io.pdimesos.sim.http.ReplicaSet;
import io.pdimesos.sim.http.JettyPages;
import io.pdimesos.sim.http.Json;
import io.pdimesos.sim.http.SimHttpServer;
import io.pdimesos.sim.marathon.MarathonCluster;
import io.pdimesos.sim.marathon.MarathonRoutes;
import io.pdimesos.sim.marathon.MarathonService;
import io.pdimesos.sim.mesos.MasterGroup;
import io.pdimesos.sim.mesos.MesosAgentRoutes;
import io.pdimesos.sim.mesos.MesosAuthChallenge;
import io.pdimesos.sim.mesos.MesosMasterRoutes;
import io.pdimesos.sim.metronome.MetronomeCluster;
import io.pdimesos.sim.metronome.MetronomeRoutes;
import io.pdimesos.sim.metronome.MetronomeService;
import io.pdimesos.sim.model.Agent;
import io.pdimesos.sim.model.ClusterModel;
import io.pdimesos.sim.weave.WeaveNet;
import io.pdimesos.sim.weave.WeaveRoutes;
import io.pdimesos.sim.zk.ZkRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/**
 * The embedded cluster emulator: Mesos masters and agents, Marathon, Chronos, Metronome and Weave routers
 * over one shared {@link ClusterModel}, each on its own loopback host:port.
 *
 * <pre>
 * try (ClusterSim sim = ClusterSim.builder().agents(3).freePorts().steppedClock().build().start()) {
 *   sim.mesosUrls(); sim.marathonUrls(); sim.clock().advance(Duration.ofSeconds(5));
 * }
 * </pre>
 */
public final class ClusterSim implements AutoCloseable {

  final ClusterSimBuilder cfg;
  private final SimClock clock;
  private final ClusterModel model;
  private final MasterGroup masters;
  private final SimFaults faults;
  private final SimTls tls;
  private final io.pdimesos.sim.mesos.MesosEventStream mesosEvents;
  private final MarathonCluster marathon;
  private final ChronosCluster chronos;
  private final MetronomeCluster metronome;
  private final List<SimHttpServer> masterServers = new ArrayList<>();
  private final List<SimHttpServer> agentServers = new ArrayList<>();
  private final List<SimHttpServer> weaveServers = new ArrayList<>();
  private final WeaveNet weave;
  private ZkRegistry zk;
  private DcosIam dcosIam;
  private SimHttpServer adminRouter;
  private final List<AutoCloseable> closeables = new ArrayList<>();
  private boolean started;

  ClusterSim(ClusterSimBuilder b) {
    this.cfg = b;
    this.clock = b.clock != null ? b.clock : SimClock.realtime(b.speed);
    List<String> agentIps = new ArrayList<>();
    for (int i = 1; i <= b.agents; i++) {
      agentIps.add(distinct(b) ? "127.0.1." + i : b.host);
    }
    this.model = new ClusterModel(clock, agentIps, b.agentSpec);
    List<String> masterHosts = new ArrayList<>();
    for (int i = 1; i <= b.masters; i++) {
      masterHosts.add(hostFor(i));
    }
    this.masters = new MasterGroup(masterHosts, b.mesosPort, !distinct(b), clock.epochSeconds());
    this.faults = new SimFaults(this);
    this.mesosEvents = new io.pdimesos.sim.mesos.MesosEventStream(model, masters);
    this.tls = b.tls ? SimTls.generate(b.tlsDir) : null;
    this.weave = new WeaveNet(model);
    this.marathon = new MarathonCluster(new MarathonService(model));
    this.chronos = new ChronosCluster(new ChronosService(model, b.chronosVersion));
    chronos.service().failureRetry(b.chronosFailureRetry);
    this.metronome = new MetronomeCluster(new MetronomeService(model));
    metronome.service().historyLag(b.metronomeHistoryLag);
  }

  public static ClusterSimBuilder builder() {
    return new ClusterSimBuilder();
  }

  /** Loopback aliases only make sense from 127.0.0.1; any other host gets port offsets. */
  private static boolean distinct(ClusterSimBuilder b) {
    return b.distinctAddresses && b.host.equals("127.0.0.1");
  }

  /** Host of instance {@code i} (1-based) of a replicated service: 127.0.0.i, or the one host. */
  String hostFor(int i) {
    return distinct(cfg) ? "127.0.0." + i : cfg.host;
  }

  /** Port of instance {@code i}: the same on every distinct host, else consecutive ports. */
  int portFor(int base, int i) {
    return base == 0 || distinct(cfg) ? base : base + i - 1;
  }

  SSLContext sslContext() {
    return tls == null ? null : tls.serverContext();
  }

  SimHttpServer newServer(String name, String host, int port, String faultKey,
      SimHttpServer.Challenge challenge, io.pdimesos.sim.http.Route route) {
    return new SimHttpServer(name, host, port, sslContext(), faults.service(faultKey), cfg.auth,
        challenge, route);
  }

  public synchronized ClusterSim start() {
    if (started) {
      return this;
    }
    started = true;
    try {
      for (MasterGroup.Master m : masters.masters()) {
        SimHttpServer s = newServer("mesos-master-" + m.index, m.host, m.port, SimFaults.MESOS,
            MesosAuthChallenge::unauthorized,
            new MesosMasterRoutes(m, masters, model, cfg.clusterName, mesosEvents));
        s.control(new ControlApi(this));
        s.authExempt(MesosAuthChallenge::exempt);
        s.gzip(true);
        s.start();
        m.port = s.port();
        masterServers.add(s);
      }
      for (Agent a : model.agents()) {
        SimHttpServer s = newServer("mesos-agent-" + a.index, a.ip,
            portFor(cfg.agentPort, a.index), SimFaults.AGENT, MesosAuthChallenge::unauthorized,
            new MesosAgentRoutes(a, model, () -> {
              MasterGroup.Master l = masters.leader();
              return l == null ? null : l.host;
            }));
        s.gzip(true);
        s.start();
        a.setPort(s.port());
        agentServers.add(s);
      }
      for (Agent a : model.agents()) {
        // Weave has neither TLS nor auth upstream (weave.md §1)
        SimHttpServer s = new SimHttpServer("weave-" + a.index, a.ip, portFor(cfg.weavePort, a.index),
            null, faults.service(SimFaults.WEAVE), null, null, new WeaveRoutes(weave, a, model));
        s.start();
        weaveServers.add(s);
      }
      masters.elect(masters.masters().isEmpty() ? 0 : 1, clock.epochSeconds());
      if (cfg.zk) {
        zk = ZkRegistry.start(cfg.host, cfg.zkPort);
        closeables.add(zk);
        zk.follow(masters);
      }
      startMarathon();
      startChronos();
      startMetronome();
      if (cfg.dcos != null) {
        startAdminRouter();
      }
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("cluster-sim could not bind: " + e.getMessage(), e);
    }
    return this;
  }

  private void startMarathon() throws IOException {
    String master = String.join(",", mesosUrls());
    for (int i = 1; i <= cfg.marathons; i++) {
      MarathonRoutes routes = new MarathonRoutes(marathon, i, master);
      SimHttpServer s = newServer("marathon-" + i, hostFor(i), portFor(cfg.marathonPort, i),
          SimFaults.MARATHON, ex -> JettyPages.unauthorized(ex, "Mesosphere"), routes);
      // Marathon's own errors are JSON messages; 403 as its auth plugins write it (fixture)
      s.errorBody((ex, status) -> ex.json(status, Json.message(status == 403
          ? "Not Authorized to perform this action!" : "Injected failure (" + status + ")")));
      marathon.add(s, routes);
      s.start();
    }
    if (cfg.marathons > 0) {
      SimHttpServer leader = marathon.leader();
      marathon.service().register(leader.host(), leader.url());
    }
  }

  private void startChronos() throws IOException {
    for (int i = 1; i <= cfg.chronosInstances; i++) {
      ChronosRoutes routes = new ChronosRoutes(chronos, i);
      SimHttpServer s = newServer("chronos-" + i, hostFor(i), portFor(cfg.chronosPort, i),
          SimFaults.CHRONOS, ex -> JettyPages.unauthorized(ex, "Chronos"), routes);
      chronos.add(s, routes);
      s.start();
    }
    if (cfg.chronosInstances > 0) {
      SimHttpServer leader = chronos.leader();
      chronos.service().register(leader.host(), leader.url());
    }
  }

  private void startMetronome() throws IOException {
    for (int i = 1; i <= cfg.metronomeInstances; i++) {
      MetronomeRoutes routes = new MetronomeRoutes(metronome, i);
      SimHttpServer s = newServer("metronome-" + i, hostFor(i), portFor(cfg.metronomePort, i),
          SimFaults.METRONOME, MetronomeRoutes::unauthorized, routes);
      s.errorBody(MetronomeRoutes::injected);
      metronome.add(s, routes);
      s.start();
    }
    if (cfg.metronomeInstances > 0) {
      SimHttpServer leader = metronome.leader();
      metronome.service().register(leader.host(), leader.url());
    }
  }

  /** DC/OS's admin router in front of every service: one URL and one login for all. */
  private void startAdminRouter() throws IOException {
    dcosIam = new DcosIam(cfg.dcos, clock);
    // The router's table, one line per service, as its nginx locations are.
    Map<String, Supplier<String>> routes = new LinkedHashMap<>();
    routes.put("/mesos", this::leadingMasterUrl);
    routes.put("/marathon", () -> leaderUrl(marathon)); // the route DC/OS 1.x kept for old clients
    routes.put("/service/marathon", () -> leaderUrl(marathon));
    routes.put("/service/chronos", () -> leaderUrl(chronos));
    routes.put("/service/metronome", () -> leaderUrl(metronome));
    adminRouter = new SimHttpServer("dcos-admin-router", cfg.host, cfg.adminRouterPort,
        sslContext(), null, null, null, new AdminRouter(dcosIam, routes, this::agentUrl,
            tls == null ? null : tls.clientContext()));
    adminRouter.control(new ControlApi(this));
    adminRouter.start();
  }

  private String leadingMasterUrl() {
    MasterGroup.Master l = masters.leader();
    return l == null ? null : masterServers.get(l.index - 1).url();
  }

  private static String leaderUrl(ReplicaSet<?> service) {
    SimHttpServer l = service.leader();
    return l == null || !l.running() ? null : l.url();
  }

  private String agentUrl(String agentId) {
    for (Agent a : model.agents()) {
      if (a.id.equals(agentId)) {
        return agentServers.get(a.index - 1).url();
      }
    }
    return null;
  }

  // ---- Java API --------------------------------------------------------------------------------

  public SimClock clock() {
    return clock;
  }

  public ClusterModel model() {
    return model;
  }

  public SimFaults faults() {
    return faults;
  }

  public MasterGroup masters() {
    return masters;
  }

  /** The v1 SUBSCRIBE fan-out (heartbeat interval for tests). */
  public io.pdimesos.sim.mesos.MesosEventStream mesosEvents() {
    return mesosEvents;
  }

  public List<String> mesosUrls() {
    return masterServers.stream().map(SimHttpServer::url).toList();
  }

  public List<String> marathonUrls() {
    return marathon.servers().stream().map(SimHttpServer::url).toList();
  }

  /** Marathon's instances and state (events history, leader). */
  public MarathonCluster marathon() {
    return marathon;
  }

  /** Base URLs of the Chronos instances (append {@code /v1/scheduler} or {@code /scheduler}). */
  public List<String> chronosUrls() {
    return chronos.servers().stream().map(SimHttpServer::url).toList();
  }

  public ChronosCluster chronos() {
    return chronos;
  }

  /** Base URLs of the Metronome instances (the API is under {@code /v1}). */
  public List<String> metronomeUrls() {
    return metronome.servers().stream().map(SimHttpServer::url).toList();
  }

  public MetronomeCluster metronome() {
    return metronome;
  }

  /** One router per agent, in agent order (each reports only its own view). */
  public List<String> weaveUrls() {
    return weaveServers.stream().map(SimHttpServer::url).toList();
  }

  /** {@code host:port} of the in-process ZooKeeper, or null without {@code zk(true)}. */
  public String zkConnectString() {
    return zk == null ? null : zk.connectString();
  }

  /** {@code zk://host:port/mesos}, or null without ZooKeeper. */
  public String zkMesosUrl() {
    return zk == null ? null : zk.mesosUrl();
  }

  public ZkRegistry zk() {
    return zk;
  }

  /** The DC/OS cluster URL (the admin router), or null without {@code dcos(...)}. */
  public String dcosUrl() {
    return adminRouter == null ? null : adminRouter.url();
  }

  /** The emulated DC/OS identity service (logins and refusals so far), or null. */
  public DcosIam dcosIam() {
    return dcosIam;
  }

  public List<String> agentUrls() {
    return agentServers.stream().map(SimHttpServer::url).toList();
  }

  /** PEM file of the CA that signed the servers' certificate (TLS mode), else null. */
  public Path caPemFile() {
    return tls == null ? null : tls.caPem();
  }

  /** Convenience for stepped clocks: advance simulated time. */
  public void advance(Duration d) {
    clock.advance(d);
  }

  void electMaster(int index) {
    if (index < 0 || index > masters.masters().size()) {
      throw new IllegalArgumentException("no master " + index + " (have " + masters.masters().size() + ")");
    }
    masters.elect(index, clock.epochSeconds());
  }

  void setInstanceDown(String service, int instance, boolean down) {
    try {
      if (service.equals(SimFaults.MARATHON) && instance >= 1 && instance <= marathon.servers().size()) {
        marathon.setDown(instance, down);
        return;
      }
      if (service.equals(SimFaults.CHRONOS) && instance >= 1 && instance <= chronos.servers().size()) {
        chronos.setDown(instance, down);
        return;
      }
      if (service.equals(SimFaults.METRONOME) && instance >= 1
          && instance <= metronome.servers().size()) {
        metronome.setDown(instance, down);
        return;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot restart " + service + " " + instance + ": " + e.getMessage(), e);
    }
    throw new IllegalArgumentException("service " + service + " has no instance " + instance);
  }

  void loseAgent(int index) {
    model.loseAgent(model.agent(index));
  }

  void restoreAgent(int index) {
    model.restoreAgent(model.agent(index));
  }

  void disconnectWeavePeer(int agentIndex, boolean disconnected) {
    weave.setDisconnected(agentIndex, disconnected);
  }

  /** Writes {@link #describe()} to {@code file} (the CLI's {@code --state}) so other tools find the URLs. */
  public void writeState(Path file) {
    try {
      java.nio.file.Files.writeString(file, Json.pretty(describe()) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Machine-readable summary of where everything listens (also {@code GET /__sim/status}). */
  public ObjectNode describe() {
    ObjectNode o = Json.obj();
    ArrayNode ms = o.putArray("mesos");
    mesosUrls().forEach(ms::add);
    ArrayNode mts = o.putArray("marathon");
    marathonUrls().forEach(mts::add);
    ArrayNode cs = o.putArray("chronos");
    chronosUrls().forEach(cs::add);
    o.put("chronosVersion", cfg.chronosVersion);
    ArrayNode metronomes = o.putArray("metronome");
    metronomeUrls().forEach(metronomes::add);
    ArrayNode ws = o.putArray("weave");
    weaveUrls().forEach(ws::add);
    ArrayNode as = o.putArray("agents");
    agentUrls().forEach(as::add);
    MasterGroup.Master l = masters.leader();
    o.put("leader", l == null ? null : l.host + ":" + l.port);
    o.put("zk", zkMesosUrl());
    o.put("dcos", dcosUrl());
    o.put("clock", clock.isStepped() ? "stepped" : "x" + clock.factor());
    o.put("now", Json.iso(clock.millis()));
    return o;
  }

  @Override
  public synchronized void close() {
    for (int i = closeables.size() - 1; i >= 0; i--) {
      try {
        closeables.get(i).close();
      } catch (Exception e) {
        // keep closing the rest
      }
    }
    chronos.servers().forEach(SimHttpServer::close);
    metronome.servers().forEach(SimHttpServer::close);
    marathon.service().events().closeAll();
    mesosEvents.closeAll();
    marathon.servers().forEach(SimHttpServer::close);
    weaveServers.forEach(SimHttpServer::close);
    agentServers.forEach(SimHttpServer::close);
    masterServers.forEach(SimHttpServer::close);
    if (adminRouter != null) {
      adminRouter.close();
    }
    if (cfg.clock == null) {
      clock.close();
    }
  }
}
