package io.pdimesos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input is a usage error: exit 2, one line, no stack trace, nothing sent. A local socket
 * stands in for the cluster; it must see no connection.
 */
class UsageErrorsTest {
  private ServerSocket cluster;

  @BeforeEach
  void listen() throws Exception {
    cluster = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
  }

  @AfterEach
  void close() throws Exception {
    cluster.close();
  }

  private String url() {
    return "http://127.0.0.1:" + cluster.getLocalPort();
  }

  private void assertNothingSent() throws Exception {
    cluster.setSoTimeout(200);
    try {
      cluster.accept().close();
      throw new AssertionError("a connection reached the cluster");
    } catch (SocketTimeoutException expected) {
      // nothing arrived
    }
  }

  private static void assertOneLine(Cli c, String... fragments) {
    SimCommandErrorsTest.assertOneLineUsageError(c, fragments);
  }

  /** Was 20+ frames of a stack trace and exit 1. */
  @Test
  void aMissingCaBundle() throws Exception {
    assertOneLine(Cli.run("marathon", "apps", "--marathon", url(), "--ca-bundle",
        "/nonexistent.pem"), "CA bundle file /nonexistent.pem does not exist");
    assertNothingSent();
  }

  /** Was a request to http://80/. */
  @Test
  void aUrlWithABlankOrWithoutHost() throws Exception {
    assertOneLine(Cli.run("marathon", "apps", "--marathon", "http://127.0.0.1: 80"),
        "Marathon URL is not a valid http(s) URL", "no port after ':'");
    assertOneLine(Cli.run("marathon", "apps", "--marathon", "http://:8080"), "no host");
    assertNothingSent();
  }

  @Test
  void aNegativeTimeout() throws Exception {
    assertOneLine(Cli.run("marathon", "scale", "/web", "2", "--marathon", url(), "--timeout",
        "-5"), "--timeout", "must be 0 or more seconds, not -5");
    assertOneLine(Cli.run("mesos", "state", "--mesos", url(), "--request-timeout", "-1"),
        "--request-timeout", "must be 0 or more seconds");
    assertNothingSent();
  }

  /** "Unknown options: '--password', 'SECRET'" showed the secret. */
  @Test
  void anUnknownOptionsValueIsNeverEchoed() throws Exception {
    for (String[] args : new String[][] {
        {"marathon", "apps", "--marathon", url(), "--password", "S3CRET-value"},
        {"marathon", "apps", "--marathon", url(), "--password=S3CRET-value"}}) {
      Cli c = Cli.run(args);
      assertOneLine(c, "unknown option", "'--password'", "1 value not shown",
          "did you mean --password-env");
      assertThat(c.err() + c.out()).doesNotContain("S3CRET");
    }
    assertNothingSent();
  }

  @Test
  void anInvalidChronosDefinitionIsExit2NotExit1(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws Exception {
    java.nio.file.Path def = dir.resolve("job.json");
    java.nio.file.Files.writeString(def, "{\"name\": 42, \"command\": \"true\"}");
    assertOneLine(Cli.run("chronos", "submit", def.toString(), "--chronos", url()),
        "field 'name' is a number (42)");
    assertNothingSent();
  }

  /** A Metronome definition the client refuses was exit 1, as if the cluster had said no. */
  @Test
  void anInvalidMetronomeDefinitionIsExit2NotExit1(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws Exception {
    java.nio.file.Path def = dir.resolve("job.json");
    java.nio.file.Files.writeString(def, "{\"id\": \"etl.small\", \"run\": {\"cmd\": \"true\","
        + " \"cpus\": 0.1, \"mem\": 16, \"disk\": 0}}");
    Cli c = Cli.run("metronome", "submit", def.toString(), "--metronome", url());
    assertThat(c.exit()).as(c.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(c.out()).contains("NOT_SUBMITTED").contains("Metronome's minimum is 32 MB");
    assertThat(c.err()).doesNotContain("\tat ");
    assertNothingSent();
  }
}
