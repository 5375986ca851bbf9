package io.pdimesos.bench;

/** What the Pan benchmark runs, each in a fresh JVM: the ceiling, then three transformations. */
enum PanVariant {
  /** {@link BareScan} in a plain JVM with the same options: the ceiling. */
  BARE("bare scan", null),
  /** The Mesos State Input step (tasks, its sixteen default fields) into a Dummy. */
  STEP("Mesos State Input", "mesos-state-input.ktr"),
  /** PDI without the plugin: REST Client (a native step of 9.4's engine) + JSON Input, into a Dummy. */
  REST_JSON("REST Client + JSON Input", "rest-client-json-input.ktr"),
  /**
   * The same with HTTP client, native in 9.4 and 11.0 alike (11.0's engine has no REST Client: it
   * is a plugin of its own there, {@code plugins/rest}).
   */
  HTTP_JSON("HTTP client + JSON Input", "http-client-json-input.ktr");

  private final String label;
  private final String ktr;

  PanVariant(String label, String ktr) {
    this.label = label;
    this.ktr = ktr;
  }

  String label() {
    return label;
  }

  /** The transformation's file name, or null for the bare scan. */
  String ktr() {
    return ktr;
  }

  /** The parameter that points the transformation at the state of {@code tasks} tasks. */
  String parameter(String masterUrl, int tasks) {
    String master = masterUrl + StateServer.contextPath(tasks);
    return this == STEP ? "PANBENCH_MASTER=" + master
        : "PANBENCH_STATE_URL=" + master + "/master/state";
  }
}
