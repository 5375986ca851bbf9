package io.pdimesos.sim.http;

/** Jetty's default HTML error page, which Marathon and Chronos (both on Jetty) send for 401/405. */
public final class JettyPages {
  private JettyPages() {}

  /** Same layout as fixtures/marathon/errors/raml-events.405-missing-accept-header.html. */
  public static String error(int status, String path, String reason) {
    return "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html;charset=ISO-8859-1\"/>\n"
        + "<title>Error " + status + " </title>\n</head>\n<body>\n<h2>HTTP ERROR: " + status + "</h2>\n"
        + "<p>Problem accessing " + path + ". Reason:\n<pre>    " + reason + "</pre></p>\n"
        + "<hr /><a href=\"http://eclipse.org/jetty\">Powered by Jetty:// 9.3.z-SNAPSHOT</a><hr/>\n"
        + "</body>\n</html>\n";
  }

  /** Jetty BasicAuthenticator's challenge plus its HTML page. */
  public static void unauthorized(SimExchange ex, String realm) {
    ex.header("WWW-Authenticate", "basic realm=\"" + realm + "\"");
    ex.text(401, "text/html;charset=iso-8859-1", error(401, ex.path(), "Unauthorized"));
  }
}
