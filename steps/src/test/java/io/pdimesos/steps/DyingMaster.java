package io.pdimesos.steps;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A Mesos master that dies mid-body: it answers {@code /master/redirect} with itself and
 * {@code /master/state} with the start of a state (no length), then closes the connection,
 * as a master process that crashes does. Raw sockets, because the point is the abrupt close.
 */
final class DyingMaster implements AutoCloseable {
  private final ServerSocket server;
  private final Thread thread;

  DyingMaster(String partialState) throws IOException {
    server = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
    thread = new Thread(() -> {
      for (int i = 0; i < 20 && !server.isClosed(); i++) { // bounded: a test makes a few calls
        try (Socket s = server.accept()) {
          BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
              StandardCharsets.ISO_8859_1));
          String requestLine = in.readLine();
          for (String h = in.readLine(); h != null && !h.isEmpty(); h = in.readLine()) {
            // the request's headers: not needed
          }
          OutputStream out = s.getOutputStream();
          if (requestLine != null && requestLine.contains("/master/redirect")) {
            out.write(("HTTP/1.1 307 Temporary Redirect\r\nLocation: //127.0.0.1:"
                + server.getLocalPort() + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
          } else {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(partialState.getBytes(StandardCharsets.UTF_8));
          }
          out.flush();
        } catch (IOException e) {
          return; // closed by the test
        }
      }
    }, "dying master");
    thread.setDaemon(true);
    thread.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
