package io.pdimesos.core.mesos;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code GET /version}. */
public final class MesosVersion {
  private final String version;
  private final String buildDate;
  private final String buildUser;
  private final String gitSha;
  private final String gitTag;

  private MesosVersion(JsonNode n) {
    this.version = Nodes.text(n, "version", "");
    this.buildDate = Nodes.text(n, "build_date");
    this.buildUser = Nodes.text(n, "build_user");
    this.gitSha = Nodes.text(n, "git_sha");
    this.gitTag = Nodes.text(n, "git_tag");
  }

  static MesosVersion from(JsonNode n) {
    return new MesosVersion(n);
  }

  public String version() {
    return version;
  }

  public String buildDate() {
    return buildDate;
  }

  public String buildUser() {
    return buildUser;
  }

  public String gitSha() {
    return gitSha;
  }

  public String gitTag() {
    return gitTag;
  }

  @Override
  public String toString() {
    return version;
  }
}
